/**
 * The analyzer bundle, injected by the background into a frame's isolated world the first time a compose
 * box there takes focus (see lib/compose/analyzer-injection.ts). It carries the analyzer and the compose
 * side (controller, <saring-ui>, settings): the content script itself is only a focus listener, so a page
 * without a compose box loads and runs almost nothing (issue 17).
 */
import { defineUnlistedScript } from '#imports';
import { analyze } from '../lib/analyze/index';
import { ANALYZER_GLOBAL, COMPOSE_GLOBAL } from '../lib/compose/globals';
import { startCompose } from '../lib/compose/start';

export default defineUnlistedScript(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  g[ANALYZER_GLOBAL] = analyze;
  g[COMPOSE_GLOBAL] = startCompose;
});
