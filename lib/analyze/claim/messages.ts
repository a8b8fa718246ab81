/**
 * What the user reads on a claim card: Indonesian first, English too. Short, concrete, polite:
 * which part is the claim and what would make it safe.
 */
import type { Msg, VerifiedFact } from '../types';

export type ClaimKind =
  | 'statistic'
  | 'comparative'
  | 'causal'
  | 'hearsay'
  | 'share_bait'
  | 'absolute'
  | 'health'
  | 'policy'
  | 'contradicts_fact'
  | 'unverified';

/** A short quote of the claim part for the message. */
const WS_RUN_RE = /\s{2,}|[\t\n\r]/;
export function quote(s: string, max = 60): string {
  const t = WS_RUN_RE.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut) + '…';
}

export function claimMsg(kind: ClaimKind, part: string, extra?: { cue?: string; suggestion?: string }): Msg {
  const q = quote(part);
  switch (kind) {
    case 'statistic':
      return {
        id: `Angka "${q}" adalah klaim data. Sebutkan sumbernya (mis. BPS, dinas terkait, atau tautan .go.id) sebelum dibagikan.`,
        en: `The figure "${q}" is a data claim. Name its source (e.g. BPS, the agency, or a .go.id link) before posting.`,
      };
    case 'comparative':
      return {
        id: `"${q}" menyatakan perubahan atau peringkat. Sertakan data pembanding beserta sumbernya.`,
        en: `"${q}" states a change or a ranking. Add the comparison data and its source.`,
      };
    case 'causal':
      return {
        id: `"${q}" menyebut penyebab. Pastikan sudah dipastikan pihak berwenang, atau tulis sebagai dugaan yang masih diperiksa.`,
        en: `"${q}" names a cause. Make sure the responsible authority has confirmed it, or present it as a possibility under review.`,
      };
    case 'hearsay':
      return {
        id: `"${q}" berasal dari kabar yang belum jelas sumbernya. Konfirmasi dulu ke sumber resmi; jangan diteruskan sebelum terverifikasi.`,
        en: `"${q}" comes from a report with no clear source. Confirm it with an official source first; don't pass it on until verified.`,
      };
    case 'share_bait':
      return {
        id: `Ajakan "${q}" mendorong orang menyebarkan informasi sebelum dicek. Hapus ajakan ini dan pastikan isinya sudah terverifikasi.`,
        en: `"${q}" urges people to spread the message before checking it. Remove the call and make sure the content is verified.`,
      };
    case 'absolute':
      return extra?.suggestion
        ? {
            id: `"${q}" adalah pernyataan mutlak yang sulit dibuktikan. Lunakkan, mis. "${extra.suggestion}", atau sertakan dasar datanya.`,
            en: `"${q}" is an absolute statement that is hard to prove. Soften it (e.g. "${extra.suggestion}") or add the data behind it.`,
          }
        : {
            id: `"${q}" adalah pernyataan mutlak yang sulit dibuktikan. Lunakkan kalimatnya atau sertakan dasar datanya.`,
            en: `"${q}" is an absolute statement that is hard to prove. Soften it or add the data behind it.`,
          };
    case 'health':
      return {
        id: `"${q}" adalah klaim kesehatan yang belum terbukti. Jangan dibagikan tanpa rujukan resmi (Kemenkes, Dinkes, atau WHO).`,
        en: `"${q}" is an unproven health claim. Don't share it without an official reference (Ministry of Health, health office, or WHO).`,
      };
    case 'policy':
      return {
        id: `"${q}" mengumumkan kebijakan atau bantuan. Pastikan sudah resmi dan sertakan tautan pengumumannya (mis. situs .go.id).`,
        en: `"${q}" announces a policy or aid. Make sure it is official and link the announcement (e.g. a .go.id site).`,
      };
    case 'unverified':
      return {
        id: `"${q}" menyatakan sebuah fakta tanpa sumber. Pastikan kebenarannya dan sertakan sumber sebelum dibagikan.`,
        en: `"${q}" states a fact without a source. Check that it is true and add a source before posting.`,
      };
    default:
      return { id: `"${q}" perlu dicek kebenarannya.`, en: `"${q}" needs checking.` };
  }
}

export function sourcedMsg(part: string, source: string): Msg {
  const q = quote(part, 48);
  const s = quote(source, 40);
  return {
    id: `Klaim "${q}" sudah menyebut sumber (${s}). Pastikan sumbernya benar dan dapat dicek.`,
    en: `The claim "${q}" names a source (${s}). Make sure the source is right and can be checked.`,
  };
}

export function debunkMsg(part: string): Msg {
  const q = quote(part, 48);
  return {
    id: `"${q}" membantah sebuah kabar. Sertakan tautan klarifikasi resmi agar bantahannya kuat.`,
    en: `"${q}" refutes a report. Link the official clarification so the rebuttal holds.`,
  };
}

export function softMsg(kind: ClaimKind, part: string): Msg {
  const q = quote(part, 48);
  return kind === 'policy'
    ? {
        id: `"${q}" menyebut kebijakan atau layanan. Bila sudah ada pengumuman resmi, sertakan tautannya.`,
        en: `"${q}" mentions a policy or service. If there is an official announcement, link it.`,
      }
    : {
        id: `"${q}" memuat klaim ringan. Bila memungkinkan, sertakan sumbernya.`,
        en: `"${q}" contains a minor claim. Add its source where you can.`,
      };
}

function fmt(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('id-ID') : v.toLocaleString('id-ID', { maximumFractionDigits: 4 });
}

function withUnit(v: number, unit?: string): string {
  const u = (unit || '').trim();
  if (!u) return fmt(v);
  if (u === '%' || /^persen$/i.test(u)) return `${fmt(v)}%`;
  if (/^rp$/i.test(u)) return `Rp${fmt(v)}`;
  return `${fmt(v)} ${u}`;
}

export function contradictMsg(part: string, fact: VerifiedFact): Msg {
  const q = quote(part, 40);
  const val = withUnit(fact.value, fact.unit);
  const when = fact.date ? `, ${fact.date}` : '';
  return {
    id: `Angka "${q}" berbeda dengan data terverifikasi: ${fact.label} ${val} (sumber: ${fact.source}${when}). Periksa kembali angkanya atau sebutkan ` +
      `sumber yang lebih baru.`,
    en: `The figure "${q}" differs from your verified fact: ${fact.label} ${val} (source: ${fact.source}${when}). Check the figure or cite a newer source.`,
  };
}

export function matchMsg(part: string, fact: VerifiedFact): Msg {
  const q = quote(part, 40);
  return {
    id: `Angka "${q}" sesuai data terverifikasi (${fact.label}, sumber: ${fact.source}). Sebaiknya sebutkan sumbernya di unggahan.`,
    en: `The figure "${q}" matches your verified fact (${fact.label}, source: ${fact.source}). Consider citing the source in the post.`,
  };
}
