import { describe, expect, it, vi } from 'vitest';
import { isSendKey, sendControlOf, watchForSend } from '../../../lib/compose/send-detector';
import { facebook } from '../../../lib/platforms/facebook';
import { threads } from '../../../lib/platforms/threads';
import { x } from '../../../lib/platforms/x';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { key: 'Enter', ...init });

describe('send detection', () => {
  it('Enter sends in a Facebook comment box but not in the post dialog', () => {
    const box = document.createElement('div');
    document.body.append(box);
    expect(isSendKey(key({}), facebook, box)).toBe(true);
    expect(isSendKey(key({ shiftKey: true }), facebook, box)).toBe(false);
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    const inDialog = document.createElement('div');
    dialog.append(inDialog);
    document.body.append(dialog);
    expect(isSendKey(key({}), facebook, inDialog)).toBe(false);
  });

  it('on X only Ctrl/Cmd+Enter sends', () => {
    const box = document.createElement('div');
    expect(isSendKey(key({}), x, box)).toBe(false);
    expect(isSendKey(key({ ctrlKey: true }), x, box)).toBe(true);
  });

  it('recognises the send button from a click on its inner span, and not when disabled', () => {
    document.body.innerHTML = '<button data-testid="tweetButtonInline"><span id="s">Post</span></button><button data-testid="tweetButton" disabled><span id="d">Post</span></button>';
    expect(sendControlOf(document.getElementById('s'), x)).not.toBeNull();
    expect(sendControlOf(document.getElementById('d'), x)).toBeNull();
  });

  it("recognises Threads' Post button by its word alone (no aria-label), and not other buttons", () => {
    document.body.innerHTML =
      '<div role="dialog"><div role="button" tabindex="0" id="post"><div id="inner">Post</div></div><div role="button" id="cancel">Cancel</div>' +
      '<div role="button" id="long">Post this to your story now</div><div role="button" aria-disabled="true" id="off">Post</div></div>';
    expect(sendControlOf(document.getElementById('inner'), threads)?.id).toBe('post');
    expect(sendControlOf(document.getElementById('cancel'), threads)).toBeNull();
    expect(sendControlOf(document.getElementById('long'), threads)).toBeNull();
    expect(sendControlOf(document.getElementById('off'), threads)).toBeNull();
    // platforms without sendButtonTexts keep to their selectors
    expect(sendControlOf(document.getElementById('inner'), x)).toBeNull();
  });

  it('reports a send only when the box empties', async () => {
    vi.useFakeTimers();
    const box = document.createElement('textarea');
    box.value = 'Akan kami perbaiki besok.';
    document.body.append(box);
    const sent = vi.fn();
    watchForSend({ box, text: box.value, at: Date.now() }, (b) => (b as HTMLTextAreaElement).value, sent);
    vi.advanceTimersByTime(300);
    expect(sent).not.toHaveBeenCalled();
    box.value = '';
    vi.advanceTimersByTime(150);
    expect(sent).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('gives up when the text stays (a failed post)', () => {
    vi.useFakeTimers();
    const box = document.createElement('textarea');
    box.value = 'teks';
    document.body.append(box);
    const sent = vi.fn();
    watchForSend({ box, text: 'teks', at: Date.now() }, (b) => (b as HTMLTextAreaElement).value, sent, 1000);
    vi.advanceTimersByTime(3000);
    box.value = '';
    vi.advanceTimersByTime(3000);
    expect(sent).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
