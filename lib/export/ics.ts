/**
 * iCalendar export (RFC 5545): one all-day VEVENT per commitment that has a due date, with a stable UID
 * (so re-importing into a calendar updates rather than duplicates), escaped TEXT values, lines folded at
 * 75 octets without splitting a UTF-8 character, CRLF line ends. Open promises carry a display alarm at
 * 08:00 the day before.
 */
import { addDays } from '../store/dates';
import type { CommitmentRecord } from '../store/types';
import { PRECISION_ID, STATUS_ID, platformLabel } from './labels';

export const ICS_MIME = 'text/calendar;charset=utf-8';
export const ICS_PRODID = '-//Saring//Janji Publik 1.0//ID';

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline; other control characters dropped. */
export function icsText(s: string): string {
  return (
    s
      .replace(/\r\n|\r|\n/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

const encoder = new TextEncoder();

/** Fold a content line to at most 75 octets per physical line (RFC 5545 §3.1). */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let cur = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (bytes + n > limit) {
      parts.push(cur);
      cur = '';
      bytes = 0;
      limit = 74; // continuation lines begin with one space
    }
    cur += ch;
    bytes += n;
  }
  parts.push(cur);
  return parts.join('\r\n ');
}

/** 2026-11-22T02:05:00.000Z → 20261122T020500Z */
export function icsUtc(iso: string | Date): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  return d
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

const icsDate = (ymd: string) => ymd.replace(/-/g, '');

export interface IcsOptions {
  /** DTSTAMP (default: now) */
  now?: Date;
}

export function toIcs(records: readonly CommitmentRecord[], opts: IcsOptions = {}): string {
  const stamp = icsUtc(opts.now ?? new Date());
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${ICS_PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText('Janji publik (Saring)')}`,
  ];
  for (const r of records) {
    if (!r.due) continue;
    const title = r.action || r.text;
    const prefix = r.status === 'done' ? 'Selesai: ' : r.status === 'dropped' ? 'Dibatalkan: ' : 'Janji: ';
    const desc = [
      r.text,
      r.deadlinePhrase
        ? `Tenggat: “${r.deadlinePhrase}”${r.precision !== 'day' && PRECISION_ID[r.precision] ? ` (perkiraan, ketepatan ${PRECISION_ID[r.precision]})` : ''}`
        : '',
      `Status: ${STATUS_ID[r.status]}`,
      `Platform: ${platformLabel(r.platform)}`,
      `Tautan: ${r.url}`,
      r.notes ? `Catatan: ${r.notes}` : '',
      r.evidenceUrl ? `Bukti: ${r.evidenceUrl}` : '',
    ].filter(Boolean);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${r.id}@saring.local`,
      `DTSTAMP:${stamp}`,
      `CREATED:${icsUtc(r.capturedAt)}`,
      `LAST-MODIFIED:${icsUtc(r.updatedAt)}`,
      `DTSTART;VALUE=DATE:${icsDate(r.due)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(r.due, 1))}`,
      `SUMMARY:${icsText(prefix + title)}`,
      `DESCRIPTION:${icsText(desc.join('\n'))}`,
      // URI value, not TEXT: no escaping; the URL was validated as http(s) and holds no line breaks.
      `URL:${r.url.replace(/[\r\n]/g, '')}`,
      `STATUS:${r.status === 'dropped' ? 'CANCELLED' : 'CONFIRMED'}`,
      'TRANSP:TRANSPARENT',
      `CATEGORIES:${icsText('Janji publik')}`,
    );
    if (r.status === 'open') {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${icsText(prefix + title)}`, 'TRIGGER:-PT16H', 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
