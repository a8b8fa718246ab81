/** Styles of the <saring-ui> shadow root. Colours meet WCAG AA contrast on white. */
export const UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.badge { position: fixed; z-index: 2147483647; display: inline-flex; gap: 4px; align-items: center;
  font: 600 12px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 4px 7px; border-radius: 999px;
  border: 1px solid #c8ccd2; background: #ffffff; color: #1f2328; cursor: pointer; box-shadow: 0 1px 3px rgba(0,0,0,.18); }
.badge:focus-visible, button:focus-visible, .card:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
.badge[hidden], .panel[hidden] { display: none; }
.dot { display: inline-flex; align-items: center; gap: 2px; }
.dot::before { content: ""; width: 8px; height: 8px; border-radius: 50%; background: currentColor; }
.sev-danger { color: #b3261e; } .sev-warning { color: #8a5300; } .sev-info { color: #1a5fb4; } .sev-ok { color: #1e6b34; }
.panel { position: fixed; z-index: 2147483647; width: 340px; max-height: min(60vh, 480px); overflow: auto;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff;
  border: 1px solid #c8ccd2; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.2); padding: 8px; }
.head { display: flex; justify-content: space-between; align-items: center; gap: 8px; padding: 2px 4px 8px; }
.head h2 { font-size: 13px; margin: 0; }
.notice { background: #fff4e5; color: #5c3b00; border-radius: 6px; padding: 6px 8px; margin: 0 0 8px; }
.card { border: 1px solid #e1e4e8; border-left: 4px solid #1a5fb4; border-radius: 6px; padding: 6px 8px; margin: 0 0 6px; }
.card[data-severity="danger"] { border-left-color: #b3261e; }
.card[data-severity="warning"] { border-left-color: #b26a00; }
.card h3 { font-size: 12px; margin: 0 0 2px; display: flex; gap: 6px; align-items: baseline; }
.card .quote { font-family: ui-monospace, Menlo, Consolas, monospace; background: #f3f4f6; padding: 0 3px; border-radius: 3px; word-break: break-all; }
.card p { margin: 2px 0; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 4px; }
button { font: inherit; font-size: 12px; border-radius: 6px; border: 1px solid #c8ccd2; background: #f6f8fa; color: #1f2328; padding: 3px 8px; cursor: pointer; }
button.primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
.toast { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: 360px; display: flex; gap: 8px; align-items: flex-start;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff; border: 1px solid #c8ccd2;
  border-left: 4px solid #1e6b34; border-radius: 8px; padding: 8px 10px; box-shadow: 0 6px 24px rgba(0,0,0,.2); }
.toast-error { border-left-color: #b3261e; }
.toast button { flex: none; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.mirror { position: fixed; z-index: 2147483646; pointer-events: none; overflow: hidden; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; }
.mirror mark { color: transparent; background: transparent; border-bottom: 2px solid #1a5fb4; }
.mirror mark.danger { border-bottom-color: #b3261e; background: rgba(179,38,30,.12); }
.mirror mark.warning { border-bottom-color: #b26a00; background: rgba(178,106,0,.10); }
`;

/** Page-level (and editor shadow-root) styles for the CSS Custom Highlight API; no nodes are added. */
export const HIGHLIGHT_CSS = `
::highlight(saring-danger) { background-color: rgba(179,38,30,.16); text-decoration: underline wavy #b3261e; }
::highlight(saring-warning) { background-color: rgba(178,106,0,.14); text-decoration: underline wavy #b26a00; }
::highlight(saring-info) { text-decoration: underline dotted #1a5fb4; }
`;
