// Imported first by the reminder tests: the user's time zone is Jakarta (UTC+7, no daylight saving).
// Vitest runs each file in its own process (forks pool), where Node honours a TZ set at run time.
process.env.TZ = 'Asia/Jakarta';

/** A Jakarta wall-clock time. */
export function wib(y: number, m: number, d: number, h = 0, min = 0): Date {
  return new Date(Date.UTC(y, m - 1, d, h - 7, min));
}
