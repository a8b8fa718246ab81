/**
 * A small parser for the YAML our locale files use: nested maps by indentation, plain, "double" and
 * 'single' quoted scalars, `|` / `>` block scalars and comments. Enough for locales/*.yml, checked
 * against @wxt-dev/i18n's own parser in tests/unit/options/i18n.test.ts; not a general YAML parser.
 */
export type YamlMap = { [k: string]: string | YamlMap };

interface Line {
  indent: number;
  text: string;
  no: number;
}

function stripComment(s: string): string {
  // a comment starts at "#" preceded by whitespace (or at the start), outside quotes
  let q: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (q) {
      if (c === '\\' && q === '"') i++;
      else if (c === q) q = null;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /[\s:]/.test(s[i - 1])) q = c;
    } else if (c === '#' && (i === 0 || /\s/.test(s[i - 1]))) return s.slice(0, i).trimEnd();
  }
  return s.trimEnd();
}

function unquote(v: string, no: number): string {
  if (v.startsWith('"')) {
    if (!v.endsWith('"') || v.length < 2) throw new Error(`yaml-lite: unterminated string on line ${no}`);
    return v.slice(1, -1).replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
      if (e[0] === 'u' || e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
      return ({ n: '\n', t: '\t', r: '\r', '0': '\0', '"': '"', '\\': '\\', '/': '/', ' ': ' ' } as Record<string, string>)[e] ?? e;
    });
  }
  if (v.startsWith("'")) {
    if (!v.endsWith("'") || v.length < 2) throw new Error(`yaml-lite: unterminated string on line ${no}`);
    return v.slice(1, -1).replace(/''/g, "'");
  }
  return v;
}

export function parseYamlLite(src: string): YamlMap {
  const raw = src.replace(/\r\n?/g, '\n').split('\n');
  const root: YamlMap = {};
  const stack: { indent: number; map: YamlMap }[] = [{ indent: -1, map: root }];
  for (let i = 0; i < raw.length; i++) {
    const full = raw[i];
    if (!full.trim() || /^\s*#/.test(full)) continue;
    const indent = full.length - full.trimStart().length;
    const line: Line = { indent, text: stripComment(full.trim()), no: i + 1 };
    const m = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^:]+?)\s*:(?:\s+(.*))?$/.exec(line.text);
    if (!m) throw new Error(`yaml-lite: cannot read line ${line.no}: ${full}`);
    const key = unquote(m[1], line.no);
    const value = (m[2] ?? '').trim();
    while (stack.length > 1 && stack[stack.length - 1].indent >= indent) stack.pop();
    const parent = stack[stack.length - 1].map;
    if (value === '') {
      const child: YamlMap = {};
      parent[key] = child;
      stack.push({ indent, map: child });
    } else if (/^[|>][+-]?$/.test(value)) {
      // block scalar: the following more-indented lines
      const lines: string[] = [];
      let blockIndent = -1;
      while (i + 1 < raw.length) {
        const next = raw[i + 1];
        const ni = next.length - next.trimStart().length;
        if (next.trim() && ni <= indent) break;
        if (next.trim() && blockIndent < 0) blockIndent = ni;
        lines.push(next.trim() ? next.slice(blockIndent) : '');
        i++;
      }
      while (lines.length && lines[lines.length - 1] === '') lines.pop();
      const folded = value[0] === '>' ? lines.join('\n').replace(/([^\n])\n(?=[^\n])/g, '$1 ') : lines.join('\n');
      parent[key] = value.endsWith('-') ? folded : folded + '\n';
    } else {
      parent[key] = unquote(value, line.no);
    }
  }
  return root;
}

/** Flatten like @wxt-dev/i18n does: "a.b.c" → "a_b_c"; plural maps (keys 0, 1, n…) → "x | y | z". */
export function toMessageTable(map: YamlMap, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(map)) {
    const key = prefix ? `${prefix}_${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else if (Object.keys(v).length && Object.keys(v).every((x) => x === 'n' || Number.isFinite(Number(x)))) {
      out[key] = Object.values(v).join(' | ');
    } else toMessageTable(v, key, out);
  }
  return out;
}
