/**
 * The commitment repository: the ONLY code that writes the commitment database. The background service
 * worker owns the single instance; the popup reads straight from Dexie and asks the background to write.
 */
import Dexie from 'dexie';
import type { CaptureRequest, CapturedCommitment } from '../messages/types';
import { localYmd } from './dates';
import { type SaringDB } from './db';
import { mergeIntoDb, type MergeSummary } from './merge';
import type { CommitmentPatch, CommitmentRecord, CommitmentStatus } from './types';
import { maskForLog, maskPatch, maskRecord } from './mask';
import { dedupeKey, importedKey } from './keys';

export const EXCERPT_MAX = 280;
export const POST_TEXT_MAX = 2000;

export class CommitmentNotFoundError extends Error {
  constructor(id: string) {
    super(`commitment not found: ${id}`);
    this.name = 'CommitmentNotFoundError';
  }
}

export { dedupeKey, importedKey, normaliseText, normaliseUrl } from './keys';

/** At most `max` characters of `post` around [start, end), cut at word boundaries, with ellipses. */
export function makeExcerpt(post: string, c: Pick<CapturedCommitment, 'text' | 'start' | 'end'>, max = EXCERPT_MAX): string {
  let start = c.start;
  let end = c.end;
  // The offsets refer to the sent text; if they do not fit it, look for the sentence instead.
  if (!(end > start && end <= post.length)) {
    const at = post.indexOf(c.text.trim());
    if (at >= 0) {
      start = at;
      end = at + c.text.trim().length;
    } else {
      post = c.text;
      start = 0;
      end = post.length;
    }
  }
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (clean(post).length <= max) return clean(post);
  const budget = max - 2; // room for the ellipses
  let from: number;
  let to: number;
  if (end - start >= budget) {
    from = start;
    to = start + budget;
  } else {
    const pad = Math.floor((budget - (end - start)) / 2);
    from = Math.max(0, start - pad);
    to = Math.min(post.length, from + budget);
    from = Math.max(0, to - budget);
  }
  // Move inwards to word boundaries, without cutting into the promise.
  if (from > 0) {
    const sp = post.indexOf(' ', from);
    if (sp >= 0 && sp < start) from = sp + 1;
  }
  if (to < post.length) {
    const sp = post.lastIndexOf(' ', to);
    if (sp > end) to = sp;
  }
  let out = clean(post.slice(from, to));
  if (from > 0) out = '…' + out;
  if (to < post.length) out = out + '…';
  return out.length <= max ? out : out.slice(0, max - 1) + '…';
}

export interface CaptureResult {
  ids: string[];
  /** how many new records were written */
  saved: number;
}

export interface ImportSummary {
  /** records that were not in the database */
  added: number;
  /** records replaced by a newer version from the file (same id, later updatedAt) */
  updated: number;
  /** records already present (same id and not newer, or the same promise under another id) */
  unchanged: number;
}

export interface ListQuery {
  status?: CommitmentStatus | CommitmentStatus[];
  /** only commitments with a due date on or before this YYYY-MM-DD */
  dueBefore?: string;
}

export interface RepositoryOptions {
  /** clock, for tests */
  now?: () => Date;
  /** id generator, for tests */
  newId?: () => string;
}

export class CommitmentRepository {
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(
    readonly db: SaringDB,
    opts: RepositoryOptions = {},
  ) {
    this.now = opts.now ?? (() => new Date());
    this.newId = opts.newId ?? (() => crypto.randomUUID());
  }

  /**
   * Save the commitments of a sent post. Idempotent: a commitment already saved (same dedupe key) is not
   * saved again; its existing id is returned. Returns ids in the order of `req.commitments`.
   */
  async capture(req: CaptureRequest): Promise<CaptureResult> {
    const postText = req.postText.slice(0, POST_TEXT_MAX);
    const capturedAt = isIso(req.sentAt) ? new Date(req.sentAt).toISOString() : this.now().toISOString();
    const ids: string[] = [];
    let saved = 0;
    // the single writer masks personal data whatever the sender did (issue 15): see ./mask.ts
    const maskedPost = maskForLog(postText);
    for (const raw of req.commitments) {
      const c = { ...raw, text: maskForLog(raw.text), action: maskForLog(raw.action), deadlinePhrase: maskForLog(raw.deadlinePhrase) };
      const key = dedupeKey(c.text, req.url, c.due);
      const record: CommitmentRecord = {
        id: this.newId(),
        text: c.text.trim(),
        action: c.action.trim(),
        deadlinePhrase: c.deadlinePhrase.trim(),
        due: c.due,
        precision: c.precision,
        vague: c.vague,
        platform: req.platform,
        url: req.url,
        excerpt: excerptOf(postText, maskedPost, raw, c.text),
        capturedAt,
        status: 'open',
        statusHistory: [{ status: 'open', at: capturedAt }],
        notes: '',
        evidenceUrl: null,
        updatedAt: this.now().toISOString(),
        dedupeKey: key,
      };
      const id = await this.insertUnique(record);
      if (id === record.id) saved++;
      ids.push(id);
    }
    return { ids, saved };
  }

