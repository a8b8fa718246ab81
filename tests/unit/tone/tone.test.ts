import { describe, expect, it } from 'vitest';
import { alerts, spans, tone } from './helpers';

const has = (text: string, rule: string) => expect(alerts(tone(text)), text).toContain(rule);
const clean = (text: string) => expect(alerts(tone(text)), text).toEqual([]);

describe('tone.profanity (danger)', () => {
  it('flags expletives, regional and obfuscated ones', () => {
    for (const t of ['Anjirr, jalan di depan kantor ambles lagi.', 'Bgst, parkiran penuh terus.', 'Jancok, lampu merah mati maneh.', 'Waduh asw, berkasnya ketinggalan.', 'Damn, the form is broken again.', 'a n j i n g banget antreannya'])
      has(t, 'tone.profanity');
    const f = tone('Kmprt, printernya macet');
    expect(f[0].severity).toBe('danger');
    expect(spans('Kmprt, printernya macet', f)).toEqual(['Kmprt']);
  });
  it('leaves innocent words with bad substrings alone', () => {
    clean('Klaim asuransi banjir dapat diajukan di pantai timur dan bangsal rumah sakit.');
    clean('Petugas Babinsa membantu warga di Anjungan Dukcapil; asumsi biaya cukup.');
  });
  it('does not flag real animals', () => {
    clean('Vaksinasi rabies untuk anjing dan kucing peliharaan gratis hari Sabtu.');
    clean('Jangan memberi makan monyet ekor panjang di kawasan wisata.');
    clean('Populasi babi hutan di kebun warga meningkat, petani diminta waspada.');
  });
});

describe('tone.insult', () => {
  it('flags name-calling, multi-word insults and leetspeak', () => {
    for (const t of ['Yang protes itu memang tolol.', 'Otak udang semua yang komentar di sini.', 'Situ b3g0 ya?', 'Dasar kampungan, antre saja tidak bisa.', 'Nggak punya otak ya kalian?', 'Sok tau banget komentarnya.'])
      has(t, 'tone.insult');
  });
  it('needs a target for words that are also ordinary', () => {
    clean('Jadwal pengangkutan sampah diubah mulai Senin.');
    clean('Gila, antusiasme warga luar biasa!'.replace('Gila, ', 'Wah, '));
    has('Dasar sampah kamu.', 'tone.insult');
  });
  it('does not flag an insult that is quoted or reported', () => {
    clean('Kami menerima laporan petugas yang menyebut warga "goblok"; yang bersangkutan sudah diperiksa.');
    clean("Mohon tidak memakai kata-kata seperti 'bego' atau 'tolol' di kolom komentar.");
    clean('Istilah kampungan tidak pantas dipakai untuk warga.');
  });
});

