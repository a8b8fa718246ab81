/**
 * <saring-ui>: the one host element Saring adds to a page (contract §3), with an open shadow root holding
 * the badge, the findings panel, the screen-reader live region and the textarea mirror layer.
 * Plain DOM (no framework) to keep the content script small.
 */
import type { Finding, Severity } from '../analyze/types';
import { CATEGORY_LABEL, SEVERITY_LABEL, t, type UiLang } from './labels';
import { UI_CSS } from './styles';

export interface PanelState {
  findings: readonly Finding[];
  text: string;
  anchor: DOMRect | null;
  lang: UiLang;
  truncatedAt?: number;
}

/**
 * "Selalu izinkan" is offered only for contact details an office publishes (phone, e-mail, address),
 * never for a NIK, KK, health or criminal data, or a child's data (issue 15). The background checks again.
 */
export const ALLOWABLE_RULES: ReadonlySet<string> = new Set(['pii.phone', 'pii.email', 'pii.address']);

/**
 * Every action in the panel runs only for the user's own input (event.isTrusted): the shadow root is open,
 * so a page script can reach the buttons and call .click() on them, which must change nothing.
 */
export function onTrustedClick(el: HTMLElement, handler: () => void): void {
  el.addEventListener('click', (e) => {
    if (e.isTrusted) handler();
  });
}

export interface PanelActions {
  apply(f: Finding): void;
  dismiss(f: Finding): void;
  allow(f: Finding): void;
  /** Escape or close: give focus back to the compose box */
  returnFocus(): void;
}

export const HOST_TAG = 'saring-ui';

/** Cards built at once (issue 17): the rest wait behind a "n lainnya / n more" button. */
export const MAX_CARDS = 30;

/** What the panel shows, as one string: the same key means nothing to redraw. */
function renderKey(state: PanelState): string {
  let k = `${state.lang}|${state.truncatedAt ?? ''}`;
  for (const f of state.findings) k += `|${f.rule},${f.start},${f.end},${f.severity},${f.message},${f.suggestion ?? ''},${state.text.slice(f.start, f.end)}`;
  return k;
}

export class SaringPanel {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  private readonly badge: HTMLButtonElement;
  private readonly panel: HTMLDivElement;
  private readonly live: HTMLDivElement;
  private open = false;
  private state: PanelState | null = null;
  private lastAnnounce = '';
  private toast: HTMLElement | null = null;
  private lastKey = '';
  /** cards shown; grows by MAX_CARDS per "n more" click, back to MAX_CARDS when the findings change */
  private shown = MAX_CARDS;

