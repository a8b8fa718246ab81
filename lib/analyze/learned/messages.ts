/**
 * What a learned finding says, Indonesian first: what the model read and the words that weighed most.
 * The kinds are declared in ./kinds.ts.
 */
import type { Msg } from '../types';

const q = (ws: string[]) => ws.map((w) => `“${w}”`).join(', ');
const WHAT: Record<string, Msg> = {
  'tone.condescension': { id: 'terkesan merendahkan atau menggurui', en: 'sounds condescending' },
  'tone.dismissive': { id: 'terkesan meremehkan keluhan', en: 'sounds dismissive' },
  'tone.sarcasm': { id: 'terbaca sebagai sindiran', en: 'reads as sarcasm' },
  'tone.threat': { id: 'terbaca sebagai ancaman terselubung', en: 'reads as a veiled threat' },
  'tone.sara': { id: 'menyamaratakan atau menyudutkan suatu golongan (SARA)', en: 'stereotypes or targets a group (SARA)' },
  'neutrality.partisan': { id: 'terbaca memihak calon atau partai', en: 'reads as partisan' },
};
const FIX: Record<string, Msg> = {
  'neutrality.partisan': { id: 'ASN wajib netral; sampaikan informasi pemilu tanpa ajakan.', en: 'Civil servants must stay neutral; inform without urging.' },
};
const FIX_TONE: Msg = {
  id: 'Tulis secara lugas dan sopan, akui masalahnya dan tawarkan langkah berikutnya.',
  en: 'Say it plainly and politely, acknowledge the problem and offer a next step.',
};

export function message(rule: string, words: string[]): Msg {
  const what = WHAT[rule] ?? WHAT['tone.condescension'];
  const fix = FIX[rule] ?? FIX_TONE;
  const why = words.length ? { id: ` (terutama ${q(words)})`, en: ` (mostly ${q(words)})` } : { id: '', en: '' };
  return {
    id: `Menurut model pembelajaran, kalimat ini ${what.id}${why.id}. ${fix.id}`,
    en: `The learned model finds this sentence ${what.en}${why.en}. ${fix.en}`,
  };
}