describe('tone: word forms, names and likeness', () => {
  it('sees insults through Indonesian affixes', () => {
    for (const t of ['Komentar kalian penuh ketololan.', 'Itu kebodohanmu sendiri.', 'Tayangan itu mendungukan penonton.', 'Demo sigoblok itu bikin macet.'])
      has(t, 'tone.insult');
  });
  it('keeps the idioms that only look like affixed insults', () => {
    clean('Jangan membabi buta menuduh petugas; sampah yang membusuk sudah diangkut.');
    clean('Menu sarapan sehat untuk anak sekolah dibagikan pagi ini.');
  });
  it('reads a likeness or a call as aimed', () => {
    has('Kelakuannya kaya monyet.', 'tone.insult');
    has('Woi iblis, balikin motor saya.', 'tone.insult');
    clean('Monyet ekor panjang masuk permukiman, warga diminta tidak memberi makan.');
  });
  it('reads someone’s own animal, or one being fed or ridden, as an animal', () => {
    clean('Anjing saya hilang sejak kemarin di sekitar Taman Kota; mohon info bila melihat.');
    clean('Warga dilarang memelihara babi di dekat sumber air.');
    clean('Panitia kurban: potong onta dan sapi dilakukan di RPH.');
    has('Dasar anjing kamu.', 'tone.profanity');
  });
  it('sees playful spellings of the same sounds, but not real words they collide with', () => {
    for (const t of ['Bangzat, antreannya nggak gerak.', 'Dasar kamvret.', 'Gobloq banget sih.']) expect(alerts(tone(t)).length, t).toBeGreaterThan(0);
    clean('Pemeriksaan saraf gratis untuk lansia di puskesmas.');
  });
  it('reads "cacat" next to a disability or a defect as a plain description', () => {
    clean('Bantuan alat bantu untuk penyandang cacat fisik dan anak dengan cacat bawaan.');
    clean('Asam folat mencegah cacat bawaan pada otak janin.');
    has('Otakmu cacat ya?', 'tone.insult');
  });
  it('reads a number before "idiot" as the film title', () => {
    clean('Nobar film 3 Idiots di aula kampus, gratis untuk mahasiswa.');
  });
  it('does not read names and addresses as insults', () => {
    clean('Listrik padam di Ds. Cikeas Udik, Kec. Gunung Putri; petugas PLN menuju lokasi.');
    clean('Mohon cek saluran di jalan Kalimas udik 2, Surabaya.');
    clean('Senam Tai Chi untuk lansia setiap Minggu pagi di taman kota.');
    clean('Acara hiburan menghadirkan Haji Bolot dan kawan-kawan.');
    has('Dasar bolot, dibilangin dari tadi.', 'tone.insult');
  });
  it('flags animal and IQ insults about the mind', () => {
    for (const t of ['Otaknya miring semua yang bikin aturan ini.', 'IQ jongkok kok mau jadi pengurus.', 'Dia itu keturunan iblis.'])
      has(t, 'tone.insult');
  });
});

describe('tone.sara (danger)', () => {
  it('flags slurs and hostile generalisations about a group', () => {
    for (const t of ['Maklum orang Madura, kasar semua.', 'Dasar kafir, jangan ikut campur.', 'Orang Padang itu memang pelit.', 'Usir saja etnis Tionghoa dari sini.'])
      has(t, 'tone.sara');
    expect(tone('Dasar kafir, jangan ikut campur.').find((f) => f.rule === 'tone.sara')?.severity).toBe('danger');
  });
  it('flags a group, a state or a party labelled kafir, not the word in teaching', () => {
    for (const t of ['Kelakuan orang Batak kafir itu memang begitu.', 'Negara itu sangat kafir.', 'Mereka kafir semua.', 'Partai kafir jangan dipilih.'])
      has(t, 'tone.sara');
    clean('Dalam Islam kafir dibedakan menjadi beberapa golongan, kata ustaz dalam kajian.');
    clean('Kajian tafsir: orang-orang kafir dalam surah Al-Kafirun.');
  });
  it('reads place names and descriptions with a group word as such', () => {
    for (const t of ['Kereta tertahan di Stasiun Pondok Cina, sial sekali penumpang menunggu lama.', 'Kapal patroli berjaga di Laut Cina Selatan.', 'Yang namanya Kristen Protestan berdiri sejak Reformasi.'])
      expect(alerts(tone(t)), t).not.toContain('tone.sara');
    has('Dasar Cina, pelit semua.', 'tone.sara');
  });
  it('lets neutral mentions of groups pass', () => {
    clean('Festival budaya Batak, Jawa dan Minang digelar di alun-alun.');
    clean('Umat Kristen merayakan Natal; umat Islam membantu menjaga keamanan.');
  });
});

describe('tone.threat (danger)', () => {
  it('flags intimidation', () => {
    for (const t of ['Awas kamu, nanti saya datangi rumahnya.', 'Kalau masih komplain, bantuan Ibu bisa kami coret.', 'Jangan harap berkasnya diproses cepat.', 'Saya laporkan ke polisi kalau masih nyebar hoaks lagi.'])
      has(t, 'tone.threat');
  });
  it('lets firm rules pass', () => {
    clean('Kendaraan yang parkir di trotoar akan diderek sesuai Perda.');
    clean('Komentar berisi data pribadi akan kami hapus.');
    clean('Awas hoaks! Cek kebenaran informasi di situs resmi.');
  });
  it('a power verb is a threat only when the writer wields it ("bisa kami tahan"), not "bisa cabut gigi"', () => {
    clean('Ternyata bisa cabut gigi gratis di puskesmas pakai BPJS.');
    clean('Anda bisa tunda pembayaran sampai bulan depan.');
    has('Kami bisa blokir akun kamu kapan saja.', 'tone.threat');
  });
});

