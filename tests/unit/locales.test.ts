import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseYAML as parse } from 'confbox';

/** Flattens nested locale keys the way @wxt-dev/i18n does ("a.b" → "a_b"). */
function flatten(obj: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else if (v && typeof v === 'object') Object.assign(out, flatten(v as Record<string, unknown>, key));
  }
  return out;
}

const id = flatten(parse(readFileSync('locales/id.yml', 'utf8')) as Record<string, unknown>);
const en = flatten(parse(readFileSync('locales/en.yml', 'utf8')) as Record<string, unknown>);

describe('locales', () => {
  it('English has every Indonesian key and no extra ones', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it('no message that Chrome would refuse to load ("$1$2" reads as the variable "$1$")', () => {
    for (const [k, m] of [...Object.entries(id), ...Object.entries(en)]) {
      expect(m, k).not.toMatch(/\$[^$\s]*\$/);
    }
  });

  it('both languages use the same substitutions', () => {
    const subs = (m: string) => (m.match(/\$\d/g) ?? []).sort().join(',');
    for (const k of Object.keys(id)) expect(subs(en[k] ?? ''), k).toBe(subs(id[k]));
  });
});
