import { describe, expect, it } from 'vitest';
import { boxKind, domRange, editableRoot, readBox } from '../../../lib/compose/editable';

function ce(html: string): HTMLElement {
  const div = document.createElement('div');
  div.contentEditable = 'true';
  div.innerHTML = html;
  document.body.append(div);
  return div;
}

describe('reading a compose box', () => {
  it('reads paragraphs as lines and maps offsets back to the DOM', () => {
    const el = ce('<p><span>Halo Pak,</span></p><p><span>NIK </span><b>3204110609870003</b></p>');
    const { text, segments } = readBox(el, 'contenteditable');
    expect(text).toBe('Halo Pak,\nNIK 3204110609870003');
    const start = text.indexOf('3204');
    const r = domRange(segments, start, start + 16)!;
    expect(r.toString()).toBe('3204110609870003');
  });

  it('treats <br> lines like Draft/Lexical empty blocks', () => {
    const el = ce('<div>satu</div><div><br></div><div>dua</div>');
    expect(readBox(el, 'contenteditable').text).toBe('satu\n\ndua');
  });

  it('reads a textarea by its value and ignores search and password inputs', () => {
    const ta = document.createElement('textarea');
    ta.value = 'halo';
    expect(boxKind(ta)).toBe('textarea');
    expect(readBox(ta, 'textarea').text).toBe('halo');
    const pw = document.createElement('input');
    pw.type = 'password';
    expect(boxKind(pw)).toBeNull();
    const search = document.createElement('input');
    search.setAttribute('role', 'combobox');
    expect(boxKind(search)).toBeNull();
  });

  it('finds the outermost contenteditable root from an inner node', () => {
    const el = ce('<p><span id="inner">x</span></p>');
    expect(editableRoot(el.querySelector('#inner')!)).toBe(el);
  });

  it('keeps offsets stable when zero-width characters are present', () => {
    const el = ce('<p>a\u200bb 0812</p>');
    const { text, segments } = readBox(el, 'contenteditable');
    expect(text.length).toBe(8);
    expect(domRange(segments, 4, 8)!.toString()).toBe('0812');
  });
});