describe('tone.condescension, tone.dismissive, tone.sarcasm', () => {
  it('flags condescension and blame, with a softer wording', () => {
    const f = tone('Makanya baca dulu pengumumannya, Pak.');
    expect(alerts(f)).toContain('tone.condescension');
    expect(f.find((x) => x.rule === 'tone.condescension')?.suggestion).toBeTruthy();
    has('Salah sendiri tidak datang tepat waktu.', 'tone.condescension');
    has('Itu bukan urusan kami.', 'tone.condescension');
    has('Masa begitu saja nggak ngerti?', 'tone.condescension');
  });
  it('reads "bodo amat" and "masa bodoh" as dismissive, not as name-calling', () => {
    expect(alerts(tone('Bodo amat, itu bukan wilayah kami.'))).toContain('tone.dismissive');
    expect(alerts(tone('Bodo amat, itu bukan wilayah kami.'))).not.toContain('tone.insult');
    clean('Ibu meminta anaknya mengurus berkas di kelurahan.');
  });
  it('flags dismissiveness', () => {
    has('Nggak usah baper, cuma telat sedikit kok.', 'tone.dismissive');
    has('Terserah Bapak mau lapor ke mana.', 'tone.dismissive');
  });
  it('flags sarcasm', () => {
    has('Oh tentu, semua keluhan warga pasti benar 🙄', 'tone.sarcasm');
    has('Warganet memang paling tahu segalanya ya.', 'tone.sarcasm');
  });
  it('leaves polite and firm replies alone', () => {
    clean('Mohon maaf atas ketidaknyamanannya. Laporan Bapak sudah kami teruskan ke Dinas PUPR.');
    clean('Silakan baca persyaratan lengkapnya di situs resmi kami ya, Kak.');
    clean('Kalau belum paham, silakan hubungi petugas kami di loket 3.');
    clean('Untuk kesekian kalinya kami sampaikan dengan hormat: pendaftaran hanya lewat situs resmi.');
  });
});

describe('tone.shouting', () => {
  it('flags shouted orders and rebukes', () => {
    has('JANGAN KIRIM DATA PRIBADI DI KOLOM KOMENTAR!!!', 'tone.shouting');
    has('Stop spam di sini!!!', 'tone.shouting');
  });
  it('lets festive capitals and labels pass', () => {
    clean('SELAMAT HARI JADI KOTA BOGOR KE-544! 🎉');
    clean('INFO LALIN: Jalan Pajajaran ditutup sementara.');
  });
  it('lets a plain notice with a negation pass: a notice, not a rebuke', () => {
    clean('PEMBUATAN KTP-EL TIDAK DIPUNGUT BIAYA. Laporkan pungli ke 1500-xxx.'.replace('1500-xxx', 'SP4N-LAPOR!'));
    has('KAMI TIDAK MENERIMA PENGADUAN LEWAT DM. TITIK.', 'tone.shouting');
  });
});

