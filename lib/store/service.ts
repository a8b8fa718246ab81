/**
 * The background's request handler: validate (zod) → check who is asking → repository. Never throws;
 * every failure becomes an `{ ok: false, error }` response. Kept apart from entrypoints/background.ts so
 * that it can be tested without a service worker.
 */
import { parseRequest, type BackgroundRequest, type ErrorResponse, type PopupWriteResponse } from '../messages/schema';
import type { CaptureResponse, OverdueResponse } from '../messages/types';
import { describeImportError, parseJsonImport } from '../export/json';
import { allowableContact } from '../settings/forms';
import type { CommitmentRepository } from './repository';

/** The parts of runtime.MessageSender we look at. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
}

export type OverdueCountResponse = OverdueResponse & { ok: true };
export type HandlerResponse = CaptureResponse | OverdueCountResponse | PopupWriteResponse | ErrorResponse;

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

  return async function handle(message: unknown, sender: SenderInfo | undefined): Promise<HandlerResponse> {
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
          const { ids, saved } = await deps.repo.capture(req);
          if (saved > 0) await changed();
          return { ok: true, saved, ids };
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
  };
}

function isType(message: unknown, type: string): boolean {
  return !!message && typeof message === 'object' && (message as { type?: unknown }).type === type;
}
