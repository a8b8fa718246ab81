import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, toCsv } from '@/lib/export/csv';
import { foldLine, icsText, toIcs } from '@/lib/export/ics';
import { EXPORT_FORMAT, toJsonExport } from '@/lib/export/json';
import { exportFileStem } from '@/lib/export/labels';
import { seedCommitments } from '@/lib/store/seed';
import type { CommitmentRecord } from '@/lib/store/types';

const NOW = new Date(2026, 10, 22, 9, 0);

function rec(over: Partial<CommitmentRecord> = {}): CommitmentRecord {
  return {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    text: 'Kami akan memperbaiki jalan di Jl. Melati, RT 03; paling lambat Jumat depan.',
    action: 'memperbaiki jalan',
    deadlinePhrase: 'paling lambat Jumat depan',
    due: '2026-11-27',
    precision: 'day',
    vague: false,
    platform: 'x',
    url: 'https://x.com/pemkot/status/1?a=1,2',
    excerpt: 'Terima kasih "Pak Budi". Kami akan memperbaiki jalan…',
    capturedAt: '2026-11-20T02:00:00.000Z',
    status: 'open',
    statusHistory: [{ status: 'open', at: '2026-11-20T02:00:00.000Z' }],
    notes: 'Baris satu\nbaris dua',
    evidenceUrl: null,
    updatedAt: '2026-11-20T02:00:00.000Z',
    dedupeKey: 'k1',
    ...over,
  };
}

/** A strict RFC 4180 reader (for checking the writer). */
function parseCsv(text: string, d = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === d) {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('no CRLF after the last record');
  return rows;
}

describe('CSV', () => {
  const records = [
    rec(),
    rec({ id: 'id-2', action: '=HYPERLINK("http://evil")', text: '+62 812', status: 'done', statusHistory: [{ status: 'open', at: '2026-11-20T02:00:00.000Z' }, { status: 'done', at: '2026-11-25T03:30:00.000Z' }], due: null, precision: 'none', vague: true, platform: 'generic', evidenceUrl: 'https://dishub.go.id/berita/12' }),
    rec({ id: 'id-3', due: '2026-11-01' }),
  ];
  const csv = toCsv(records, { now: NOW });

  it('is UTF-8 with a BOM, CRLF line ends, and Indonesian headers', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([
      'ID', 'Tindakan', 'Kalimat janji', 'Frasa tenggat', 'Tenggat', 'Ketepatan tenggat', 'Samar', 'Status', 'Terlambat',
      'Platform', 'Tautan unggahan', 'Kutipan', 'Dicatat', 'Diperbarui', 'Catatan', 'Tautan bukti', 'Riwayat status',
    ]);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and the values survive', () => {
    const [, first, second, third] = parseCsv(csv.slice(1));
    const col = (name: string) => CSV_COLUMNS.findIndex((c) => c.header === name);
    expect(first[col('Kalimat janji')]).toBe(records[0].text);
    expect(first[col('Kutipan')]).toBe(records[0].excerpt);
    expect(first[col('Catatan')]).toBe('Baris satu\nbaris dua');
    expect(first[col('Tautan unggahan')]).toBe('https://x.com/pemkot/status/1?a=1,2');
    expect(first[col('Tenggat')]).toBe('2026-11-27');
    expect(first[col('Status')]).toBe('berjalan');
    expect(first[col('Terlambat')]).toBe('tidak');
    expect(third[col('Terlambat')]).toBe('ya');
    expect(second[col('Status')]).toBe('selesai');
    expect(second[col('Platform')]).toBe('Situs lain');
    expect(second[col('Samar')]).toBe('ya');
    expect(second[col('Tenggat')]).toBe('');
    expect(second[col('Tautan bukti')]).toBe('https://dishub.go.id/berita/12');
    expect(second[col('Riwayat status')]).toMatch(/^berjalan \d{4}-\d{2}-\d{2} \d{2}:\d{2}; selesai \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(csv).toContain('"Terima kasih ""Pak Budi"". Kami akan memperbaiki jalan…"');
  });

  it('neutralises spreadsheet formulas in free text', () => {
    const [, , second] = parseCsv(csv.slice(1));
    expect(second[1]).toBe(`'=HYPERLINK("http://evil")`);
    expect(second[2]).toBe(`'+62 812`);
  });

  it('field quoting rules', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('')).toBe('');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a;b')).toBe('a;b');
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' lead')).toBe('" lead"');
  });

  it('semicolon variant for comma-decimal spreadsheets', () => {
    const semi = toCsv(records, { now: NOW, delimiter: ';' });
    const rows = parseCsv(semi.slice(1), ';');
    expect(rows[1][2]).toBe(records[0].text);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('an empty log is a header row only', () => {
    expect(toCsv([], { now: NOW })).toBe('\uFEFF' + CSV_COLUMNS.map((c) => c.header).join(',') + '\r\n');
  });
});

