/**
 * The compose-box controller: follows the focused compose box, reads its text off the typing path,
 * analyses it, paints highlights, renders the <saring-ui> panel, applies fixes the user clicks and
 * captures commitments when a post is sent. Talks to the extension only through `ComposeServices`.
 * Every listener and observer is removed by stop().
 */
import { MASKED_PLACEHOLDER, replaceSpans } from '../analyze/pii/mask';
import type { AnalyzeOptions, AnalyzerSettings, Finding } from '../analyze/types';
import { toCaptured } from '../analyze/commitment/capture';
import type { CaptureRequest } from '../messages/types';
import type { PlatformAdapter } from '../platforms/types';
import { ALLOWABLE_RULES, HOST_TAG, SaringPanel } from '../ui/panel';
import { t, type UiLang } from '../ui/labels';
import { applyReplacement } from './apply-fix';
import { boxKind, editableRoot, MAX_READ_CHARS, readBox, type BoxKind, type Segment } from './editable';
import { CustomHighlightPainter, MirrorPainter, type HighlightPainter } from './highlights';
import { isSendKey, sendControlOf, watchForSend } from './send-detector';
import { newPendingId, watchForCancel } from './capture-queue';

export interface ContentSettings {
  lang: UiLang;
  analyzer: Partial<AnalyzerSettings>;
}

/** The analyzer, lib/analyze's `analyze`; loaded on first use so pages without a compose box pay nothing. */
export type AnalyzeFn = (text: string, options?: AnalyzeOptions) => Finding[];

export interface ComposeServices {
  settings(): ContentSettings;
  loadAnalyzer(): Promise<AnalyzeFn>;
  /** Saves the sent promises through the background; resolves with what happened (never rejects). */
  capture(req: CaptureRequest): Promise<{ ok: boolean; error?: string }>;
  /** "Selalu izinkan" for a contact detail: asks the background, which validates and saves it. */
  allow(rule: string, value: string): void;
  /** Drops a capture still held in the send window (the draft came back: Cancel / Undo). */
  cancelCapture?(pendingId: string): void;
}

/** How often the active box is checked for having left the page (dialog closed, Cancel, SPA route change). */
export const CONNECTED_CHECK_MS = 250;

/** Quiet time after the last change before analysing; the contract asks for ≤ 1 s. */
export const ANALYZE_DEBOUNCE_MS = 120;

interface ActiveBox {
  el: HTMLElement;
  kind: BoxKind;
  observer: MutationObserver;
  painter: HighlightPainter;
  text: string;
  segments: Segment[];
  findings: Finding[];
  truncatedAt?: number;
}

