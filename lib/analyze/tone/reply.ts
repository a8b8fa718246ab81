/**
 * Reply quality (info): when a draft answers a citizen's complaint, does it acknowledge it (thanks or
 * an apology), say what happens next and by when, and point to the service channel (SP4N-LAPOR!)?
 * Shown quietly, with a template; never an alert.
 */
import type { RawFinding, RuleContext } from '../types';
import type { Tok } from './normalize';

const ADDRESS = new Set('kak kakak pak bapak bu ibu mas mbak anda sdr saudara saudari gan sis'.split(' '));
const COMPLAINT = new Set(
  'keluhan aduan laporan laporannya aduannya keluhannya pengaduan komplain kendala masalah masalahnya rusak berlubang mati macet terlambat belum lambat kecewa'.split(' '),
);
const ACK = /\b(?:terima ?kasih|makasih|mohon maaf|maaf|kami (?:memahami|mengerti|paham)|kami pahami|menyesal|thank|sorry|apologi[sz]e)/;
const NEXT = /\b(?:akan|segera|kami teruskan|diteruskan|tindak ?lanjut|ditindaklanjuti|kami cek|dicek|petugas|tim kami|sedang|dijadwalkan|koordinasi|we will|we'll)/;
const WHEN = /\b(?:hari ini|besok|lusa|minggu|pekan|bulan|jam|pukul|tanggal|paling lambat|selambat|maksimal|senin|selasa|rabu|kamis|jumat|sabtu|\d+ ?x ?24|within|by )/;
const CHANNEL = /(?:lapor|sp4n|kanal|hotline|call ?center|\.go\.id|wa resmi|pengaduan|nomor tiket|tiket|112|dm kami|inbox)/;

export function replyQuality(ctx: RuleContext, toks: Tok[], out: RawFinding[]): void {
  if (ctx.text.length < 20 || ctx.text.length > 2000) return;
  let addressed = false;
  let complaint = false;
  for (const t of toks) {
    if (!addressed && ADDRESS.has(t.w)) addressed = true;
    if (!complaint && COMPLAINT.has(t.w)) complaint = true;
    if (addressed && complaint) break;
  }
  if (!addressed || !complaint) return;
  const l = ctx.lower;
  const missing: string[] = [];
  const missingEn: string[] = [];
  if (!ACK.test(l)) {
    missing.push('ucapan terima kasih atau permintaan maaf');
    missingEn.push('thanks or an apology');
  }
  if (!NEXT.test(l)) {
    missing.push('langkah tindak lanjut');
    missingEn.push('the next step');
  } else if (!WHEN.test(l)) {
    missing.push('perkiraan waktu');
    missingEn.push('when it will happen');
  }
  if (!CHANNEL.test(l)) {
    missing.push('kanal resmi (mis. SP4N-LAPOR!)');
    missingEn.push('the official channel (e.g. SP4N-LAPOR!)');
  }
  if (missing.length < 2) return;
  out.push({
    rule: 'tone.reply_quality',
    category: 'tone',
    severity: 'info',
    start: 0,
    end: Math.min(ctx.text.length, Math.max(1, ctx.sentences[0]?.end ?? ctx.text.length)),
    msg: {
      id: `Balasan aduan ini belum memuat: ${missing.join(', ')}. Contoh: “Terima kasih laporannya, Kak. Kami teruskan ke petugas dan akan dicek paling lambat …; pantau di lapor.go.id.”`,
      en: `This reply to a complaint lacks: ${missingEn.join(', ')}. E.g. “Thank you for reporting this. We have passed it on and it will be checked by …; follow it on lapor.go.id.”`,
    },
    suggestion: undefined,
  });
}
