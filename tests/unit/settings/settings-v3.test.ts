import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, sanitizeSettings, saveSettings, settingsItem } from '@/lib/settings';
import { exportSettingsFile, parseSettingsFile } from '@/lib/settings/transfer';

beforeEach(() => fakeBrowser.reset());

describe('settings v3: the office name (the promise report title)', () => {
  it('is empty by default and after migrating a v2 value, which is otherwise kept', async () => {
    expect((await loadSettings()).officeName).toBe('');
    await fakeBrowser.storage.local.set({
      settings: { enabled: true, language: 'en', role: 'humas', disabledSites: [], analyzer: { allowlist: ['112'] }, neutrality: { candidates: ['Budi'], parties: [], slogans: [], hashtags: [] }, onboarded: true },
      settings$: { v: 2 },
    });
    await settingsItem.migrate();
    const s = await loadSettings();
    expect(s.officeName).toBe('');
    expect(s.language).toBe('en');
    expect(s.neutrality.candidates).toEqual(['Budi']);
    expect(s.analyzer.allowlist).toEqual(['112']);
    expect(((await fakeBrowser.storage.local.get('settings$')).settings$ as { v: number }).v).toBe(3);
  });

  it('is one line, trimmed, at most 120 characters; a bad value falls back to empty', async () => {
    expect((await saveSettings({ officeName: '  Dinas Kominfo\nKota   Contoh ' })).officeName).toBe('Dinas Kominfo Kota Contoh');
    expect(sanitizeSettings({ officeName: 'x'.repeat(300) }).officeName).toHaveLength(120);
    expect(sanitizeSettings({ officeName: 42 }).officeName).toBe('');
  });

  it('travels in the settings file', async () => {
    const s = await saveSettings({ officeName: 'Bagian Humas Setda' });
    const r = parseSettingsFile(exportSettingsFile(s));
    expect(r.ok && r.settings.officeName).toBe('Bagian Humas Setda');
  });
});
