import { describe, expect, it } from 'vitest';
import { PLATFORMS, platformFor } from '../../../lib/platforms';
import { PLATFORM_MATCHES } from '../../../lib/platforms/matches';

describe('platform adapters', () => {
  it('covers the nine platforms with https match patterns only', () => {
    expect(PLATFORMS.map((p) => p.id).sort()).toEqual(['facebook', 'instagram', 'linkedin', 'reddit', 'threads', 'tiktok', 'whatsapp', 'x', 'youtube']);
    for (const m of PLATFORM_MATCHES) expect(m).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });

  it('maps hostnames to adapters and anything else to the generic fallback', () => {
    expect(platformFor('x.com').id).toBe('x');
    expect(platformFor('WWW.FACEBOOK.COM').id).toBe('facebook');
    expect(platformFor('web.whatsapp.com').id).toBe('whatsapp');
    expect(platformFor('example.go.id').id).toBe('generic');
    expect(platformFor('x.com.evil.example').id).toBe('generic');
  });

  it('has valid CSS selectors', () => {
    for (const p of PLATFORMS) for (const s of [...p.composeSelectors, ...p.sendSelectors]) expect(() => document.querySelector(s)).not.toThrow();
  });
});
