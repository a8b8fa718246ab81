import { cleanup } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import type { PopupWriteRequest } from '@/lib/messages/schema';
import type { SaringDB } from '@/lib/store/db';
import { CommitmentRepository } from '@/lib/store/repository';
import { createRequestHandler } from '@/lib/store/service';
import { freshDb } from '../store/helpers';
import { installMessages } from './setup';

export const EXT = 'test-extension-id';
export const ORIGIN = `chrome-extension://${EXT}/`;

/** What a popup test works with: a fresh database, its one writer, and the writes the popup sent. */
export interface PopupHarness {
  db: SaringDB;
  repo: CommitmentRepository;
  /** Every write request the popup sent, in order. */
  sent: PopupWriteRequest[];
  /** The popup's writes go through the real background handler, as an extension page's would. */
  send: (req: PopupWriteRequest) => Promise<any>;
}

/**
 * Registers the popup tests' lifecycle (Indonesian messages; a fresh database and repository per test whose
 * clock ticks a second per write; cleanup and deletion afterwards) and returns the live harness.
 */
export function setUpPopupHarness(): PopupHarness {
  const harness = {} as PopupHarness;
  beforeAll(async () => {
    await installMessages('id');
  });
  beforeEach(() => {
    const db = freshDb();
    let clock = new Date(2026, 10, 22, 9, 0);
    const repo = new CommitmentRepository(db, { now: () => (clock = new Date(clock.getTime() + 1000)) });
    const handle = createRequestHandler({ repo, extensionId: EXT, extensionOrigin: ORIGIN });
    const sent: PopupWriteRequest[] = [];
    Object.assign(harness, {
      db,
      repo,
      sent,
      send: (req: PopupWriteRequest) => {
        sent.push(req);
        return handle(req, { id: EXT, url: `${ORIGIN}popup.html` }) as Promise<any>;
      },
    });
  });
  afterEach(async () => {
    cleanup();
    harness.db.close();
    await Dexie.delete(harness.db.name);
  });
  return harness;
}
