/**
 * Content script: the smallest possible shell. Matches only the platforms' hosts; other sites are added at
 * run time by the user's opt-in.
 *
 * Nothing at load (issue 17): on a page it only registers a capture-phase focusin/input listener. The first
 * time an editable box gets focus it asks the background for /analyzer.js (analyzer + compose controller,
 * injected into this frame's isolated world) and starts the compose side there (lib/compose/start.ts):
 * settings, the controller, <saring-ui>, observers and highlights exist only from then on.
 */
import { defineContentScript } from '#imports';
import { COMPOSE_GLOBAL } from '../lib/compose/globals';
import { startOnFirstEditable } from '../lib/compose/lazy-start';
import type { StartCompose } from '../lib/compose/start';
import { PLATFORM_MATCHES } from '../lib/platforms/matches';
import { claimFrame } from '../lib/wxt/content-script-context';

export default defineContentScript({
  matches: PLATFORM_MATCHES,
  runAt: 'document_idle',
  // compose boxes in same-origin iframes (embedded comment plugins, about:blank/srcdoc editors) get their own
  // controller and <saring-ui>; cross-origin frames run only if their own origin is a platform's
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // ctx is Saring's own context (lib/wxt/content-script-context.ts, aliased in wxt.config.ts): it never talks
  // to the page and ends only when the extension is gone; its signal tears down every listener
  main(ctx) {
    if (!claimFrame(ctx)) return; // injected twice into this frame: the live one keeps it
    // no ctx.signal here: the context creates its controller and lifetime timer only when first used
    startOnFirstEditable(document, () => {
      if (!ctx.isValid) return; // the extension was reloaded or removed meanwhile
      loadCompose()
        .then((start) => start(ctx.signal))
        .catch((err: unknown) => console.warn('[saring] could not start', err));
    });
  },
});

type Api = { runtime: { id?: string; sendMessage(msg: unknown): Promise<unknown> } };

/** Asks the background to inject /analyzer.js into this frame (once), then returns its compose starter. */
async function loadCompose(): Promise<StartCompose> {
  const g = globalThis as unknown as Record<string, StartCompose | undefined>;
  if (!g[COMPOSE_GLOBAL]) {
    // the extension API is looked up only now: touching it at load costs about a millisecond
    const api = (globalThis as unknown as { browser?: Api }).browser?.runtime?.id ? (globalThis as unknown as { browser: Api }).browser : (globalThis as unknown as { chrome: Api }).chrome;
    const res = (await api.runtime.sendMessage({ type: 'analyzer/load' })) as { ok?: boolean; error?: string } | undefined;
    if (!res?.ok) throw new Error(res?.error ?? 'the analyzer could not be loaded');
  }
  const start = g[COMPOSE_GLOBAL];
  if (!start) throw new Error('the compose side did not register');
  return start;
}
