/** Nothing at load (issue 17): the content script waits for the first focus/key/click in an editable box. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startOnFirstEditable } from '../../../lib/compose/lazy-start';
import { ContentScriptContext } from '../../../lib/wxt/content-script-context';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('startOnFirstEditable', () => {
  it('does nothing at load and nothing for non-editable focus; starts once on the first editable focus', () => {
    const start = vi.fn();
    const button = document.createElement('button');
    const ta = document.createElement('textarea');
    const ce = document.createElement('div');
    ce.contentEditable = 'true';
    document.body.append(button, ta, ce);
    startOnFirstEditable(document, start);
    expect(start).not.toHaveBeenCalled();
    button.focus();
    button.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    expect(start).not.toHaveBeenCalled();
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(start).toHaveBeenCalledTimes(1);
    ce.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    ta.dispatchEvent(new InputEvent('input', { bubbles: true }));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('a box focused before the script ran starts on the first key or input in it', () => {
    const start = vi.fn();
    const ta = document.createElement('textarea');
    document.body.append(ta);
    startOnFirstEditable(document, start);
    ta.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true }));
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('removes its listeners when the signal aborts', () => {
    const start = vi.fn();
    const ac = new AbortController();
    const ta = document.createElement('textarea');
    document.body.append(ta);
    startOnFirstEditable(document, start, ac.signal);
    ac.abort();
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(start).not.toHaveBeenCalled();
  });
});

describe('ContentScriptContext at load', () => {
  it('creates no timer and no listener until its signal is first used', () => {
    const interval = vi.spyOn(globalThis, 'setInterval');
    const listen = vi.spyOn(document, 'addEventListener');
    const ctx = new ContentScriptContext('content', {}, () => true, 10_000);
    expect(interval).not.toHaveBeenCalled();
    expect(listen).not.toHaveBeenCalled();
    expect(ctx.isValid).toBe(true);
    expect(interval).toHaveBeenCalledTimes(1);
    expect(listen.mock.calls.map((c) => c[0])).toEqual(['visibilitychange']);
    ctx.abort();
  });
});
