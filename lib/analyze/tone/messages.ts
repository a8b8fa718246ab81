/**
 * What each tone finding says, Indonesian first. The kinds that use them are declared in ./kinds.ts.
 */
import type { Msg } from '../types';

const q = (s: string) => `“${s}”`;
export const MESSAGES: Record<string, (w: string) => Msg> = {
  'tone.profanity': (w) => ({
    id: `Kata kasar ${q(w)}. Akun resmi berbicara atas nama instansi; hapus atau ganti kata ini.`,
    en: `Profanity ${q(w)}. An official account speaks for the institution; remove or replace this word.`,
  }),
  'tone.insult': (w) => ({
    id: `Ejekan ${q(w)} merendahkan orang. Tanggapi isinya, bukan orangnya; hapus ungkapan ini.`,
    en: `Name-calling ${q(w)} belittles people. Answer the issue, not the person; remove it.`,
  }),
  'tone.sara': (w) => ({
    id: `Bernada SARA ${q(w)}: menyerang atau menyamaratakan suku, agama, ras, atau golongan. Jangan diunggah.`,
    en: `SARA hostility ${q(w)}: attacks or stereotypes an ethnic, religious, racial or social group. Do not post this.`,
  }),
  'tone.threat': (w) => ({
    id: `Terbaca sebagai ancaman ${q(w)}. Akun resmi tidak boleh mengintimidasi; sampaikan aturan dan prosedurnya saja.`,
    en: `Reads as a threat ${q(w)}. An official account must not intimidate; state the rule and the procedure instead.`,
  }),
  'tone.condescension': (w) => ({
    id: `Terkesan merendahkan atau menyalahkan warga ${q(w)}. Jelaskan dengan sabar dan tawarkan bantuan.`,
    en: `Sounds condescending or blaming ${q(w)}. Explain patiently and offer help.`,
  }),
  'tone.dismissive': (w) => ({
    id: `Terkesan meremehkan keluhan ${q(w)}. Akui masalahnya dan sebutkan langkah berikutnya.`,
    en: `Sounds dismissive ${q(w)}. Acknowledge the problem and say what happens next.`,
  }),
  'tone.sarcasm': (w) => ({
    id: `Terbaca sebagai sindiran ${q(w)}. Sarkasme mudah disalahpahami dan viral; tulis secara lugas dan sopan.`,
    en: `Reads as sarcasm ${q(w)}. Sarcasm is easily misread and goes viral; say it plainly and politely.`,
  }),
  'tone.hostility': (w) => ({
    id: `Bernada permusuhan ${q(w)}: tuduhan atau ajakan melawan orang atau kelompok memanaskan suasana. Akun resmi sebaiknya menenangkan; sampaikan ` +
      `kritik secara faktual.`,
    en: `Hostile wording ${q(w)}: accusations or calls against people or groups inflame things. An official account should calm; state criticism factually.`,
  }),
  'tone.custom': (w) => ({
    id: `${q(w)} ada di daftar kata yang dihindari instansi Anda. Ganti dengan kata lain.`,
    en: `${q(w)} is on your office's list of words to avoid. Use another word.`,
  }),
};

/** tone.shouting (./shouting.ts) */
export const SHOUTING_MSG: Msg = {
  id: 'Huruf kapital panjang dan tanda seru beruntun terbaca seperti membentak. Gunakan huruf biasa dan kalimat yang tenang.',
  en: 'Long all-caps text and repeated exclamation marks read as shouting. Use normal case and a calm sentence.',
};

/** tone.reply_quality (./reply.ts): what a reply to a complaint still lacks. */
export function replyMsg(missing: string[], missingEn: string[]): Msg {
  return {
    id: `Balasan aduan ini belum memuat: ${missing.join(', ')}. Contoh: “Terima kasih laporannya, Kak. Kami teruskan ke petugas dan akan dicek paling ` +
      `lambat …; pantau di lapor.go.id.”`,
    en: `This reply to a complaint lacks: ${missingEn.join(', ')}. E.g. “Thank you for reporting this. We have passed it on and it will be checked by …; ` +
      `follow it on lapor.go.id.”`,
  };
}
