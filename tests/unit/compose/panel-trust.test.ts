/** Issue 15 item 2: page scripts cannot press the panel's buttons; "Selalu izinkan" only for contact details. */
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../../lib/analyze/types';
import { SaringPanel } from '../../../lib/ui/panel';

const f = (rule: string, start = 0, end = 16): Finding => ({ rule, category: 'pii', severity: 'danger', start, end, message: 'm', suggestion: '****' });

describe('in-page panel', () => {
  it('ignores .click() from a script on every button', () => {
    const actions = { apply: vi.fn(), dismiss: vi.fn(), allow: vi.fn(), returnFocus: vi.fn() };
    const p = new SaringPanel(document, actions);
    p.render({ findings: [f('pii.phone', 0, 12)], text: '081234567890', anchor: new DOMRect(0, 0, 100, 20), lang: 'id' });
    const buttons = Array.from(p.root.querySelectorAll('button'));
    expect(buttons.length).toBeGreaterThan(3);
    for (const b of buttons) b.click();
    expect(actions.apply).not.toHaveBeenCalled();
    expect(actions.dismiss).not.toHaveBeenCalled();
    expect(actions.allow).not.toHaveBeenCalled();
    expect(actions.returnFocus).not.toHaveBeenCalled();
    expect(p.root.querySelector<HTMLElement>('.panel')!.hidden).toBe(true);
    p.dispose();
  });

  it('offers "Selalu izinkan" for a phone but not for a NIK or KK', () => {
    const p = new SaringPanel(document, { apply() {}, dismiss() {}, allow() {}, returnFocus() {} });
    p.render({ findings: [f('pii.nik'), f('pii.kk'), f('pii.phone', 17, 29)], text: '3204110609870003 081234567890', anchor: null, lang: 'id' });
    const allowIn = (rule: string) =>
      Array.from(p.root.querySelectorAll(`[data-rule="${rule}"] button`)).some((b) => b.textContent === 'Selalu izinkan');
    expect(allowIn('pii.nik')).toBe(false);
    expect(allowIn('pii.kk')).toBe(false);
    expect(allowIn('pii.phone')).toBe(true);
    p.dispose();
  });
});
