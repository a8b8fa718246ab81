export * from './types';
export { SaringDB, getDb, DB_NAME, SCHEMA_VERSIONS, applySchema, type SchemaVersion } from './db';
export { CommitmentRepository, CommitmentNotFoundError, listCommitments, overdueCount, dedupeKey, makeExcerpt } from './repository';
export { deriveView, groupCommitments, groupOf, GROUP_ORDER, DUE_SOON_DAYS, type GroupId } from './derive';
export { formatDue, formatDateTime, localYmd, isYmd } from './dates';
export { queryGroups, emptyGroups, matchesSearch, searchTerms, PAGE_SIZE, type GroupPage, type GroupsResult, type GroupQuery } from './query';
export { seedCommitments, type SeedOptions } from './seed';
export type { ImportSummary } from './repository';
export { mergeRecord, unionHistory, type MergeSummary } from './merge';
