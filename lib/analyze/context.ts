/**
 * The shared views every rule reads, built once per text. Kept apart from the rule registry so code that
 * runs a few rules (the background's masking) needs no more than this.
 */
import { withDefaults } from './settings';
import { foldLower, splitSentences } from './text/fold';
import { viewOf } from './tone/normalize';
import type { AnalyzeOptions, RuleContext } from './types';

/** Jakarta (WIB) unless told otherwise. */
export const DEFAULT_TZ_OFFSET_MINUTES = 7 * 60;

/** The shared views every rule reads (exported for the per-rule benchmark). */
export function makeContext(text: string, options: AnalyzeOptions = {}): RuleContext {
  const lower = foldLower(text);
  return {
    text,
    now: options.now && !Number.isNaN(options.now.getTime()) ? options.now : new Date(),
    tzOffsetMinutes: options.tzOffsetMinutes ?? DEFAULT_TZ_OFFSET_MINUTES,
    settings: withDefaults(options.settings),
    lower,
    sentences: splitSentences(text),
    get tokens() {
      return viewOf(text, lower);
    },
  };
}
