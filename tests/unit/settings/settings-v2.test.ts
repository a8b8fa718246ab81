import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, loadSettings, sanitizeSettings, saveSettings, settingsItem } from '@/lib/settings';
import { parseFactForm, parseListEntries, parseListEntry, parseLocalNumber } from '@/lib/settings/forms';
import { isPlatformOn, platformOfUrl, withHost, withPlatform } from '@/lib/settings/sites';
import { exportSettingsFile, parseSettingsFile } from '@/lib/settings/transfer';
import { PLATFORMS } from '@/lib/platforms';

beforeEach(() => fakeBrowser.reset());

const facebook = PLATFORMS.find((p) => p.id === 'facebook')!;

describe('settings v2', () => {
  it('has grouped neutrality terms and the onboarding flag (v2; v3 added the office name)', async () => {
    expect(SETTINGS_VERSION).toBe(3);
    const s = await loadSettings();
    expect(s.neutrality).toEqual({ candidates: [], parties: [], slogans: [], hashtags: [] });
    expect(s.onboarded).toBe(false);
  });

  it('migrates a v1 value: flat neutrality list grouped, onboarding counted as done', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: true, language: 'en', role: 'humas', disabledSites: ['x.com'], analyzer: { sensitivity: 'high', neutralityTerms: ['Paslon 02', '#Menang02'], allowlist: ['112'] } },
      settings$: { v: 1 },
    });
    await settingsItem.migrate(); // (runs at start-up in the extension; here the item was defined before the value)
    const s = await loadSettings();
    expect(s.language).toBe('en');
    expect(s.role).toBe('humas');
    expect(s.analyzer.sensitivity).toBe('high');
    expect(s.analyzer.allowlist).toEqual(['112']);
    expect(s.neutrality).toEqual({ candidates: [], parties: [], slogans: ['Paslon 02'], hashtags: ['#Menang02'] });
    expect(s.analyzer.neutralityTerms).toEqual(['Paslon 02', '#Menang02']);
    expect(s.onboarded).toBe(true);
    const meta = (await fakeBrowser.storage.local.get('settings$')).settings$ as { v: number };
    expect(meta.v).toBe(3);
  });

  it('keeps analyzer.neutralityTerms = union of the groups on save (the content script reads it)', async () => {
    await saveSettings({ neutrality: { candidates: ['Budi'], parties: ['Partai A'] } });
    await saveSettings({ neutrality: { hashtags: ['#Budi2029'] } });
    const stored = (await fakeBrowser.storage.local.get('settings')).settings as any;
    expect(stored.analyzer.neutralityTerms).toEqual(['Budi', 'Partai A', '#Budi2029']);
    expect(stored.neutrality.candidates).toEqual(['Budi']);
  });

  it('the lenient reader still repairs bad values', () => {
    const s = sanitizeSettings({ neutrality: { candidates: 'x', parties: ['A', 5] }, onboarded: 'yes' });
    expect(s.neutrality.candidates).toEqual([]);
    expect(s.neutrality.parties).toEqual(['A']);
    expect(s.onboarded).toBe(false);
    expect(sanitizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    // a value without `analyzer` keeps its other fields
    expect(sanitizeSettings({ language: 'en' }).language).toBe('en');
  });
});

