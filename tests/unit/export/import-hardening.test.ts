/** Issue 15 item 5: import and settings transfer are strict, bounded, and the dedupe key is never trusted. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { parseJsonImport, toJsonExport } from '@/lib/export/json';
import { CommitmentRepository, dedupeKey } from '@/lib/store/repository';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings';
import { describeSettingsChanges, exportSettingsFile, parseSettingsFile, SETTINGS_FILE_MAX_BYTES } from '@/lib/settings/transfer';
import type { CommitmentRecord } from '@/lib/store/types';
import { freshDb } from '../store/helpers';

const AT = '2026-11-22T02:00:00.000Z';
const rec = (over: Partial<CommitmentRecord> = {}): CommitmentRecord => {
  const r: CommitmentRecord = {
    id: 'rec-1',
    text: 'Kami akan memperbaiki jalan Melati besok.',
    action: 'memperbaiki jalan',
    deadlinePhrase: 'besok',
    due: '2026-11-23',
    precision: 'day',
    vague: false,
    platform: 'x',
    url: 'https://x.com/pemkot/status/1',
    excerpt: 'Kami akan memperbaiki jalan Melati besok.',
    capturedAt: AT,
    status: 'open',
    statusHistory: [{ status: 'open', at: AT }],
    notes: '',
    evidenceUrl: null,
    updatedAt: AT,
    dedupeKey: '',
    ...over,
  };
  return { ...r, dedupeKey: over.dedupeKey ?? dedupeKey(r.text, r.url, r.due) };
};
const file = (records: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'saring-commitments', version: 1, exportedAt: AT, commitments: records, ...extra });
const refusal = (text: string) => {
  const r = parseJsonImport(text);
  return r.ok ? null : r.error;
};

const dbs: ReturnType<typeof freshDb>[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('commitment import', () => {
  it('refuses unknown fields in a record, its history and the envelope, naming the field', () => {
    expect(refusal(file([{ ...rec(), isAdmin: true }]))).toMatchObject({ code: 'record', index: 0, field: 'isAdmin', reason: 'unknown' });
    expect(refusal(file([{ ...rec(), statusHistory: [{ status: 'open', at: AT, by: 'x' }] }]))).toMatchObject({ code: 'record', field: 'statusHistory.0.by', reason: 'unknown' });
    expect(refusal(file([rec()], { __proto__x: 1 }))).toMatchObject({ code: 'envelope', field: '__proto__x', reason: 'unknown' });
    expect(parseJsonImport(file([rec()])).ok).toBe(true);
  });

  it('accepts dates from 2000-01-01 to 2100-12-31 only', () => {
    expect(parseJsonImport(file([rec({ due: '2000-01-01' })])).ok).toBe(true);
    expect(parseJsonImport(file([rec({ due: '2100-12-31' })])).ok).toBe(true);
    expect(refusal(file([rec({ due: '1999-12-31' })]))).toMatchObject({ field: 'due', reason: 'range' });
    expect(refusal(file([rec({ due: '2101-01-01' })]))).toMatchObject({ field: 'due', reason: 'range' });
    expect(refusal(file([rec({ due: '9999-12-31' })]))).toMatchObject({ field: 'due', reason: 'range' });
    expect(refusal(file([rec({ capturedAt: '1970-01-01T00:00:00.000Z' })]))).toMatchObject({ field: 'capturedAt', reason: 'range' });
    expect(refusal(file([rec({ updatedAt: '2200-01-01T00:00:00Z' })]))).toMatchObject({ field: 'updatedAt', reason: 'range' });
    expect(refusal(file([rec({ statusHistory: [{ status: 'open', at: '1900-01-01T00:00:00Z' }] })]))).toMatchObject({ field: 'statusHistory.0.at', reason: 'range' });
    expect(refusal(file([rec()], { exportedAt: '3000-01-01T00:00:00Z' }))).toMatchObject({ code: 'envelope', field: 'exportedAt', reason: 'range' });
    // a bad date is still reported as a bad date
    expect(refusal(file([rec({ due: '2026-02-30' })]))).toMatchObject({ field: 'due', reason: 'date' });
  });

  it('recomputes the dedupe key: a crafted key cannot make a new promise pass for a stored one', async () => {
    const db = freshDb();
    dbs.push(db);
    const repo = new CommitmentRepository(db);
    const stored = rec();
    await repo.importCommitments([stored]);
    // another promise (other text) carrying the stored one's key
    const crafted = rec({ id: 'rec-2', text: 'Bantuan sosial kami salurkan besok.', dedupeKey: stored.dedupeKey });
    const parsed = parseJsonImport(file([crafted]));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.commitments[0].dedupeKey).toBe(dedupeKey(crafted.text, crafted.url, crafted.due));
    expect(await repo.importCommitments(parsed.commitments)).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await db.commitments.count()).toBe(2);
    // junk keys are replaced too
    const junk = parseJsonImport(file([rec({ id: 'rec-3', url: 'https://x.com/b', dedupeKey: '=HYPERLINK("x")' })]));
    expect(junk.ok && junk.commitments[0].dedupeKey).toBe(dedupeKey(stored.text, 'https://x.com/b', stored.due));
  });

  it('keeps the captured deadline of a key whose deadline was edited, so the round trip is exact', () => {
    const edited = rec({ due: '2026-11-30', dedupeKey: dedupeKey(rec().text, rec().url, '2026-11-23') });
    const parsed = parseJsonImport(toJsonExport([edited]));
    expect(parsed.ok && parsed.commitments[0].dedupeKey).toBe(edited.dedupeKey);
  });
});

describe('settings file', () => {
  const good = () => JSON.parse(exportSettingsFile(structuredClone(DEFAULT_SETTINGS) as Settings));
  it('refuses unknown fields anywhere, naming them', () => {
    const top = good();
    top.extra = 1;
    expect(parseSettingsFile(JSON.stringify(top))).toEqual({ ok: false, error: 'errors.file', details: ['extra'] });
    const nested = good();
    nested.settings.analyzer.remoteUrl = 'https://evil.example';
    expect(parseSettingsFile(JSON.stringify(nested))).toEqual({ ok: false, error: 'errors.file', details: ['settings.analyzer.remoteUrl'] });
    const fact = good();
    fact.settings.analyzer.verifiedFacts = [{ label: 'Kemiskinan', value: 9.5, source: 'BPS', script: 'x' }];
    expect(parseSettingsFile(JSON.stringify(fact)).ok).toBe(false);
    expect(parseSettingsFile(JSON.stringify(good())).ok).toBe(true);
  });
  it('refuses a file over the size limit without parsing it', () => {
    expect(parseSettingsFile(' '.repeat(SETTINGS_FILE_MAX_BYTES + 1))).toEqual({ ok: false, error: 'errors.fileTooLarge', details: [] });
  });
  it('round-trips the incognito setting', () => {
    const s = { ...(structuredClone(DEFAULT_SETTINGS) as Settings), captureIncognito: true };
    const r = parseSettingsFile(exportSettingsFile(s));
    expect(r.ok && r.settings.captureIncognito).toBe(true);
  });
});

describe('describeSettingsChanges', () => {
  const base = () => structuredClone(DEFAULT_SETTINGS) as Settings;
  it('nothing for the same settings', () => {
    expect(describeSettingsChanges(base(), base())).toEqual([]);
  });
  it('names what weakens protection first', () => {
    const next = base();
    next.officeName = 'Dinas Kominfo';
    next.enabled = false;
    next.analyzer.disabledRules = ['pii', 'tone.insult'];
    next.analyzer.allowlist = ['0812-3456-7890'];
    next.captureIncognito = true;
    const changes = describeSettingsChanges(base(), next);
    expect(changes.map((c) => [c.key, c.subs, c.risky])).toEqual([
      ['off', [], true],
      ['categoryOff', ['pii'], true],
      ['rulesOff', ['tone.insult'], true],
      ['allowAdded', ['0812-3456-7890'], true],
      ['incognitoOn', [], true],
      ['officeName', ['Dinas Kominfo'], false],
    ]);
  });
  it('turning checks back on is not risky; long lists are shortened', () => {
    const cur = base();
    cur.analyzer.disabledRules = ['pii'];
    cur.analyzer.sensitivity = 'low';
    const next = base();
    next.disabledSites = ['a.id', 'b.id', 'c.id', 'd.id', 'e.id', 'f.id', 'g.id'];
    const changes = describeSettingsChanges(cur, next);
    expect(changes).toContainEqual({ key: 'categoryOn', subs: ['pii'], risky: false });
    expect(changes).toContainEqual({ key: 'sensitivity', subs: ['low', 'normal'], risky: false });
    expect(changes).toContainEqual({ key: 'sitesOff', subs: ['a.id, b.id, c.id, d.id, e.id +2'], risky: true });
  });
});
