/** Issue 17: at most MAX_CARDS cards are built, the rest behind "n lainnya"; an unchanged render rebuilds nothing. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/analyze/types';
import { MAX_CARDS, SaringPanel } from '../../../lib/ui/panel';

const noop = { apply() {}, dismiss() {}, allow() {}, returnFocus() {} };
const text = 'anjing '.repeat(80);
const findings: Finding[] = Array.from({ length: 75 }, (_, i) => ({ rule: 'tone.insult', category: 'tone', severity: 'warning', start: i * 7, end: i * 7 + 6, message: 'Kata kasar' }));

describe('panel card cap', () => {
  it('builds MAX_CARDS cards and a "n temuan lainnya" button (English: "n more findings")', () => {
    const p = new SaringPanel(document, noop);
    p.render({ findings, text, anchor: new DOMRect(0, 0, 100, 20), lang: 'id' });
    expect(p.root.querySelectorAll('.card').length).toBe(MAX_CARDS);
    const more = p.root.querySelector<HTMLButtonElement>('button.more')!;
    expect(more.textContent).toBe(`${75 - MAX_CARDS} temuan lainnya`);
    expect(p.host.getAttribute('data-findings')).toBe('75');
    p.render({ findings, text, anchor: null, lang: 'en' });
    expect(p.root.querySelector('button.more')!.textContent).toBe(`${75 - MAX_CARDS} more findings`);
    p.dispose();
  });

  it('no "more" button when everything fits', () => {
    const p = new SaringPanel(document, noop);
    p.render({ findings: findings.slice(0, 3), text, anchor: null, lang: 'id' });
    expect(p.root.querySelectorAll('.card').length).toBe(3);
    expect(p.root.querySelector('button.more')).toBeNull();
    p.dispose();
  });

  it('the same findings again rebuild no card; a changed one does', () => {
    const p = new SaringPanel(document, noop);
    const state = { findings: findings.slice(0, 5), text, anchor: new DOMRect(0, 0, 100, 20), lang: 'id' as const };
    p.render(state);
    const first = p.root.querySelector('.card');
    p.render({ ...state, anchor: new DOMRect(0, 10, 100, 20) });
    expect(p.root.querySelector('.card')).toBe(first);
    p.render({ ...state, findings: findings.slice(0, 6) });
    expect(p.root.querySelector('.card')).not.toBe(first);
    expect(p.root.querySelectorAll('.card').length).toBe(6);
    p.dispose();
  });
});