describe('custom words and reply quality', () => {
  it('honours the office’s custom words', () => {
    const f = tone('Dasar kepo, urus saja urusanmu.', { customWords: ['kepo', 'urus saja'] });
    expect(alerts(f)).toContain('tone.custom');
    expect(alerts(tone('Terima kasih, ini menarik.', { customWords: ['menarik'] }))).toContain('tone.custom');
  });
  it('suggests a better reply to a complaint (info only)', () => {
    const f = tone('Pak, keluhan jalan rusak itu urusan provinsi.');
    expect(f.find((x) => x.rule === 'tone.reply_quality')?.severity).toBe('info');
    expect(tone('Terima kasih laporannya, Pak. Keluhan jalan rusak sudah kami teruskan ke petugas dan akan dicek besok; pantau di lapor.go.id.').some((x) => x.rule === 'tone.reply_quality')).toBe(false);
  });
  it('never throws and stays quick on long text', () => {
    expect(() => tone('')).not.toThrow();
    const long = 'Terima kasih atas laporannya, Pak. '.repeat(3000);
    const t0 = performance.now();
    tone(long);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

describe('tone.shouting by intensity (issue #14)', () => {
  it('flags capitals with a burst of "!!!"/"???" even without an order word, and several bursts in one post', () => {
    for (const t of [
      'ITU JALAN SATU ARAH PAK!!! ADA RAMBUNYA!!!',
      'MASKERNYA DIPAKAI!!! INI RUMAH SAKIT BUKAN MALL!!!',
      'Ngapain tanya jadwal lagi???????? Udah di-posting tiga kali!!!!!!',
      'HELLO??? ANYONE READING??? THE OFFICE IS CLOSED ON SUNDAYS!!!',
    ])
      has(t, 'tone.shouting');
  });
  it('leaves festive capitals, cheers, one rhetorical "???" and garbled emoji alone', () => {
    clean('DIRGAHAYU REPUBLIK INDONESIA KE-81!!! MERDEKA!!!');
    clean('SELAMAT IDUL FITRI 1447 H!!! Mohon maaf lahir dan batin!!!');
    clean('Yuk daftar!!! Gratis untuk semua warga!!!');
    clean('Tanda-tanda ekonomi membaik ð???ð???ð???');
    clean('Jadi kapan jadwalnya??? Ada yang tahu?');
  });
  it('needs a loud burst for several bursts: two short "!!!" in a heated opinion are emphasis', () => {
    clean('Harga cabai naik lagi!!! Semoga pemerintah cepat turun tangan!!!');
    has('Harga cabai naik lagi!!! Semoga pemerintah cepat turun tangan!!! Jangan diam saja!!!', 'tone.shouting');
    has('Kami bilang tunggu ya!!!!!! Gak usah telepon tiap 5 menit!!!', 'tone.shouting');
  });
  it('"LAGI" alone is no rebuke word; "SEKALI LAGI" and "BERAPA KALI LAGI" are', () => {
    clean('BENTAR LAGI KAMI UMUMKAN PEMENANGNYA');
    has('SEKALI LAGI KAMI TEGASKAN PENDAFTARAN SUDAH DITUTUP', 'tone.shouting');
    has('Formulir itu gratis. BERAPA KALI LAGI HARUS DIULANG', 'tone.shouting');
  });
});

describe('tone: a quoted title is not name-calling', () => {
  it('skips a capitalised listed word inside a quoted title, still flags it aimed at someone', () => {
    clean('Story telling anak setiap Minggu pukul 09.00. Tema minggu ini: "Si Kancil dan Buaya". Gratis.');
    clean('Dongeng malam ini: “Si Kancil dan Buaya” bersama Kak Dinda.');
    has('Dasar buaya kamu, janji palsu terus.', 'tone.insult');
    has('Kamu memang "Buaya" ya.', 'tone.insult');
  });
});

describe('tone.threat: veiled threats by family', () => {
  it('flags a writer who shows it knows where the reader lives or works, or warns of an unnamed consequence', () => {
    for (const t of [
      'Kami sudah tahu alamat Saudara, jadi sebaiknya berhenti berkomentar.',
      'Santai aja, gue tau rumah lo di mana.',
      'We know where your family lives.',
      'Silakan terus menyebar fitnah, Saudara. Jangan salahkan kami nanti.',
    ])
      has(t, 'tone.threat');
  });
  it('leaves menu paths, ordinary help and reported speech alone', () => {
    clean('Kakak dapat mengakses menu Portal Saya > Perubahan Data > Identitas Wajib Pajak > Simpan.');
    clean('Untuk mengetahui jadwal penyaluran BPNT di Kelurahan Kampung Bali, silakan hubungi pendamping sosial, Kak.');
    clean('Data Kakak sudah kami catat dan akan kami proses hari ini.');
    clean('Polisi menyebut tersangka mengirim pesan "saya tahu rumah kamu" kepada korban.');
  });
});
