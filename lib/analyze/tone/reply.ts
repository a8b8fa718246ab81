/**
 * Reply quality (info): when a draft answers a citizen's complaint, does it acknowledge it (thanks or
 * an apology), say what happens next and by when, and point to the service channel (SP4N-LAPOR!)?
 * Shown quietly, with a template, and only when the reply lacks both an acknowledgement and a next step
 * (a routine help answer with a procedure already says what to do): never an alert. One pass over the tokens.
 */
import type { RawFinding, RuleContext } from '../types';
import { replyMsg } from './messages';
import type { Tok } from './normalize';

const set = (s: string) => new Set(s.split(' '));
const ADDRESS = set('kak kakak pak bapak bu ibu mas mbak anda sdr saudara saudari gan sis');
const COMPLAINT = set('keluhan aduan laporan laporannya aduannya keluhannya pengaduan komplain kendala masalah masalahnya rusak berlubang mati macet terlambat lambat kecewa');
const ACK = set('makasih maaf memahami mengerti paham pahami menyesal thank thanks sorry apologise apologize kasih');
const NEXT = set('akan segera teruskan diteruskan tindaklanjuti ditindaklanjuti tindak cek dicek mengecek petugas tim sedang dijadwalkan koordinasi koordinasikan will silakan silahkan langkah klik pastikan coba hubungi ajukan menu laman');
const WHEN = set('besok lusa minggu pekan bulan jam pukul tanggal lambat selambat selambatnya maksimal senin selasa rabu kamis jumat sabtu hari within');
const CHANNEL = set('lapor sp4n kanal hotline call pengaduan tiket 112 dm inbox resmi');

export function replyQuality(ctx: RuleContext, toks: Tok[], out: RawFinding[]): void {
  if (ctx.text.length < 20 || ctx.text.length > 2000) return;
  let addressed = false;
  let complaint = false;
  let ack = false;
  let next = false;
  let when = false;
  let channel = false;
  for (const t of toks) {
    const w = t.w;
    if (!addressed && ADDRESS.has(w)) addressed = true;
    if (!complaint && COMPLAINT.has(w)) complaint = true;
    if (!ack && ACK.has(w)) ack = true;
    if (!next && NEXT.has(w)) next = true;
    if (!when && WHEN.has(w)) when = true;
    if (!channel && CHANNEL.has(w)) channel = true;
  }
  if (!addressed || !complaint || ack || next) return;
  const missing: string[] = [];
  const missingEn: string[] = [];
  if (!ack) {
    missing.push('ucapan terima kasih atau permintaan maaf');
    missingEn.push('thanks or an apology');
  }
  if (!next) {
    missing.push('langkah tindak lanjut');
    missingEn.push('the next step');
  } else if (!when) {
    missing.push('perkiraan waktu');
    missingEn.push('when it will happen');
  }
  if (!channel) {
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
    msg: replyMsg(missing, missingEn),
  });
}
