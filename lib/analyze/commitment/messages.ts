/**
 * What each commitment finding says, Indonesian first. The kinds that use them are declared in ./kinds.ts.
 */
import { formatLong } from '../../dates';
import type { Msg } from '../types';

/** commitment.firm with a deadline: when it falls due and that it will be logged. */
export function datedMsg(date: Parameters<typeof formatLong>[0], phrase: string): Msg {
  return {
    id: `Janji publik: tenggat ${formatLong(date, 'id')} (“${phrase}”). Akan dicatat saat dikirim dan diingatkan menjelang tenggat.`,
    en: `Public promise, due ${formatLong(date, 'en')} (“${phrase}”). Logged when you post; you will be reminded before it falls due.`,
  };
}

/** commitment.vague: a hedge ("secepatnya") instead of a date; `example` is a concrete date to suggest. */
export function vagueMsg(example: string, exampleEn: string): Msg {
  return {
    id: `Janji tanpa waktu yang jelas. Warga akan menagihnya: sebut tanggal konkret, mis. “paling lambat ${example}”.`,
    en: `Promise without a clear deadline. Citizens will hold you to it: name a concrete date, e.g. “by ${exampleEn}”.`,
  };
}

/** commitment.firm without a deadline. */
export function undatedMsg(example: string, exampleEn: string): Msg {
  return {
    id: `Janji publik tanpa tenggat. Tambahkan tanggal (mis. “paling lambat ${example}”) agar bisa dipantau dan diingatkan.`,
    en: `Public promise without a deadline. Add a date (e.g. “by ${exampleEn}”) so it can be tracked and reminded.`,
  };
}