  /** Insert, or return the id of the record that already has this dedupe key. */
  private async insertUnique(record: CommitmentRecord): Promise<string> {
    const { commitments } = this.db;
    try {
      return await this.db.transaction('rw', commitments, async () => {
        const existing = await commitments.where('dedupeKey').equals(record.dedupeKey).first();
        if (existing) return existing.id;
        await commitments.add(record);
        return record.id;
      });
    } catch (e) {
      // Another context won the race between our lookup and add: the unique index refused the second.
      if (e instanceof Dexie.ConstraintError || (e as { name?: string })?.name === 'ConstraintError') {
        const existing = await commitments.where('dedupeKey').equals(record.dedupeKey).first();
        if (existing) return existing.id;
      }
      throw e;
    }
  }

  /** Change the status; the change is appended to the history. Setting the current status is a no-op. */
  async setStatus(id: string, status: CommitmentStatus): Promise<CommitmentRecord> {
    return this.modify(id, (r) => {
      if (r.status === status) return false;
      const at = this.now().toISOString();
      r.status = status;
      r.statusHistory = [...r.statusHistory, { status, at }];
      r.updatedAt = at;
      return true;
    });
  }

  /** Undo the last status change: drop it from the history and restore the one before. */
  async undoStatus(id: string): Promise<CommitmentRecord> {
    return this.modify(id, (r) => {
      if (r.statusHistory.length < 2) return false;
      const history = r.statusHistory.slice(0, -1);
      r.statusHistory = history;
      r.status = history[history.length - 1].status;
      r.updatedAt = this.now().toISOString();
      return true;
    });
  }

  /** Edit fields (text, action, deadline, notes, evidence link). The dedupe key stays as captured. */
  async update(id: string, edit: CommitmentPatch): Promise<CommitmentRecord> {
    const patch = maskPatch(edit); // an edit is masked like a capture (issue 15)
    return this.modify(id, (r) => {
      let changed = false;
      for (const [k, v] of Object.entries(patch) as [keyof CommitmentPatch, unknown][]) {
        if (v === undefined) continue;
        const value = typeof v === 'string' && k !== 'evidenceUrl' ? (k === 'notes' ? v : v.trim()) : v;
        if ((r as unknown as Record<string, unknown>)[k] !== value) {
          (r as unknown as Record<string, unknown>)[k] = value;
          changed = true;
        }
      }
      if (changed) r.updatedAt = this.now().toISOString();
      return changed;
    });
  }

  /**
   * Import whole records (already validated, e.g. by lib/export parseJsonImport) in ONE transaction:
   * either all of them are written or, on any failure, none. Matching is by id first, then by dedupe key,
   * so importing the same file twice adds nothing. A record whose id exists is replaced only when the
   * file's copy was changed later (updatedAt); a different record for the same promise is kept as it is.
   */
  async importCommitments(input: readonly CommitmentRecord[]): Promise<ImportSummary> {
    const { commitments } = this.db;
    const { records, duplicates } = maskImported(input);
    return this.db.transaction('rw', commitments, async () => {
      const existing = await commitments.bulkGet(records.map((r) => r.id));
      const missingKeys = records.filter((_, i) => !existing[i]).map((r) => r.dedupeKey);
      const taken = new Set(
        missingKeys.length ? (await commitments.where('dedupeKey').anyOf(missingKeys).toArray()).map((r) => r.dedupeKey) : [],
      );
      const put: CommitmentRecord[] = [];
      let added = 0;
      let updated = 0;
      let unchanged = duplicates;
      records.forEach((r, i) => {
        const old = existing[i];
        if (old) {
          if (Date.parse(r.updatedAt) > Date.parse(old.updatedAt)) {
            put.push(r);
            updated++;
          } else unchanged++;
        } else if (taken.has(r.dedupeKey)) {
          unchanged++;
        } else {
          put.push(r);
          added++;
        }
      });
      if (put.length) await commitments.bulkPut(put);
      return { added, updated, unchanged };
    });
  }

