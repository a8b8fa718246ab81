/**
 * The analyzer bundle, injected by the background into a frame's isolated world the first time a compose
 * box there takes focus (see lib/compose/analyzer-injection.ts). Keeping it out of the content script
 * means a page without a compose box loads and runs only the small compose shell.
 */
import { defineUnlistedScript } from '#imports';
import { analyze } from '../lib/analyze/index';
import { ANALYZER_GLOBAL } from '../lib/compose/extension-services';

export default defineUnlistedScript(() => {
  (globalThis as unknown as Record<string, typeof analyze>)[ANALYZER_GLOBAL] = analyze;
});
