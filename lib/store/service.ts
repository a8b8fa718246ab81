/**
 * The background's request handler: validate (zod) → check who is asking → repository. Never throws;
 * every failure becomes an `{ ok: false, error }` response. Kept apart from entrypoints/background.ts so
 * that it can be tested without a service worker.
 */
import { parseRequest, type BackgroundRequest, type ErrorResponse, type PopupWriteResponse } from '../messages/schema';
import type { CaptureResponse, OverdueResponse } from '../messages/types';
import { describeImportError, parseJsonImport } from '../export/json';
import { allowableContact } from '../settings/forms';
import type { CaptureRequest } from '../messages/types';
import type { CommitmentRepository } from './repository';
import { SEND_WINDOW_MS, type PendingStore } from './pending';

/** The parts of runtime.MessageSender we look at (set by the browser, not by the sender). */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string; incognito?: boolean };
}

export type OverdueCountResponse = OverdueResponse & { ok: true };
export type HandlerResponse = CaptureResponse | OverdueCountResponse | PopupWriteResponse | ErrorResponse | { ok: true; cancelled: boolean };

export interface HandlerDeps {
  repo: CommitmentRepository;
  /** browser.runtime.id */
  extensionId: string;
  /** browser.runtime.getURL('/'), e.g. "chrome-extension://<id>/" */
  extensionOrigin: string;
  /** saves a validated allowlist entry (background: lib/settings addToAllowlist) */
  allowContact?: (value: string) => Promise<unknown>;
  /** called after a write that changed something (badge refresh) */
  onChange?: () => unknown;
  /** the user's "record from private windows" setting; without it, nothing is recorded from incognito tabs */
  captureIncognito?: () => Promise<boolean>;
  /** where captures wait (persisted before any other async work); without it captures are written at once */
  pending?: PendingStore;
  /** the send window for held captures (default SEND_WINDOW_MS) */
  sendWindowMs?: number;
  /** clock and timer, for tests */
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  /** id for a capture that arrives without a pendingId */
  newPendingId?: () => string;
}

const isHttp = (u: string | undefined): u is string => typeof u === 'string' && /^https?:\/\//i.test(u);

/**
 * The page a capture belongs to: the content script's URL when it is a web page; for an editor in an
 * about:srcdoc / about:blank frame, the tab's URL as the browser reports it (never the frame's).
 */
export function captureUrl(reqUrl: string, sender: SenderInfo | undefined): string | null {
  if (isHttp(reqUrl)) return reqUrl;
  const tabUrl = sender?.tab?.url;
  return isHttp(tabUrl) ? tabUrl : null;
}

type Role = 'content' | 'page' | 'none';

/** Who sent it: our content script (in a tab, not an extension page), our own page (popup), or anyone else. */
export function senderRole(sender: SenderInfo | undefined, deps: Pick<HandlerDeps, 'extensionId' | 'extensionOrigin'>): Role {
  if (!sender || !sender.id || sender.id !== deps.extensionId) return 'none';
  const url = sender.url ?? sender.origin ?? '';
  const ownPage = deps.extensionOrigin !== '' && url.startsWith(deps.extensionOrigin.replace(/\/?$/, '/'));
  if (ownPage) return 'page';
  if (sender.tab) return 'content';
  return 'none';
}