  /**
   * Merge several exports into the log (a team's files), all or nothing: the same promise (dedupe key) is
   * merged — status histories united, the newest status wins — see ./merge.ts.
   */
  async mergeImport(files: readonly (readonly CommitmentRecord[])[]): Promise<MergeSummary> {
    // masked, with keys recomputed; the same promise twice after masking is merged like any duplicate
    return mergeIntoDb(this.db, files.map((f) => f.map(maskAndKey)), this.newId);
  }

  private async modify(id: string, change: (r: CommitmentRecord) => boolean): Promise<CommitmentRecord> {
    const { commitments } = this.db;
    return this.db.transaction('rw', commitments, async () => {
      const r = await commitments.get(id);
      if (!r) throw new CommitmentNotFoundError(id);
      if (change(r)) await commitments.put(r);
      return r;
    });
  }

  /** Deletes every commitment (the user confirmed it in the options page); returns how many. */
  async deleteAll(): Promise<number> {
    const n = await this.db.commitments.count();
    await this.db.commitments.clear();
    return n;
  }

  async get(id: string): Promise<CommitmentRecord | undefined> {
    return this.db.commitments.get(id);
  }

  /** Newest capture first. */
  async list(q: ListQuery = {}): Promise<CommitmentRecord[]> {
    return listCommitments(this.db, q);
  }

  /** Open commitments whose due date is before today (local calendar date of `now`). */
  async overdueCount(now: Date = this.now()): Promise<number> {
    return overdueCount(this.db, now);
  }
}

/**
 * The excerpt around the promise, from the masked post. The offsets refer to the unmasked text (masks can
 * change lengths), so the masked promise is looked up in the masked post; failing that, the excerpt of
 * the unmasked post is masked.
 */
function excerptOf(post: string, maskedPost: string, c: CapturedCommitment, maskedText: string): string {
  const needle = maskedText.trim();
  const at = needle ? maskedPost.indexOf(needle) : -1;
  const excerpt =
    at >= 0 ? makeExcerpt(maskedPost, { text: needle, start: at, end: at + needle.length }) : makeExcerpt(post, c);
  return maskForLog(excerpt);
}

/** A record as the writer stores it: free text masked, dedupe key recomputed from the masked text. */
function maskAndKey(r: CommitmentRecord): CommitmentRecord {
  const m = maskRecord(r);
  return { ...m, dedupeKey: importedKey(m, r.dedupeKey) };
}

/** Imported records masked and re-keyed; two that became the same promise keep the first. */
function maskImported(input: readonly CommitmentRecord[]): { records: CommitmentRecord[]; duplicates: number } {
  const seen = new Set<string>();
  const records: CommitmentRecord[] = [];
  for (const r of input) {
    const m = maskAndKey(r);
    if (seen.has(m.dedupeKey)) continue;
    seen.add(m.dedupeKey);
    records.push(m);
  }
  return { records, duplicates: input.length - records.length };
}

function isIso(s: string): boolean {
  return !Number.isNaN(new Date(s).getTime());
}

/** Read helpers usable from any extension page (they do not write). */
export async function listCommitments(db: SaringDB, q: ListQuery = {}): Promise<CommitmentRecord[]> {
  const statuses = q.status === undefined ? undefined : Array.isArray(q.status) ? q.status : [q.status];
  let rows = statuses
    ? await db.commitments.where('status').anyOf(statuses).toArray()
    : await db.commitments.toArray();
  if (q.dueBefore) rows = rows.filter((r) => r.due !== null && r.due <= q.dueBefore!);
  return rows.sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
}

export async function overdueCount(db: SaringDB, now: Date): Promise<number> {
  const today = localYmd(now);
  return db.commitments
    .where('[status+due]')
    .between(['open', Dexie.minKey], ['open', today], true, false)
    .count();
}
