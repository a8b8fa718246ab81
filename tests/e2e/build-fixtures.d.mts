export const BUILD_DIR: string;
export const SITES_DIR: string;
export const ENTRIES: Record<string, string | string[]>;
export const FIXTURE_HOSTS: string[];
export function buildFixtures(opts?: { quiet?: boolean }): Promise<string>;
