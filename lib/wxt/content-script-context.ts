/**
 * Saring's own content-script context, used INSTEAD of WXT's (wxt.config.ts aliases
 * `wxt/utils/content-script-context` to this file, so WXT's generated entrypoint constructs this class).
 *
 * Why (issue 15, item 1): WXT's context announces every start with `window.postMessage` (the type names the
 * extension id) and invalidates itself on a `CustomEvent` of that type carrying another message id. A page
 * that listens for the announcement and dispatches it back stopped Saring until reload, and every page could
 * tell that the visitor runs Saring. This context never posts to or listens on the page: it stops only
 * when `browser.runtime.id` is gone (the extension was reloaded, updated or removed), checked on a slow
 * timer and whenever the tab becomes visible. Everything hangs off one AbortController (`signal`).
 *
 * The class keeps the public surface of WXT's ContentScriptContext that entrypoints may use.
 */

/**
 * The extension API, looked up when first needed (as wxt/browser does, but not at load): the first touch of
 * `chrome`/`browser` in a page's isolated world costs about a millisecond (issue 17, "nothing at load").
 */
function runtimeApi(): RuntimeLike {
  const g = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };
  return g.browser?.runtime?.id ? g.browser : g.chrome;
}

/** How often an orphaned script notices that its extension is gone (one property read per tick). */
export const LIFETIME_CHECK_MS = 2_000;

type RuntimeLike = { runtime?: { id?: string } } | undefined;

/** Is the extension that started this script still there? Never throws. */
export function extensionAlive(b: RuntimeLike | null = null): boolean {
  try {
    const api = b === null ? runtimeApi() : b;
    return api?.runtime?.id != null;
  } catch {
    // Chrome throws "Extension context invalidated" from some getters of an orphaned script
    return false;
  }
}

export class ContentScriptContext {
  private ac: AbortController | null = null;

  /**
   * The controller, its lifetime timer and the visibilitychange check are created on first use (issue 17,
   * "nothing at load"): the content script touches none of it until a compose box gets focus.
   */
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
    private readonly alive: () => boolean = () => extensionAlive(),
    private readonly checkMs = LIFETIME_CHECK_MS,
  ) {}

  get abortController(): AbortController {
    if (!this.ac) {
      const ac = new AbortController();
      this.ac = ac;
      const timer = setInterval(() => this.check(), this.checkMs);
      ac.signal.addEventListener('abort', () => clearInterval(timer), { once: true });
      if (typeof document !== 'undefined') {
        document.addEventListener('visibilitychange', () => this.check(), { signal: ac.signal });
      }
    }
    return this.ac;
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  get isInvalid(): boolean {
    this.check();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  /** Stops the script if the extension is gone. */
  check(): void {
    if (!this.signal.aborted && !this.alive()) this.notifyInvalidated();
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  notifyInvalidated(): void {
    this.abort('Saring: extension context invalidated');
  }

  onInvalidated(cb: () => void): () => void {
    if (this.signal.aborted) {
      cb();
      return () => {};
    }
    this.signal.addEventListener('abort', cb, { once: true });
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  /** Starts a timer or frame through `start`, runs `cb` only while the context is valid, and cancels it when it is not. */
  private guarded<A extends unknown[], Id>(start: (run: (...args: A) => void) => Id, cancel: (id: Id) => void, cb: (...args: A) => void): Id {
    const id = start((...args) => {
      if (this.isValid) cb(...args);
    });
    this.onInvalidated(() => cancel(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): ReturnType<typeof setTimeout> {
    return this.guarded((run) => setTimeout(run, timeout), clearTimeout, handler);
  }

  setInterval(handler: () => void, timeout?: number): ReturnType<typeof setInterval> {
    return this.guarded((run) => setInterval(run, timeout), clearInterval, handler);
  }

  requestAnimationFrame(cb: FrameRequestCallback): number {
    return this.guarded((run: FrameRequestCallback) => requestAnimationFrame(run), cancelAnimationFrame, cb);
  }

  addEventListener(target: EventTarget, type: string, handler: EventListenerOrEventListenerObject, options?: AddEventListenerOptions): void {
    target.addEventListener(type, handler, { ...options, signal: this.signal });
  }
}

const RUNNING = Symbol.for('saring.contentScript');

/**
 * Injected twice into one frame (registered for an opted-in site and injected into the open tab, or
 * re-injected after an update): the first live context keeps the frame. Returns false when another live
 * context already runs here. The mark lives in the isolated world, out of the page's reach.
 */
export function claimFrame(ctx: { readonly isValid: boolean }, g: Record<symbol, unknown> = globalThis as unknown as Record<symbol, unknown>): boolean {
  const running = g[RUNNING] as { readonly isValid: boolean } | undefined;
  if (running && running !== ctx && running.isValid) return false;
  g[RUNNING] = ctx;
  return true;
}
