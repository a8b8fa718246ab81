/**
 * What each neutrality finding says, Indonesian first. The kinds that use them are declared in ./kinds.ts.
 */
import type { Msg } from '../types';

export const NEUTRALITY_MESSAGES: Record<string, (w: string) => Msg> = {
  'neutrality.vote_call': (w) => ({
    id: `Ajakan memilih atau tidak memilih peserta pemilu (“${w}”). ASN wajib netral (SKB 2022); hapus ajakan ini.`,
    en: `A call to vote for or against a contestant (“${w}”). Civil servants must stay neutral (SKB 2022); remove it.`,
  }),
  'neutrality.candidate_support': (w) => ({
    id: `Dukungan atau serangan terhadap calon/partai (“${w}”). ASN tidak boleh berpihak di media sosial; sampaikan informasi pemilu yang netral saja.`,
    en: `Support for or an attack on a candidate or party (“${w}”). Civil servants may not take sides on social media; keep to neutral election information.`,
  }),
  'neutrality.campaign': (w) => ({
    id: `Konten kampanye (“${w}”): ASN dilarang ikut, menyebarkan, menyukai, atau mengajak ke kegiatan kampanye.`,
    en: `Campaign content (“${w}”): civil servants may not join, share, like or promote campaign activity.`,
  }),
  'neutrality.hand_sign': (w) => ({
    id: `Simbol atau pose jari peserta pemilu (“${w}”) menunjukkan keberpihakan. ASN dilarang; hapus atau ganti fotonya.`,
    en: `A contestant's hand sign (“${w}”) shows partisanship, which civil servants may not do; remove it.`,
  }),
  'neutrality.hashtag': (w) => ({
    id: `Tagar kampanye (${w}). ASN dilarang ikut meramaikan tagar calon atau partai; hapus tagar ini.`,
    en: `A campaign hashtag (${w}). Civil servants may not promote candidates' or parties' hashtags; remove it.`,
  }),
  'neutrality.term': (w) => ({
    id: `Menyebut “${w}” (ada di daftar calon/partai/slogan pemilu Anda) bersama ajakan atau dukungan. ASN wajib netral.`,
    en: `Mentions “${w}” (on your list of election candidates, parties or slogans) with support or a call to act. Civil servants must stay neutral.`,
  }),
  'neutrality.mention': (w) => ({
    id: `Menyebut “${w}” dari daftar calon/partai pemilu. Pastikan isinya netral dan tidak bernada kampanye.`,
    en: `Mentions “${w}” from your election list. Make sure the post is neutral and not campaigning.`,
  }),
};