/** Undo RFC 5545 folding. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('ICS', () => {
  const long = 'Kami akan memperbaiki jalan rusak di Kelurahan Sukamaju — termasuk trotoar, drainase, dan lampu PJU — paling lambat Jumat depan; terima kasih 🙏 atas laporannya, Bu Siti.';
  const records = [
    rec({ text: long, notes: 'Koordinasi: Dinas PU, Dishub\\Satpol' }),
    rec({ id: 'id-2', due: null, dedupeKey: 'k2' }),
    rec({ id: 'id-3', status: 'dropped', statusHistory: [{ status: 'open', at: '2026-11-20T02:00:00.000Z' }, { status: 'dropped', at: '2026-11-21T02:00:00.000Z' }], dedupeKey: 'k3', due: '2026-12-31' }),
  ];
  const ics = toIcs(records, { now: new Date('2026-11-22T02:00:00Z') });

  it('is a VCALENDAR with CRLF line ends and lines of at most 75 octets', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(lines.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    // folding did not split a character: every physical line is well-formed UTF-16 (no lone surrogates)
    for (const l of lines) expect(l).toBe(new TextDecoder().decode(new TextEncoder().encode(l)));
  });

  it('one all-day VEVENT per commitment with a due date; stable UID', () => {
    const u = unfold(ics);
    expect(u.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(u).toContain('UID:a1b2c3d4-0000-4000-8000-000000000001@saring.local');
    expect(u).toContain('DTSTART;VALUE=DATE:20261127\r\nDTEND;VALUE=DATE:20261128');
    expect(u).toContain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101');
    expect(u).toContain('DTSTAMP:20261122T020000Z');
    expect(u).not.toContain('id-2@');
    // same UID on a later export
    expect(unfold(toIcs(records, { now: new Date() }))).toContain('UID:a1b2c3d4-0000-4000-8000-000000000001@saring.local');
  });

  it('escapes TEXT and keeps the content', () => {
    const u = unfold(ics);
    expect(u).toContain('SUMMARY:Janji: memperbaiki jalan\r\n');
    const desc = /DESCRIPTION:(.*)\r\n/.exec(u)![1];
    expect(desc).toContain('drainase\\, dan lampu PJU — paling lambat Jumat depan\\; terima kasih 🙏');
    expect(desc).toContain('\\nCatatan: Koordinasi: Dinas PU\\, Dishub\\\\Satpol');
    expect(icsText('a,b;c\\d\ne\r\nf\u0007')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('open promises carry an alarm, dropped ones are cancelled', () => {
    const events = unfold(ics).split('BEGIN:VEVENT').slice(1);
    expect(events[0]).toContain('STATUS:CONFIRMED');
    expect(events[0]).toContain('BEGIN:VALARM\r\nACTION:DISPLAY');
    expect(events[0]).toContain('TRIGGER:-PT16H');
    expect(events[1]).toContain('STATUS:CANCELLED');
    expect(events[1]).toContain('SUMMARY:Dibatalkan: memperbaiki jalan');
    expect(events[1]).not.toContain('VALARM');
  });

  it('folds by octets, not characters', () => {
    const line = 'DESCRIPTION:' + 'é'.repeat(100);
    const folded = foldLine(line);
    expect(folded.split('\r\n ').join('')).toBe(line);
    for (const l of folded.split('\r\n')) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });
});

describe('JSON export', () => {
  it('is a versioned envelope holding every field, history included', () => {
    const records = seedCommitments(20, { now: NOW });
    const text = toJsonExport(records, NOW);
    const body = JSON.parse(text);
    expect(body).toEqual({ format: EXPORT_FORMAT, version: 1, exportedAt: NOW.toISOString(), commitments: records });
    expect(Object.keys(body.commitments[0]).sort()).toEqual(Object.keys(records[0]).sort());
  });

  it('file names carry the local date', () => {
    expect(exportFileStem(NOW)).toBe('saring-janji-2026-11-22');
  });
});