describe('form validation (strict, i18n error keys)', () => {
  it('contacts', () => {
    expect(parseListEntry('allowlist', ' 0812-3456-7890 ', [])).toEqual({ ok: true, value: '0812-3456-7890' });
    expect(parseListEntry('allowlist', 'humas@kota.go.id', [])).toMatchObject({ ok: true });
    expect(parseListEntry('allowlist', 'humas@', [])).toEqual({ ok: false, error: 'errors.contact' });
    expect(parseListEntry('allowlist', '  ', [])).toEqual({ ok: false, error: 'errors.required' });
    expect(parseListEntry('allowlist', '112', ['112'])).toEqual({ ok: false, error: 'errors.duplicate' });
    expect(parseListEntry('allowlist', 'x'.repeat(201), [])).toEqual({ ok: false, error: 'errors.tooLong' });
  });

  it('sources, words, hashtags', () => {
    expect(parseListEntry('trustedSources', 'https://www.BPS.go.id/publikasi', [])).toEqual({ ok: true, value: 'www.bps.go.id' });
    expect(parseListEntry('trustedSources', 'BPS', [])).toEqual({ ok: true, value: 'BPS' });
    expect(parseListEntry('trustedSources', '<script>', [])).toEqual({ ok: false, error: 'errors.source' });
    expect(parseListEntry('customWords', 'kampret', [])).toEqual({ ok: true, value: 'kampret' });
    expect(parseListEntry('customWords', '{x}', [])).toEqual({ ok: false, error: 'errors.word' });
    expect(parseListEntry('hashtags', 'PemiluDamai', [])).toEqual({ ok: true, value: '#PemiluDamai' });
    expect(parseListEntry('hashtags', '#pemilu damai', [])).toEqual({ ok: false, error: 'errors.hashtag' });
  });

  it('several lines at once: all or nothing, with the line number', () => {
    expect(parseListEntries('allowlist', '112\n\n0812-3456-7890\n112', [])).toEqual({ ok: true, value: ['112', '0812-3456-7890'] });
    expect(parseListEntries('allowlist', '112\nhumas@', [])).toEqual({ ok: false, error: 'errors.contact', line: 2 });
  });

  it('numbers as Indonesians write them', () => {
    expect(parseLocalNumber('14,2')).toBe(14.2);
    expect(parseLocalNumber('14.2')).toBe(14.2);
    expect(parseLocalNumber('1.250')).toBe(1250);
    expect(parseLocalNumber('1.234.567,5')).toBe(1234567.5);
    expect(parseLocalNumber('1,234,567')).toBe(1234567);
    expect(parseLocalNumber('-3')).toBe(-3);
    expect(parseLocalNumber('abc')).toBeNull();
    expect(parseLocalNumber('1,2,3')).toBeNull();
  });

  it('verified fact form', () => {
    const ok = parseFactForm({ label: ' Angka stunting ', keywords: 'stunting, Prevalensi Stunting,', value: '14,2', unit: '%', source: 'SSGI 2024', date: '2024-12-31' });
    expect(ok).toEqual({ ok: true, value: { label: 'Angka stunting', keywords: ['stunting', 'prevalensi stunting'], value: 14.2, unit: '%', source: 'SSGI 2024', date: '2024-12-31' } });
    const bad = parseFactForm({ label: '', keywords: '', value: 'banyak', unit: '', source: '', date: '2024-02-30' });
    expect(bad).toEqual({ ok: false, errors: { label: 'errors.required', value: 'errors.number', source: 'errors.required', date: 'errors.date' } });
  });
});

describe('per-site switches', () => {
  it('a platform is switched as a whole', () => {
    const off = withPlatform([], facebook, false);
    expect(off).toEqual(['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com']);
    expect(isPlatformOn({ disabledSites: off }, facebook)).toBe(false);
    expect(isPlatformOn({ disabledSites: ['facebook.com'] }, facebook)).toBe(false);
    expect(withPlatform([...off, 'example.org'], facebook, true)).toEqual(['example.org']);
    expect(isPlatformOn({ disabledSites: [] }, facebook)).toBe(true);
  });

  it('hosts and URLs', () => {
    expect(withHost([], 'https://Portal.Kota.go.id/x', false)).toEqual(['portal.kota.go.id']);
    expect(withHost(['kota.go.id'], 'portal.kota.go.id', true)).toEqual([]);
    expect(platformOfUrl('https://web.whatsapp.com/')?.id).toBe('whatsapp');
    expect(platformOfUrl('https://example.org/')).toBeNull();
    expect(platformOfUrl('chrome://extensions')).toBeNull();
  });
});

describe('settings file', () => {
  it('round-trips and refuses bad or newer files without saving anything', async () => {
    const s = await saveSettings({ language: 'en', analyzer: { allowlist: ['112'] }, neutrality: { parties: ['Partai A'] } });
    const text = exportSettingsFile(s, new Date('2026-01-01T00:00:00Z'));
    const back = parseSettingsFile(text);
    expect(back.ok && back.settings.analyzer.allowlist).toEqual(['112']);
    expect(back.ok && back.settings.neutrality.parties).toEqual(['Partai A']);
    expect(parseSettingsFile('{nope')).toEqual({ ok: false, error: 'errors.file', details: [] });
    const wrong = JSON.parse(text);
    wrong.settings.analyzer.sensitivity = 'extreme';
    expect(parseSettingsFile(JSON.stringify(wrong))).toMatchObject({ ok: false, error: 'errors.file', details: ['settings.analyzer.sensitivity'] });
    expect(parseSettingsFile(JSON.stringify({ ...JSON.parse(text), version: 99 }))).toMatchObject({ ok: false, error: 'errors.fileVersion' });
    expect(await settingsItem.getValue()).toMatchObject({ language: 'en' });
  });
});
