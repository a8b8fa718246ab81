/** Saring's content-script context (issue 15 item 1): stops only when the extension is gone, never on page events. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { claimFrame, ContentScriptContext, extensionAlive } from '../../../lib/wxt/content-script-context';
import { ComposeController, type ComposeServices } from '../../../lib/compose/controller';
import { platformFor } from '../../../lib/platforms';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('ContentScriptContext', () => {
  it('posts nothing to the page and ignores replayed start events', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    const ctx = new ContentScriptContext('content', {}, () => true, 10_000);
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
    for (const type of ['content-script-started', 'wxt:content-script-started', 'undefined:content:wxt:content-script-started']) {
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'evil' } }));
      window.dispatchEvent(new MessageEvent('message', { data: { type, contentScriptName: 'content', messageId: 'evil' } }));
    }
    expect(ctx.isValid).toBe(true);
    ctx.abort();
  });

  it('runs its timers only while valid and cancels them when the extension goes', () => {
    vi.useFakeTimers();
    let alive = true;
    const ctx = new ContentScriptContext('content', {}, () => alive, 60_000);
    const once = vi.fn();
    const tick = vi.fn();
    const frame = vi.fn();
    ctx.setTimeout(once, 100);
    ctx.setInterval(tick, 100);
    ctx.requestAnimationFrame(frame);
    vi.advanceTimersByTime(350);
    expect(once).toHaveBeenCalledTimes(1);
    expect(tick).toHaveBeenCalledTimes(3);
    expect(frame).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    ctx.setTimeout(late, 100);
    alive = false; // the extension was removed: the next guarded call finds out and stops everything
    vi.advanceTimersByTime(1_000);
    expect(late).not.toHaveBeenCalled();
    expect(tick).toHaveBeenCalledTimes(3);
    expect(ctx.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops when browser.runtime.id is gone (timer), and runs its invalidation callbacks once', () => {
    vi.useFakeTimers();
    let alive = true;
    const ctx = new ContentScriptContext('content', {}, () => alive, 1_000);
    const cb = vi.fn();
    ctx.onInvalidated(cb);
    vi.advanceTimersByTime(5_000);
    expect(cb).not.toHaveBeenCalled();
    alive = false;
    vi.advanceTimersByTime(1_000);
    expect(cb).toHaveBeenCalledTimes(1);
    expect(ctx.signal.aborted).toBe(true);
    vi.advanceTimersByTime(5_000);
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('extensionAlive reads runtime.id and survives a throwing getter', () => {
    expect(extensionAlive({ runtime: { id: 'abc' } })).toBe(true);
    expect(extensionAlive({ runtime: {} })).toBe(false);
    expect(extensionAlive({})).toBe(false);
    const throwing = { get runtime(): { id?: string } { throw new Error('Extension context invalidated.'); } };
    expect(extensionAlive(throwing)).toBe(false);
  });

  it('claimFrame: a second live script in the frame yields; a dead one is replaced', () => {
    const g: Record<symbol, unknown> = {};
    let firstAlive = true;
    const a = new ContentScriptContext('content', {}, () => firstAlive, 10_000);
    const b = new ContentScriptContext('content', {}, () => true, 10_000);
    expect(claimFrame(a, g)).toBe(true);
    expect(claimFrame(b, g)).toBe(false);
    firstAlive = false;
    expect(claimFrame(b, g)).toBe(true);
    a.abort();
    b.abort();
  });

  it("the signal tears down the controller's listeners: focus after invalidation does nothing", async () => {
    const ctx = new ContentScriptContext('content', {}, () => true, 10_000);
    const services: ComposeServices = {
      settings: () => ({ lang: 'id', analyzer: {} }),
      loadAnalyzer: vi.fn(async () => () => []),
      capture: async () => ({ ok: true }),
      allow: () => {},
    };
    const c = new ComposeController(document, platformFor('example.org'), services);
    c.start(ctx.signal);
    ctx.abort();
    expect(document.querySelector('saring-ui')).toBeNull();
    const ta = document.createElement('textarea');
    document.body.append(ta);
    ta.focus();
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(services.loadAnalyzer).not.toHaveBeenCalled();
  });
});
