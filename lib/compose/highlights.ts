/**
 * Highlights of findings in a compose box, without touching the box's DOM:
 * - contenteditable: the CSS Custom Highlight API (ranges registered in CSS.highlights);
 * - textarea/input: a mirror overlay in Saring's own shadow root, matching the box's font, padding and scroll.
 */
import type { Finding, Severity } from '../analyze/types';
import { HIGHLIGHT_CSS } from '../ui/styles';
import { domRange, type Segment } from './editable';

export interface HighlightPainter {
  paint(findings: readonly Finding[], segments: Segment[]): void;
  /** keep position/scroll in sync (textarea mirror) */
  reposition(): void;
  clear(): void;
  dispose(): void;
}

const SEVERITIES: Severity[] = ['danger', 'warning', 'info'];
type HighlightCtor = new (...ranges: Range[]) => { add(r: Range): void; clear(): void };

/** Registers the ::highlight() rules once per document or shadow root, via adoptedStyleSheets (no nodes). */
const styled = new WeakSet<Document | ShadowRoot>();
function ensureHighlightStyles(root: Document | ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    /* old browser: no highlight styling */
  }
}

export class CustomHighlightPainter implements HighlightPainter {
  private readonly registry: Map<string, unknown> | undefined;
  constructor(box: HTMLElement) {
    this.registry = (globalThis.CSS as unknown as { highlights?: Map<string, unknown> } | undefined)?.highlights;
    const root = box.getRootNode();
    ensureHighlightStyles(box.ownerDocument);
    if (root instanceof ShadowRoot) ensureHighlightStyles(root);
  }
  paint(findings: readonly Finding[], segments: Segment[]): void {
    if (!this.registry || typeof Highlight === 'undefined') return;
    const bySeverity: Record<Severity, Range[]> = { danger: [], warning: [], info: [] };
    for (const f of findings) {
      const r = domRange(segments, f.start, f.end);
      if (r) bySeverity[f.severity].push(r);
    }
    for (const s of SEVERITIES) {
      const name = `saring-${s}`;
      if (bySeverity[s].length) this.registry.set(name, new (Highlight as unknown as HighlightCtor)(...bySeverity[s]));
      else this.registry.delete(name);
    }
  }
  reposition(): void {}
  clear(): void {
    if (!this.registry) return;
    for (const s of SEVERITIES) this.registry.delete(`saring-${s}`);
  }
  dispose(): void {
    this.clear();
  }
}

const MIRROR_PROPS = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'letterSpacing', 'lineHeight', 'textTransform', 'wordSpacing', 'textIndent',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth',
  'borderTopStyle', 'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'tabSize', 'direction', 'textAlign',
] as const;

export class MirrorPainter implements HighlightPainter {
  private readonly mirror: HTMLDivElement;
  private lastFindings: readonly Finding[] = [];
  constructor(private readonly box: HTMLTextAreaElement | HTMLInputElement, layer: ShadowRoot) {
    this.mirror = layer.ownerDocument.createElement('div');
    this.mirror.className = 'mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    layer.appendChild(this.mirror);
  }
  paint(findings: readonly Finding[]): void {
    this.lastFindings = findings;
    const text = this.box.value;
    const doc = this.mirror.ownerDocument;
    const frag = doc.createDocumentFragment();
    let at = 0;
    for (const f of findings) {
      if (f.start < at || f.end > text.length) continue;
      frag.append(text.slice(at, f.start));
      const m = doc.createElement('mark');
      m.className = f.severity;
      m.textContent = text.slice(f.start, f.end);
      frag.append(m);
      at = f.end;
    }
    frag.append(text.slice(at) + '\u200b');
    this.mirror.replaceChildren(frag);
    this.reposition();
  }
  reposition(): void {
    const r = this.box.getBoundingClientRect();
    const cs = getComputedStyle(this.box);
    const st = this.mirror.style;
    for (const p of MIRROR_PROPS) st[p] = cs[p];
    st.borderColor = 'transparent';
    st.left = `${r.left}px`;
    st.top = `${r.top}px`;
    st.width = `${r.width}px`;
    st.height = `${r.height}px`;
    st.whiteSpace = this.box instanceof HTMLInputElement ? 'pre' : 'pre-wrap';
    st.display = r.width && r.height && this.lastFindings.length ? 'block' : 'none';
    this.mirror.scrollTop = this.box.scrollTop;
    this.mirror.scrollLeft = this.box.scrollLeft;
  }
  clear(): void {
    this.lastFindings = [];
    this.mirror.replaceChildren();
    this.mirror.style.display = 'none';
  }
  dispose(): void {
    this.mirror.remove();
  }
}
