import { PLATFORMS } from './index';

/** The content script's match patterns and the host permissions at install: the platforms only. */
export const PLATFORM_MATCHES: string[] = PLATFORMS.flatMap((p) => p.matches);