  constructor(private readonly doc: Document, private readonly actions: PanelActions) {
    this.host = doc.createElement(HOST_TAG);
    this.host.setAttribute('data-findings', '0');
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = UI_CSS;
    this.badge = doc.createElement('button');
    this.badge.className = 'badge';
    this.badge.type = 'button';
    this.badge.hidden = true;
    this.badge.setAttribute('aria-expanded', 'false');
    this.badge.setAttribute('aria-haspopup', 'dialog');
    // keep the compose box focused when the badge is clicked with the mouse
    this.badge.addEventListener('mousedown', (e) => e.preventDefault());
    onTrustedClick(this.badge, () => this.toggle());
    this.panel = doc.createElement('div');
    this.panel.className = 'panel';
    this.panel.hidden = true;
    this.panel.setAttribute('role', 'dialog');
    this.panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && e.isTrusted) {
        e.stopPropagation();
        this.setOpen(false);
        this.actions.returnFocus();
      }
    });
    this.live = doc.createElement('div');
    this.live.className = 'sr';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    this.root.append(style, this.badge, this.panel, this.live);
  }

  attach(): void {
    if (!this.host.isConnected) (this.doc.documentElement ?? this.doc.body).appendChild(this.host);
  }

  render(state: PanelState): void {
    this.state = state;
    this.attach();
    const key = renderKey(state);
    if (key === this.lastKey) {
      // nothing changed (typing that moves no finding): no DOM rebuilt, only follow the box
      this.reposition(state.anchor);
      return;
    }
    this.lastKey = key;
    this.shown = MAX_CARDS;
    const { findings, lang } = state;
    this.host.setAttribute('data-findings', String(findings.length));
    const counts: Record<Severity, number> = { danger: 0, warning: 0, info: 0 };
    for (const f of findings) counts[f.severity]++;
    this.renderBadge(counts, findings.length, lang, state.anchor);
    this.renderPanel(state);
    this.announce(counts, findings.length, lang);
  }

  /** A short message after sending (saved, or not saved and why), shown for a while and announced. */
  notify(message: string, isError: boolean): void {
    this.attach();
    this.toast?.remove();
    const el = this.doc.createElement('div');
    el.className = isError ? 'toast toast-error' : 'toast';
    el.setAttribute('role', isError ? 'alert' : 'status');
    el.setAttribute('data-notice', isError ? 'capture-failed' : 'captured');
    el.textContent = message;
    const close = this.doc.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', 'Tutup / Close');
    onTrustedClick(close, () => el.remove());
    el.append(close);
    this.root.append(el);
    this.toast = el;
    if (!isError) setTimeout(() => el.remove(), 4_000);
  }

  /** Follows the compose box (scroll, resize) without re-rendering the cards. */
  reposition(anchor: DOMRect | null): void {
    if (this.state) this.state = { ...this.state, anchor };
    this.badge.hidden = !anchor || !this.state;
    this.position(anchor);
  }

  hide(): void {
    this.lastKey = '';
    this.badge.hidden = true;
    this.setOpen(false);
    this.host.setAttribute('data-findings', '0');
  }

  toggle(): void {
    this.setOpen(!this.open);
  }

  /** Opens the panel and moves focus into it (keyboard shortcut). */
  openAndFocus(): void {
    this.setOpen(true);
    const first = this.panel.querySelector<HTMLElement>('.card, button');
    first?.focus();
  }

  dispose(): void {
    this.host.remove();
  }

  private setOpen(open: boolean): void {
    this.open = open;
    this.panel.hidden = !open;
    this.badge.setAttribute('aria-expanded', String(open));
    if (open && this.state) this.position(this.state.anchor);
  }

  private renderBadge(counts: Record<Severity, number>, n: number, lang: UiLang, anchor: DOMRect | null): void {
    const b = this.badge;
    const parts: Node[] = [];
    for (const s of ['danger', 'warning', 'info'] as Severity[]) {
      if (!counts[s]) continue;
      const span = this.doc.createElement('span');
      span.className = `dot sev-${s}`;
      span.textContent = String(counts[s]);
      parts.push(span);
    }
    if (!parts.length) {
      const ok = this.doc.createElement('span');
      ok.className = 'dot sev-ok';
      ok.textContent = '✓';
      parts.push(ok);
    }
    // the accessible name holds the visible counts plus what they mean (no aria-label that hides them)
    const sr = this.doc.createElement('span');
    sr.className = 'sr';
    sr.textContent = n ? t(lang, 'badgeLabel', { n }) : t(lang, 'badgeNone');
    b.replaceChildren(...parts, sr);
    b.hidden = !anchor;
    this.position(anchor);
  }

  private position(anchor: DOMRect | null): void {
    if (!anchor) return;
    const vw = this.doc.documentElement.clientWidth || 1024;
    const vh = this.doc.documentElement.clientHeight || 768;
    const bx = Math.min(Math.max(anchor.right - 8, 40), vw - 8);
    const by = Math.min(Math.max(anchor.bottom - 8, 24), vh - 8);
    this.badge.style.left = `${bx}px`;
    this.badge.style.top = `${by}px`;
    this.badge.style.transform = 'translate(-100%, -100%)';
    if (!this.panel.hidden) {
      const w = 340;
      const left = Math.min(Math.max(8, anchor.right - w), vw - w - 8);
      const below = anchor.bottom + 6;
      const fitsBelow = below + 200 < vh;
      this.panel.style.left = `${left}px`;
      this.panel.style.top = fitsBelow ? `${below}px` : '';
      this.panel.style.bottom = fitsBelow ? '' : `${Math.max(8, vh - anchor.top + 6)}px`;
    }
  }

  private renderPanel(state: PanelState): void {
    const { findings, lang, text } = state;
    const d = this.doc;
    const head = d.createElement('div');
    head.className = 'head';
    const h = d.createElement('h2');
    h.textContent = t(lang, 'panelTitle');
    this.panel.setAttribute('aria-label', t(lang, 'panelTitle'));
    const close = d.createElement('button');
    close.type = 'button';
    close.textContent = t(lang, 'close');
    onTrustedClick(close, () => {
      this.setOpen(false);
      this.actions.returnFocus();
    });
    head.append(h, close);
    const nodes: Node[] = [head];
    if (state.truncatedAt) nodes.push(this.notice(t(lang, 'truncated', { n: state.truncatedAt.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US') })));
    if (!findings.length) {
      const p = d.createElement('p');
      p.textContent = t(lang, 'noFindings');
      nodes.push(p);
    }
    // the most serious first; in reading order within a severity
    const rank: Record<Severity, number> = { danger: 0, warning: 1, info: 2 };
    const ordered = [...findings].sort((a, b) => rank[a.severity] - rank[b.severity] || a.start - b.start);
    for (const f of ordered.slice(0, this.shown)) nodes.push(this.card(f, text, lang));
    const rest = ordered.length - this.shown;
    if (rest > 0) {
      const more = this.button(t(lang, 'moreFindings', { n: rest }), () => {
        const first = this.shown;
        this.shown += MAX_CARDS;
        this.renderPanel(state);
        this.panel.querySelectorAll<HTMLElement>('.card')[first]?.focus();
      });
      more.className = 'more';
      more.setAttribute('data-more', String(rest));
      nodes.push(more);
    }
    this.panel.replaceChildren(...nodes);
  }

  private notice(msg: string): HTMLElement {
    const p = this.doc.createElement('p');
    p.className = 'notice';
    p.textContent = msg;
    return p;
  }

  private card(f: Finding, text: string, lang: UiLang): HTMLElement {
    const d = this.doc;
    const card = d.createElement('article');
    card.className = 'card';
    card.tabIndex = 0;
    card.setAttribute('data-rule', f.rule);
    card.setAttribute('data-severity', f.severity);
    const h = d.createElement('h3');
    const sev = d.createElement('span');
    sev.className = `sev-${f.severity}`;
    sev.textContent = SEVERITY_LABEL[f.severity][lang];
    const cat = d.createElement('span');
    cat.textContent = CATEGORY_LABEL[f.category][lang];
    h.append(sev, cat);
    const quote = d.createElement('p');
    const q = d.createElement('span');
    q.className = 'quote';
    const excerpt = text.slice(f.start, f.end);
    q.textContent = excerpt.length > 80 ? excerpt.slice(0, 77) + '…' : excerpt;
    quote.append(q);
    const msg = d.createElement('p');
    msg.textContent = f.message;
    card.append(h, quote, msg);
    card.setAttribute('aria-label', `${SEVERITY_LABEL[f.severity][lang]}, ${CATEGORY_LABEL[f.category][lang]}: ${f.message}`);
    const actions = d.createElement('div');
    actions.className = 'actions';
    if (f.suggestion !== undefined && f.category !== 'commitment') {
      actions.append(this.button(`${t(lang, 'apply')}: ${f.suggestion}`, () => this.actions.apply(f), true));
    }
    actions.append(this.button(t(lang, 'dismiss'), () => this.actions.dismiss(f)));
    if (ALLOWABLE_RULES.has(f.rule)) actions.append(this.button(t(lang, 'allowAlways'), () => this.actions.allow(f)));
    card.append(actions);
    return card;
  }

  private button(label: string, onClick: () => void, primary = false): HTMLButtonElement {
    const b = this.doc.createElement('button');
    b.type = 'button';
    b.textContent = label.length > 60 ? label.slice(0, 57) + '…' : label;
    if (primary) b.className = 'primary';
    b.addEventListener('mousedown', (e) => e.preventDefault());
    onTrustedClick(b, onClick);
    return b;
  }

  private announce(counts: Record<Severity, number>, n: number, lang: UiLang): void {
    // announce only alerts, and only when they change, so typing is not narrated
    const msg = counts.danger + counts.warning ? t(lang, 'announce', { n, d: counts.danger, w: counts.warning, i: counts.info }) : '';
    if (msg === this.lastAnnounce) return;
    this.lastAnnounce = msg;
    this.live.textContent = msg;
  }
}
