import { describe, expect, it } from 'vitest';
import { alerts, neutrality } from '../tone/helpers';

const has = (text: string, rule: string) => expect(alerts(neutrality(text)), text).toContain(rule);
const clean = (text: string) => expect(alerts(neutrality(text)), text).toEqual([]);

describe('neutrality', () => {
  it('a deadline or a connective after an address or queue number is not praise ("No. 9 paling lambat")', () => {
    clean('Lamaran diantar ke Kantor Pos Jl. Ahmad Yani No. 9 paling lambat 20 Desember 2026.');
    clean('Calon peserta didik paling lambat mendaftar tanggal 5 Juli.');
    clean('Antrean nomor 15 lebih dahulu dipanggil, mohon bersabar.');
    has('Paslon nomor 2 paling layak, pokoknya nomor 2 lebih baik!', 'neutrality.candidate_support');
  });
  it('flags calls to vote for or against a number', () => {
    has('Coblos nomor 2 ya, rekan-rekan!', 'neutrality.vote_call');
    has('Jangan pilih calon nomor urut 3.', 'neutrality.vote_call');
  });
  it('flags support for or attacks on candidates and parties', () => {
    has('Ayo kita menangkan Pak Darto di pilkada nanti.', 'neutrality.candidate_support');
    has('Mari dukung partai kita sampai menang.', 'neutrality.candidate_support');
    has('Paslon nomor 3 itu gagal total, jangan sampai terpilih lagi.', 'neutrality.candidate_support');
    has('Gabung relawan Joko–Ani, kita kawal sampai TPS!', 'neutrality.candidate_support');
  });
  it('flags campaign content, hand signs and campaign hashtags', () => {
    has('Bantu share video kampanye beliau ya, teman-teman.', 'neutrality.campaign');
    has('Foto bareng tim, salam tiga jari!', 'neutrality.hand_sign');
    has('Ramaikan tagar #SurabayaBersamaJokoAni biar trending!', 'neutrality.hashtag');
    has('Sudah waktunya berubah #2029GantiWalikota', 'neutrality.hashtag');
  });
  it('lets neutral election information pass', () => {
    clean('Jangan lupa datang ke TPS pada 27 November, bawa KTP-el dan undangan.');
    clean('ASN dilarang memakai atribut partai dan berpose dua jari bersama calon.');
    clean('Bawaslu membuka posko pengaduan pelanggaran kampanye.');
    clean('Debat publik pasangan calon disiarkan langsung Kamis malam.');
  });
  it('does not take ordinary numbers, menus or days for a campaign', () => {
    clean('Ayo pilih menu sehat untuk keluarga.');
    clean('Antrean nomor 2, silakan ke loket 1.');
    clean('Pelayanan buka Senin–Jumat, silakan datang.');
    clean('Mari kita menangkan lomba desa tahun ini!');
    clean('Ayo ramaikan tagar #HariJadiBogor biar trending!');
  });
  it('honours the office’s list of candidates, parties and slogans', () => {
    const settings = { neutralityTerms: ['Gerak Maju', '#LanjutGerak'] };
    expect(alerts(neutrality('Yuk dukung Gerak Maju!', settings))).toContain('neutrality.term');
    expect(alerts(neutrality('Info #LanjutGerak', settings))).toContain('neutrality.term');
    const info = neutrality('Berita hari ini tentang Gerak Maju.', settings);
    expect(info.map((f) => f.severity)).toEqual(['info']);
    clean('Kota kita terus bergerak maju.');
  });
});

describe('neutrality: a question about the rules answered in the post', () => {
  it('is information, not a campaign call', () => {
    clean('ASN boleh nggak sih ikut kampanye? ❌ Nggak boleh! ASN wajib netral, termasuk di media sosial. Laporkan pelanggaran ke Bawaslu ya.');
  });
  it('still flags an invitation phrased as a question', () => {
    has('Bapak ibu, besok ikut kampanye di lapangan ya? Jangan lupa pakai kaos biru.', 'neutrality.campaign');
  });
});