export class ComposeController {
  private active: ActiveBox | null = null;
  private readonly panel: SaringPanel;
  private readonly ac = new AbortController();
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly dismissed = new Set<string>();
  private cancelSendWatch: (() => void) | null = null;
  private cancelUndoWatch: (() => void) | null = null;
  private analyzeFn: AnalyzeFn | null = null;
  private analyzerLoading = false;
  /** checks that the active box is still on the page (a box removed while focused fires nothing we see) */
  private connectedTimer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly adapter: PlatformAdapter,
    private readonly services: ComposeServices,
  ) {
    this.panel = new SaringPanel(doc, {
      apply: (f) => this.applyFix(f),
      dismiss: (f) => {
        this.dismissed.add(dismissKey(f, this.active?.text ?? ''));
        this.analyzeNow();
      },
      allow: (f) => {
        const value = f.value ?? this.active?.text.slice(f.start, f.end) ?? '';
        if (value && ALLOWABLE_RULES.has(f.rule)) this.services.allow(f.rule, value);
        this.dismissed.add(dismissKey(f, this.active?.text ?? ''));
        this.analyzeNow();
      },
      returnFocus: () => this.active?.el.focus({ preventScroll: true }),
    });
  }

  /** Starts following compose boxes; `lifetime` aborting (the extension is gone) stops everything. */
  start(lifetime?: AbortSignal): void {
    if (lifetime?.aborted) return;
    lifetime?.addEventListener('abort', () => this.stop(), { once: true, signal: this.ac.signal });
    const opts = { capture: true, signal: this.ac.signal } as const;
    this.doc.addEventListener('focusin', (e) => this.onFocusIn(e), opts);
    this.doc.addEventListener('input', (e) => this.onInput(e), opts);
    this.doc.addEventListener('keydown', (e) => this.onKeyDown(e), opts);
    this.doc.addEventListener('click', (e) => this.onClick(e), opts);
    const win = this.doc.defaultView;
    win?.addEventListener('scroll', () => this.scheduleReposition(), { capture: true, passive: true, signal: this.ac.signal });
    win?.addEventListener('resize', () => this.scheduleReposition(), { passive: true, signal: this.ac.signal });
    // a box that already has focus when Saring starts (page loaded with autofocus)
    const focused = deepActiveElement(this.doc);
    if (focused) this.activate(focused);
  }

  stop(): void {
    if (this.ac.signal.aborted) return;
    this.ac.abort();
    this.deactivate();
    this.cancelSendWatch?.();
    this.cancelUndoWatch?.();
    if (this.frame) cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    this.panel.dispose();
  }

  /** Keyboard shortcut / command: open the findings of the focused box. */
  openFindings(): void {
    if (this.active) this.panel.openAndFocus();
  }

  /** Settings changed: analyse again with them. */
  refresh(): void {
    this.analyzeNow();
  }

  // ---- focus and text tracking ---------------------------------------------------------------

  private onFocusIn(e: FocusEvent): void {
    const target = e.composedPath()[0];
    if (!(target instanceof Element)) return;
    if (target.closest(HOST_TAG) || (target.getRootNode() as ShadowRoot).host?.localName === HOST_TAG) return;
    this.activate(target);
  }

  private activate(target: Element): void {
    const root = editableRoot(target);
    if (!root || root === this.active?.el) return;
    const kind = boxKind(root);
    if (!kind) return;
    // single-line inputs on a platform are search and form fields unless the adapter names them
    if (kind === 'input' && this.adapter.id !== 'generic' && !this.adapter.composeSelectors.some((s) => safeMatches(root, s))) return;
    this.deactivate();
    const observer = new MutationObserver(() => this.scheduleRead());
    if (kind === 'contenteditable') observer.observe(root, { subtree: true, childList: true, characterData: true });
    else observer.observe(root, { attributes: true, attributeFilter: ['value'] });
    const painter: HighlightPainter =
      kind === 'contenteditable' ? new CustomHighlightPainter(root) : new MirrorPainter(root as HTMLTextAreaElement, this.panel.root);
    this.active = { el: root, kind, observer, painter, text: '', segments: [], findings: [] };
    if (kind !== 'contenteditable') root.addEventListener('scroll', () => this.scheduleReposition(), { passive: true, signal: this.ac.signal });
    this.ensureAnalyzer();
    this.scheduleRead();
    clearInterval(this.connectedTimer);
    this.connectedTimer = setInterval(() => {
      if (this.active && !this.active.el.isConnected) this.deactivate();
    }, CONNECTED_CHECK_MS);
  }

  private ensureAnalyzer(): void {
    if (this.analyzeFn || this.analyzerLoading) return;
    this.analyzerLoading = true;
    this.services
      .loadAnalyzer()
      .then((fn) => {
        this.analyzeFn = fn;
        this.analyzeNow();
      })
      .catch((err: unknown) => console.warn('[saring] analyzer unavailable', err))
      .finally(() => {
        this.analyzerLoading = false;
      });
  }

  private deactivate(): void {
    clearInterval(this.connectedTimer);
    this.connectedTimer = undefined;
    const a = this.active;
    if (!a) return;
    a.observer.disconnect();
    a.painter.dispose();
    this.active = null;
    this.panel.hide();
  }

  private onInput(e: Event): void {
    const a = this.active;
    if (!a) return;
    const target = e.composedPath()[0];
    if (target instanceof Node && (target === a.el || a.el.contains(target))) this.scheduleRead();
  }

  /** At most one read of the box per animation frame. */
  private scheduleRead(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.read();
    });
  }

  private read(): void {
    const a = this.active;
    if (!a) return;
    if (!a.el.isConnected) {
      this.deactivate();
      return;
    }
    const { text, segments } = readBox(a.el, a.kind);
    a.segments = segments;
    if (text === a.text) {
      a.painter.reposition();
      return;
    }
    a.text = text;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.analyzeNow(), ANALYZE_DEBOUNCE_MS);
  }

  private analyzeNow(): void {
    const a = this.active;
    const analyze = this.analyzeFn;
    if (!a || !analyze) return;
    const { lang, analyzer } = this.services.settings();
    const text = a.text.length > MAX_READ_CHARS ? a.text.slice(0, MAX_READ_CHARS) : a.text;
    a.truncatedAt = a.text.length > MAX_READ_CHARS ? MAX_READ_CHARS : undefined;
    const all = text.trim() ? analyze(text, { lang, settings: analyzer }) : [];
    a.findings = all.filter((f) => !this.dismissed.has(dismissKey(f, a.text)));
    a.painter.paint(a.findings, a.segments);
    this.renderPanel();
  }

  private renderPanel(): void {
    const a = this.active;
    if (!a) return;
    const anchor = a.text.trim() || a.findings.length ? a.el.getBoundingClientRect() : null;
    this.panel.render({ findings: a.findings, text: a.text, anchor, lang: this.services.settings().lang, truncatedAt: a.truncatedAt });
  }

  private repositionFrame = 0;
  private scheduleReposition(): void {
    if (this.repositionFrame || !this.active) return;
    this.repositionFrame = requestAnimationFrame(() => {
      this.repositionFrame = 0;
      if (!this.active) return;
      this.active.painter.reposition();
      // scrolling moves the badge and panel; it does not rebuild the cards
      const a = this.active;
      this.panel.reposition(a.text.trim() || a.findings.length ? a.el.getBoundingClientRect() : null);
    });
  }

  // ---- fixes -----------------------------------------------------------------------------------

  private applyFix(f: Finding): void {
    const a = this.active;
    if (!a || f.suggestion === undefined) return;
    const expected = a.text.slice(f.start, f.end);
    applyReplacement(a.el, a.kind, f.start, f.end, expected, f.suggestion);
    this.scheduleRead();
  }

  // ---- sending ---------------------------------------------------------------------------------

  private onKeyDown(e: KeyboardEvent): void {
    const a = this.active;
    if (!a || !e.isTrusted) return;
    if (!e.composedPath().includes(a.el)) return;
    if (isSendKey(e, this.adapter, a.el)) this.armSend();
  }

  private onClick(e: MouseEvent): void {
    if (!e.isTrusted || !this.active) return;
    const target = e.composedPath()[0];
    if (target instanceof Element && sendControlOf(target, this.adapter)) this.armSend();
  }

  private armSend(): void {
    const a = this.active;
    if (!a) return;
    const text = readBox(a.el, a.kind).text;
    if (!text.trim()) return;
    this.cancelSendWatch?.();
    const kind = a.kind;
    const read = (box: HTMLElement) => readBox(box, kind).text;
    this.cancelSendWatch = watchForSend({ box: a.el, text, at: Date.now() }, read, (w) =>
      // a box the page removed (dialog closed, comment box collapsed) still holds the old text: not a Cancel
      this.onSent(w.text, w.at, () => (a.el.isConnected ? read(a.el) : '')),
    );
  }

  /** `readDraft` reads the box again: if the sent text comes back within the send window, the capture is dropped. */
  private onSent(text: string, at: number, readDraft: () => string): void {
    const sent = text;
    const analyze = this.analyzeFn;
    if (!analyze) return;
    const { analyzer } = this.services.settings();
    const now = new Date(at);
    const findings = analyze(text, { now, settings: analyzer });
    if (!findings.some((f) => f.category === 'commitment')) return;
    // the log keeps the promise, not the citizen's data: personal data in the sent text is masked first
    const kept = maskPersonalData(text, findings);
    const commitments = toCaptured(kept === text ? findings : analyze(kept, { now, settings: analyzer }), kept);
    if (!commitments.length) return;
    text = kept;
    const lang = this.services.settings().lang;
    // the background holds the capture for the send window; a Cancel / Undo that restores the draft drops it
    const pendingId = this.services.cancelCapture ? newPendingId() : undefined;
    if (pendingId) {
      this.cancelUndoWatch?.();
      this.cancelUndoWatch = watchForCancel(sent, readDraft, () => this.services.cancelCapture?.(pendingId));
    }
    void this.services
      .capture({
        type: 'commitments/capture',
        platform: this.adapter.id,
        url: this.doc.location?.href ?? '',
        postText: text.slice(0, 2000),
        sentAt: now.toISOString(),
        commitments,
        ...(pendingId ? { pendingId } : {}),
      })
      .then((r) => {
        // a failed save is told to the user, with the promise itself, so nothing is silently lost
        if (r.ok) this.panel.notify(t(lang, 'captured', { n: commitments.length }), false);
        else this.panel.notify(t(lang, 'captureFailed', { text: commitments.map((c) => c.text).join(' | ').slice(0, 300), error: r.error ?? '' }), true);
      });
  }
}

/** The text with each personal-data finding replaced by its mask (or "[data pribadi]"), right to left. */
export function maskPersonalData(text: string, findings: readonly Finding[]): string {
  const spans = findings
    .filter((f) => f.category === 'pii' && f.severity !== 'info')
    .map((f) => ({ start: f.start, end: f.end, replacement: f.suggestion ?? MASKED_PLACEHOLDER }));
  return replaceSpans(text, spans);
}

function dismissKey(f: Finding, text: string): string {
  return `${f.rule}\u0000${text.slice(f.start, f.end)}`;
}

function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** The focused element, looking through open shadow roots. */
function deepActiveElement(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el && el !== doc.body ? el : null;
}