export function createRequestHandler(deps: HandlerDeps) {
  const changed = async () => {
    try {
      await deps.onChange?.();
    } catch {
      // a badge failure must not fail the write
    }
  };

  const now = deps.now ?? Date.now;
  const setTimer = deps.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const newPendingId = deps.newPendingId ?? (() => crypto.randomUUID());

  /** Log a pending capture (if it is still pending: a Cancel removes it) and forget it. */
  async function commit(id: string, req?: CaptureRequest): Promise<CaptureResponse> {
    const entry = deps.pending ? await deps.pending.get(id) : undefined;
    const request = entry?.req ?? req;
    if (!request) return { ok: true, saved: 0, ids: [] }; // cancelled
    const { ids, saved } = await deps.repo.capture(request);
    if (deps.pending) await deps.pending.remove(id);
    if (saved > 0) await changed();
    return { ok: true, saved, ids };
  }

  function commitLater(id: string, ms: number): void {
    setTimer(() => {
      void commit(id).catch((e: unknown) => console.warn('[Saring] pending capture', e)); // stays pending: retried on the next start
    }, Math.max(0, ms));
  }

  /**
   * On start: every capture still pending (the worker stopped, the browser closed) is logged — now if its
   * send window is over, else when it ends.
   */
  async function drainPending(): Promise<number> {
    if (!deps.pending) return 0;
    let n = 0;
    for (const e of await deps.pending.all()) {
      const wait = e.due - now();
      if (wait > 0) commitLater(e.id, wait);
      else {
        try {
          await commit(e.id);
          n++;
        } catch (err) {
          console.warn('[Saring] pending capture', err);
        }
      }
    }
    return n;
  }

  async function handle(message: unknown, sender: SenderInfo | undefined): Promise<HandlerResponse> {
    const parsed = parseRequest(message);
    if (!parsed.ok) {
      if (isType(message, 'commitments/capture')) return { ok: false, saved: 0, ids: [], error: parsed.error };
      return { ok: false, error: parsed.error };
    }
    const req: BackgroundRequest = parsed.request;
    const role = senderRole(sender, deps);
    try {
      switch (req.type) {
        case 'commitments/capture': {
          if (role !== 'content') return { ok: false, saved: 0, ids: [], error: 'forbidden: capture only from a content script' };
          const url = captureUrl(req.url, sender);
          if (!url) return { ok: false, saved: 0, ids: [], error: 'invalid commitments/capture: no page URL' };
          const request: CaptureRequest = { ...req, url };
          delete request.pendingId;
          const held = req.pendingId !== undefined && deps.pending !== undefined;
          const id = req.pendingId ?? newPendingId();
          const windowMs = deps.sendWindowMs ?? SEND_WINDOW_MS;
          const tabId = sender?.tab?.id;
          // a private window: nothing of it is stored, not even as pending, unless the user allowed it
          if (sender?.tab?.incognito && !(deps.captureIncognito ? await deps.captureIncognito() : false)) {
            return { ok: false, saved: 0, ids: [], error: 'forbidden: not recorded from a private (incognito) window; see Options' };
          }
          // persisted first, before any other async work: the tab may close, the worker may stop
          if (deps.pending) await deps.pending.put({ id, req: request, due: now() + (held ? windowMs : 0), ...(tabId !== undefined ? { tabId } : {}) });
          if (held) {
            commitLater(id, windowMs);
            return { ok: true, saved: 0, ids: [], pending: true };
          }
          return await commit(id, request); // awaited here, so a failure is caught below
        }
        case 'commitments/cancel-capture': {
          if (role !== 'content' || !deps.pending) return { ok: false, error: 'forbidden' };
          const entry = await deps.pending.get(req.pendingId);
          // only the tab that sent it may cancel it, and only while it is held
          if (!entry || entry.tabId !== sender?.tab?.id) return { ok: true, cancelled: false };
          await deps.pending.remove(req.pendingId);
          return { ok: true, cancelled: true };
        }
        case 'commitments/overdue-count': {
          // extension pages only: the in-page UI shows nothing of the log, so a page cannot learn it
          if (role !== 'page') return { ok: false, error: 'forbidden' };
          return { ok: true, overdue: await deps.repo.overdueCount() };
        }
        case 'commitments/set-status':
        case 'commitments/undo-status':
        case 'commitments/update': {
          if (role !== 'page') return { ok: false, error: 'forbidden: only extension pages may edit commitments' };
          const commitment =
            req.type === 'commitments/set-status'
              ? await deps.repo.setStatus(req.id, req.status)
              : req.type === 'commitments/undo-status'
                ? await deps.repo.undoStatus(req.id)
                : await deps.repo.update(req.id, req.patch);
          await changed();
          return { ok: true, commitment };
        }
        case 'commitments/import': {
          if (role !== 'page') return { ok: false, error: 'forbidden: only extension pages may import' };
          const parsed = parseJsonImport(req.text);
          if (!parsed.ok) return { ok: false, error: describeImportError(parsed.error), importError: parsed.error };
          const imported = await deps.repo.importCommitments(parsed.commitments);
          if (imported.added + imported.updated > 0) await changed();
          return { ok: true, imported };
        }
        case 'commitments/merge': {
          if (role !== 'page') return { ok: false, error: 'forbidden: only extension pages may import' };
          const files = [];
          for (const [i, f] of req.files.entries()) {
            const parsed = parseJsonImport(f.text);
            if (!parsed.ok) return { ok: false, error: `file ${i + 1}: ${describeImportError(parsed.error)}`, importError: parsed.error, file: i };
            files.push(parsed.commitments);
          }
          const merged = await deps.repo.mergeImport(files);
          if (merged.added + merged.updated > 0) await changed();
          return { ok: true, merged };
        }
        case 'settings/allow': {
          if (role !== 'content') return { ok: false, error: 'forbidden: allow only from the in-page panel' };
          const checked = allowableContact(req.rule, req.value);
          if (!checked.ok) return { ok: false, error: `invalid settings/allow: ${checked.error}` };
          if (!deps.allowContact) return { ok: false, error: 'unavailable' };
          await deps.allowContact(checked.value);
          return { ok: true };
        }
        case 'commitments/delete-all': {
          if (role !== 'page') return { ok: false, error: 'forbidden: only extension pages may delete' };
          const deleted = await deps.repo.deleteAll();
          await changed();
          return { ok: true, deleted };
        }
      }
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      if (req.type === 'commitments/capture') return { ok: false, saved: 0, ids: [], error };
      return { ok: false, error };
    }
    return { ok: false, error: 'unhandled' };
  }

  return Object.assign(handle, { drainPending });
}

function isType(message: unknown, type: string): boolean {
  return !!message && typeof message === 'object' && (message as { type?: unknown }).type === type;
}
