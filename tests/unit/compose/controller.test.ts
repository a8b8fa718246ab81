import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../../lib/analyze/index';
import { ComposeController, type ComposeServices } from '../../../lib/compose/controller';
import type { CaptureRequest } from '../../../lib/messages/types';
import { instagram } from '../../../lib/platforms/instagram';

function services(overrides: Partial<ComposeServices> = {}): ComposeServices & { captured: CaptureRequest[] } {
  const captured: CaptureRequest[] = [];
  return {
    captured,
    settings: () => ({ lang: 'id', analyzer: {} }),
    loadAnalyzer: async () => analyze,
    capture: async (r) => {
      captured.push(r);
      return { ok: true };
    },
    allow: () => {},
    ...overrides,
  };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('compose controller', () => {
  let controller: ComposeController | null = null;
  afterEach(() => {
    controller?.stop();
    controller = null;
    document.body.innerHTML = '';
  });

  it('shows <saring-ui> with a findings count for the focused box and never changes the box', async () => {
    document.body.innerHTML = '<form><textarea aria-label="Add a comment…"></textarea></form>';
    const ta = document.querySelector('textarea')!;
    controller = new ComposeController(document, instagram, services());
    controller.start();
    ta.focus();
    ta.value = 'Halo, NIK warga 3204110609870003 sudah kami cek.';
    ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await wait(400);
    const host = document.querySelector('saring-ui') as HTMLElement;
    expect(host).not.toBeNull();
    expect(host.shadowRoot).not.toBeNull();
    const n = Number(host.getAttribute('data-findings'));
    expect(n).toBe(host.shadowRoot!.querySelectorAll('[data-rule]').length);
    expect(ta.value).toBe('Halo, NIK warga 3204110609870003 sudah kami cek.');
    expect(ta.children.length).toBe(0);
  });

  it('removes its UI and listeners on stop()', async () => {
    document.body.innerHTML = '<textarea></textarea>';
    const ta = document.querySelector('textarea')!;
    controller = new ComposeController(document, instagram, services());
    controller.start();
    ta.focus();
    ta.value = 'tes';
    ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await wait(300);
    controller.stop();
    controller = null;
    expect(document.querySelector('saring-ui')).toBeNull();
  });

  it('hides its UI when the focused box is removed from the page (and focus went elsewhere first)', async () => {
    document.body.innerHTML = '<div id="dlg"><textarea></textarea><button id="cancel">Cancel</button></div>';
    const ta = document.querySelector('textarea')!;
    const s = services();
    controller = new ComposeController(document, instagram, s);
    controller.start();
    ta.focus();
    ta.value = 'Halo, NIK warga 3204110609870003 sudah kami cek. Akan kami perbaiki besok.';
    ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await wait(400);
    const host = document.querySelector('saring-ui') as HTMLElement;
    expect(Number(host.getAttribute('data-findings'))).toBeGreaterThan(0);
    // like YouTube's Cancel: focus moves to a button, then the box goes away without any event on it
    (document.getElementById('cancel') as HTMLButtonElement).focus();
    document.getElementById('dlg')!.remove();
    await wait(400);
    expect(host.getAttribute('data-findings')).toBe('0');
    expect(s.captured).toHaveLength(0);
  });

  it('ignores untrusted (scripted) send events', async () => {
    document.body.innerHTML = '<form><textarea></textarea><div role="button" aria-label="Post">Post</div></form>';
    const ta = document.querySelector('textarea')!;
    const s = services();
    controller = new ComposeController(document, instagram, s);
    controller.start();
    ta.focus();
    ta.value = 'Kami akan perbaiki jalan ini besok.';
    ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
    ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    (document.querySelector('[role=button]') as HTMLElement).click();
    ta.value = '';
    await wait(400);
    expect(s.captured).toHaveLength(0);
    vi.restoreAllMocks();
  });
});

import { maskPersonalData } from '../../../lib/compose/controller';

describe('what the commitment log keeps', () => {
  let controller: ComposeController | null = null;
  afterEach(() => {
    controller?.stop();
    controller = null;
  });
  it('masks personal data in the sent text before it is stored', () => {
    const text = 'Pak, NIK 3204110609870003 sudah kami cek. Akan kami perbaiki paling lambat Jumat depan.';
    const masked = maskPersonalData(text, analyze(text, { now: new Date('2026-11-22T02:00:00Z') }));
    expect(masked).toContain('3204********0003');
    expect(masked).not.toContain('3204110609870003');
    expect(masked).toContain('Akan kami perbaiki paling lambat Jumat depan.');
  });

  it('holds a sent promise for the send window and drops it when the draft comes back (Cancel / Undo)', async () => {
    const cancelled: string[] = [];
    const s = services({ cancelCapture: (id) => cancelled.push(id) });
    controller = new ComposeController(document, instagram, s);
    controller.start();
    const sent = 'Kami akan perbaiki jalan ini besok.';
    (controller as unknown as { analyzeFn: typeof analyze }).analyzeFn = analyze;
    const onSent = (controller as unknown as { onSent(t: string, at: number, read: () => string): void }).onSent.bind(controller);
    // the draft was cleared by the send, then restored by the platform's Undo
    let draft = '';
    onSent(sent, Date.now(), () => draft);
    setTimeout(() => {
      draft = sent;
    }, 250);
    await wait(700);
    expect(s.captured).toHaveLength(1);
    expect(s.captured[0].pendingId).toMatch(/^[A-Za-z0-9-]{1,64}$/);
    expect(cancelled).toEqual([s.captured[0].pendingId]);
  });

  it('a send whose draft stays empty is not cancelled', async () => {
    const cancelled: string[] = [];
    const s = services({ cancelCapture: (id) => cancelled.push(id) });
    controller = new ComposeController(document, instagram, s);
    controller.start();
    (controller as unknown as { analyzeFn: typeof analyze }).analyzeFn = analyze;
    const onSent = (controller as unknown as { onSent(t: string, at: number, read: () => string): void }).onSent.bind(controller);
    onSent('Kami akan perbaiki jalan ini besok.', Date.now(), () => '');
    await wait(700);
    expect(s.captured).toHaveLength(1);
    expect(cancelled).toEqual([]);
  });
});
