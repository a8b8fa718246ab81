import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isSiteEnabled, loadSettings, sanitizeSettings, saveSettings, settingsItem } from '@/lib/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('defaults when nothing is stored', async () => {
    const s = await loadSettings();
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(s.language).toBe('id');
    expect(s.analyzer.trustedSources).toContain('go.id');
  });

  it('a bad field falls back to its default, the rest is kept', () => {
    const s = sanitizeSettings({
      enabled: 'yes',
      language: 'en',
      role: 'asn',
      disabledSites: ['https://Mobile.X.com/home', 'x.com', 42, ''],
      analyzer: { sensitivity: 'extreme', allowlist: ['0800-123', 7, '0800-123'], verifiedFacts: [{ label: 'stunting', value: 14.2, source: 'SSGI' }, { label: 'x' }] },
    });
    expect(s.enabled).toBe(true);
    expect(s.language).toBe('en');
    expect(s.role).toBe('asn');
    expect(s.disabledSites).toEqual(['mobile.x.com', 'x.com']);
    expect(s.analyzer.sensitivity).toBe('normal');
    expect(s.analyzer.allowlist).toEqual(['0800-123']);
    expect(s.analyzer.verifiedFacts).toEqual([{ label: 'stunting', value: 14.2, source: 'SSGI' }]);
    expect(s.analyzer.trustedSources).toEqual(DEFAULT_SETTINGS.analyzer.trustedSources);
    expect(sanitizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('saves a validated merge in local:settings', async () => {
    await saveSettings({ language: 'en', analyzer: { sensitivity: 'high' } });
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toMatchObject({ language: 'en', analyzer: { sensitivity: 'high' } });
    const s = await loadSettings();
    expect(s.analyzer.trustedSources).toEqual(DEFAULT_SETTINGS.analyzer.trustedSources);
    expect(await settingsItem.getValue()).toMatchObject({ language: 'en' });
  });

  it('per-site switch', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['facebook.com'] };
    expect(isSiteEnabled(s, 'x.com')).toBe(true);
    expect(isSiteEnabled(s, 'www.facebook.com')).toBe(false);
    expect(isSiteEnabled(s, 'facebook.com')).toBe(false);
    expect(isSiteEnabled(s, 'notfacebook.com')).toBe(true);
    expect(isSiteEnabled({ ...s, enabled: false }, 'x.com')).toBe(false);
  });
});

describe('one answer to "is Saring on here?" (issue 15)', () => {
  it('the content script uses the same subdomain matching as the options page', async () => {
    const { contentSettingsOf } = await import('@/lib/compose/extension-services');
    const { isSiteEnabled: one } = await import('@/lib/sites/enabled');
    const raw = { enabled: true, disabledSites: ['web.whatsapp.com', 'X.com'] };
    const cs = contentSettingsOf(raw);
    for (const [host, on] of [['web.whatsapp.com', false], ['mobile.x.com', false], ['x.com', false], ['www.facebook.com', true], ['notx.com', true]] as const) {
      expect(one(cs, host), host).toBe(on);
      expect(isSiteEnabled(sanitizeSettings(raw), host), host).toBe(on);
    }
  });
});
