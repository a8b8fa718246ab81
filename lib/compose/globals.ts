/**
 * Names of the functions /analyzer.js registers in the frame's isolated world when the background injects
 * it (entrypoints/analyzer.ts). Kept in a file of its own so the content script stays tiny (issue 17).
 */

/** lib/analyze's `analyze` */
export const ANALYZER_GLOBAL = '__saringAnalyze';

/** lib/compose/start.ts's `startCompose`: settings, the controller, its UI and observers */
export const COMPOSE_GLOBAL = '__saringCompose';
