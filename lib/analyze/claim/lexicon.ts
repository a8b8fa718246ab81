/**
 * Cue lexicons for check-worthy claims (Indonesian first, English too). Every pattern runs on the
 * lower-cased view, is compiled once, and is a plain alternation of words (no nested quantifiers),
 * so a scan is linear in the length of the text.
 */

export type CueKind =
  | 'hearsay'
  | 'share'
  | 'debunk'
  | 'healthStrong'
  | 'healthCause'
  | 'disease'
  | 'serious'
  | 'remedy'
  | 'antiVax'
  | 'absolute'
  | 'trend'
  | 'statSubj'
  | 'superlative'
  | 'ranking'
  | 'scope'
  | 'causal'
  | 'policyNoun'
  | 'policyChange'
  | 'lawRef'
  | 'vagueQty'
  | 'wish'
  | 'opinion'
  | 'polite'
  | 'firstSg'
  | 'firstPl'
  | 'experience'
  | 'negation'
  | 'reveal'
  | 'publicActor'
  | 'eventVerb'
  | 'imperative';

const w = (alts: string) => new RegExp(`(?<![a-z0-9])(?:${alts})(?![a-z0-9])`, 'g');

export const CUES: ReadonlyArray<[CueKind, RegExp]> = [
  [
    'share',
    w(
      'sebarkan|sebar ?luaskan|sebarluaskan|viralkan|viralin|bantu (?:sebar|share|viralkan|rt|retweet|bagikan|sebarkan)|tolong (?:di ?)?(?:sebar|sebarkan|share|bagikan|rt|retweet|viralkan)|(?:mohon|mhon|mhn) (?:di ?)?(?:sebar|sebarkan|share|bagikan|viralkan)|harap (?:di ?)?(?:sebarkan|bagikan|share)|share sebelum (?:di ?hapus|dihapus|ditake ?down)|sebelum (?:di ?hapus|dihapus|ditake ?down)|(?:bagikan|sebarkan|sebar|share|teruskan|forward|kirim|kirimkan) (?:ke|kepada) (?:semua|seluruh|teman|keluarga|grup|group|kerabat|saudara|orang|yang lain|yg lain)|forward ke|jangan berhenti di (?:anda|kamu|sini)|please (?:share|spread|forward|rt|retweet)|share (?:widely|this|before|it)|spread (?:the word|this)|forward (?:this|to)|pass it on|rt ya|tolong rt|wajib (?:share|sebar|disebar)|harus (?:share|disebar)',
    ),
  ],
  [
    'hearsay',
    w(
      'katanya|kata (?:nya )?orang|ktanya|kt nya|katanye|kabarnya|kbrnya|kabar(?:nya)? (?:beredar|yang beredar|yg beredar|burung)|konon(?:nya)?|dengar[- ]dengar|denger[- ]denger|dengar2|denger2|dengar²|denger²|kabar angin|isunya|ada isu|beredar|viral(?:nya)?|lagi viral|info dari (?:grup|group|wa|wag|sebelah|tetangga|teman|temen)|dari (?:grup|group) (?:wa|whatsapp|sebelah|keluarga|alumni)|(?:grup|group|wag?) sebelah|(?:dapat|dapet|dpt) (?:dari|dr) (?:wa|wag|grup|group|sebelah)|(?:dari|dr) wag|copas|copy paste (?:dari|dr)|broadcast(?:an)?|pesan berantai|belum (?:di ?)?konfirmasi|belum terkonfirmasi|belum jelas kebenarannya|belum pasti kebenarannya|ada (?:yang|yg) bilang|orang(?:-orang)? bilang|rumor(?:nya)?|desas[- ]desus|gosip(?:nya)?|dikabarkan|reportedly|rumou?rs?|rumou?r has it|word is|word on the street|sources? (?:say|said|claim)|i (?:heard|hear)|i\'ve heard|it is said|allegedly|unconfirmed|going viral|circulating',
    ),
  ],
  ['debunk', w('hoaks|hoax|hoaxs|hoaxnya|hoaksnya|tidak benar|tak benar|bukan fakta|disinformasi|misinformasi|klarifikasi|membantah|dibantah|bantahan|membantahnya|keliru|fake news|false|misleading|debunk(?:ed)?|cek fakta|faktanya|not true|untrue')],
  [
    'healthStrong',
    w(
      'menyembuhkan|sembuhkan|disembuhkan|bisa sembuh|sembuh total|mengobati|obat (?:ampuh|mujarab|alami|herbal|corona|covid|kanker)|ampuh|manjur|mujarab|kebal|menetralisir|menetralkan|menetralisasi|menangkal|membunuh (?:virus|kuman|bakteri|sel)|mematikan (?:virus|kuman|bakteri|sel)|virus mati|melenyapkan|meluruhkan|detoks|cures?|cured|heals?|kills? (?:the )?(?:virus|bacteria|germs|cancer)|immune to|miracle',
    ),
  ],
  ['healthCause', w('menyebabkan|menyebabkn|penyebab|memicu|bikin|merusak|mengakibatkan|berbahaya bagi|causes?|leads? to|triggers?|damages?')],
  [
    'serious',
    w(
      'kanker|cancer|autis|autisme|autism|kemandulan|mandul|infertility|hipoksia|stroke|serangan jantung|gagal ginjal|kerusakan otak|otak|kista|kelainan|cacat|kematian|meninggal|lumpuh|kebutaan|buta|tumor|leukemia|impoten|keguguran|penyakit|diabetes',
    ),
  ],
  [
    'disease',
    w(
      'kanker|tumor|dbd|demam berdarah|covid(?:-19)?|corona|korona|virus|autis(?:me)?|diabetes|kencing manis|hipertensi|darah tinggi|stroke|jantung|hiv|aids|tbc|tuberkulosis|campak|rubela|polio|difteri|cacar|stunting|kolesterol|asam urat|ginjal|kista|flu|influenza|malaria|hepatitis|maag|asma|obesitas|infeksi|penyakit|kuman|bakteri|vaksin|vaksinasi|imunisasi|efek samping|cancer|dengue|autism|vaccines?|virus|disease|infection|flu',
    ),
  ],
  [
    'remedy',
    w(
      'air (?:kelapa|rebusan|hangat|garam|lemon|jahe|putih)|rebusan|daun|ramuan|jamu|madu|jahe|kunyit|temulawak|bawang (?:putih|merah)|garam|cuka|lemon|jeruk nipis|minyak kayu putih|berjemur|sinar matahari|uap|asap|tembakau|rokok|tisu|minum|makan|mengonsumsi|konsumsi|oleskan|kumur|herbal|pasta gigi|cuka apel|drinking|eating|garlic|ginger|lemon|honey|herbs?|sunbathing',
    ),
  ],
  ['antiVax', w('jangan (?:di ?)?(?:imunisasi|vaksin|divaksin|vaksinasi)|tolak (?:vaksin|imunisasi)|vaksin (?:haram|berbahaya|mengandung|penyebab)|don\'t vaccinate')],
  [
    'absolute',
    w(
      'tidak pernah ada|tidak pernah|tak pernah ada|tak pernah|gak pernah|nggak pernah|ngga pernah|ga pernah|gk pernah|dijamin|terjamin|pasti|sudah pasti|100 ?%|100 persen|seratus persen|tanpa (?:terkecuali|kecuali)|sama sekali (?:tidak|tak|gak|nggak|bebas)|mustahil|berapa pun|berapapun|never|guaranteed?|guarantees|100 percent|completely (?:safe|free)|not a single|zero (?:cases?|corruption|crime)',
    ),
  ],
  [
    'trend',
    w(
      'naik|naikin|kenaikan|turun|penurunan|meningkat|peningkatan|menurun|melonjak|lonjakan|anjlok|merosot|berkurang|bertambah|melambung|meroket|tembus|menembus|mencapai|drastis|drop|dropped|drops|fell|falls|rose|rises|risen|increased?|decreased?|declined?|doubled|halved|surged|plunged|soared|grew|jumped|is down|are down|is up|are up|went (?:up|down)|lipat',
    ),
  ],
  [
    'statSubj',
    w(
      'angka|jumlah|total|kasus|harga|tarif|biaya|ongkos|kemiskinan|penduduk miskin|pengangguran|inflasi|kecelakaan|kriminalitas|kejahatan|stunting|produksi|penerima|pendapatan|pad|anggaran|apbd|apbn|utang|hutang|ekspor|impor|penjualan|pengunjung|kunjungan|wisatawan|investasi|ipm|indeks|skor|nilai|gaji|upah|umr|ump|umk|pajak|iuran|kemacetan|macet|polusi|emisi|kematian|korban|pasien|populasi|laju|pertumbuhan|ekonomi|persentase|prevalensi|crime|poverty|unemployment|prices?|cases|rate|rates|deaths|accidents|traffic|congestion|income|budget|debt|exports?|imports?|visitors|tourists|salary|salaries|wages|taxes|fares?|costs?|population|growth|crimes?|students|residents|access',
    ),
  ],
  [
    'superlative',
    w(
      'ter(?:tinggi|rendah|baik|buruk|besar|kecil|banyak|sedikit|cepat|lambat|bersih|kotor|aman|maju|parah|luas|murah|mahal|lengkap|kaya|miskin|padat|macet|korup|sehat|bahagia|layak|ramah|kelam|terkelam|hebat|sukses)|paling (?:tinggi|rendah|baik|buruk|besar|banyak|cepat|bersih|aman|maju|parah|murah|mahal|sukses|berhasil|korup)|best|worst|highest|lowest|largest|biggest|fastest|cleanest|safest|greenest',
    ),
  ],
  [
    'ranking',
    w(
      'nomor satu|no\\.? ?1|peringkat (?:\\d+|pertama|satu|kedua|ketiga|atas|teratas)|ranking (?:\\d+|pertama|satu)|juara (?:\\d|umum|pertama|satu)|pertama (?:kali|kalinya|di dunia|di indonesia|di asia|se-?[a-z]+)|satu-satunya|first[- ]ever|the first|the only|number one|ranked|record[- ](?:high|low|breaking)|rekor|in (?:a|the last|over a) (?:decade|century|generation)|in history|dalam sejarah|sepanjang sejarah|terkelam',
    ),
  ],
  ['scope', w('se-?(?:indonesia|dunia|asia|asean|nasional|jawa|sumatera|kalimantan|sulawesi|provinsi|kota|kabupaten|nusantara|jabar|jateng|jatim|dki|[a-z]+)|di (?:dunia|indonesia|asia|jawa|sumatera|kalimantan|sulawesi|papua|provinsi|negeri ini|nusantara|tanah air)|nasional|dalam sejarah|tahun ini|this year|in (?:the country|the world|indonesia|the region|the province|a decade)')],
  [
    'causal',
    w(
      'karena|karna|krn|krna|kerana|akibat|diakibatkan|mengakibatkan|disebabkan|penyebabnya|dipicu|gara-gara|gara2|garagara|gegara|berkat|lantaran|sebab|sebabnya|because|due to|caused by|as a result of|thanks to|since (?:we|the|our|they)|led to|blamed on',
    ),
  ],
  [
    'policyNoun',
    w(
      'gratis|digratiskan|free|bantuan|bansos|blt|bst|pkh|subsidi|bersubsidi|subsidized|subsidised|insentif|tunjangan|uang saku|santunan|beasiswa|scholarships?|tarif|iuran|pajak|retribusi|denda|gaji|honor|thr|formasi|pendaftaran|registrasi|kuota|zonasi|ppdb|cpns|pppk|honorer|pns|bpjs|prakerja|sembako|lpg|elpiji|bbm|pertalite|listrik|pemadaman|air bersih|jalan tol|tol|ganjil genap|razia|tilang|penutupan|cuti bersama|wfh|kurikulum|vaksinasi|aid|grants?|allowance|fares?|tax|taxes|fees?|registration|salary|salaries|ban|banned|closure|transport|transit|water supply|electricity|toll|quota|lockdown|psbb|ppkm|jam malam|curfew|pungutan|pungli|sertifikat|ktp|kk|sim|stnk|paspor',
    ),
  ],
  [
    'policyChange',
    w(
      'mulai|akan|bakal|besok|lusa|pekan depan|minggu depan|bulan depan|tahun depan|tahun ajaran|dibuka|ditutup|dihapus|dihapuskan|diberlakukan|berlaku|naik|turun|diangkat|dibagikan|disalurkan|dibagi|cair|dicairkan|wajib|diwajibkan|dilarang|hanya (?:untuk|bagi|boleh|bisa|akan)|khusus (?:untuk|bagi)|tanpa (?:tes|syarat|biaya)|dapat tambahan|akan dapat|mendapat|mendapatkan|berhak|dihentikan|diganti|dinaikkan|diturunkan|digratiskan|diputus|dipadamkan|padam|starting|from (?:next|tomorrow|monday|january|today)|will|only (?:to|for|be)|next (?:week|month|year)|tomorrow|eligible|entitled|must|get free|gets|receive|receives|banned|required|cut off|be cut',
    ),
  ],
  ['vagueQty', w('dua kali lipat|tiga kali lipat|[a-z]+ kali lipat|berlipat(?:-lipat)?|separuh(?:nya)?|setengahnya|sepertiga|seperempat|mayoritas|sebagian besar|hampir (?:semua|seluruh|separuh|separuhnya)|puluhan|ratusan|ribuan|jutaan|miliaran|doubled?|tripled?|twice as|half of|majority of|most of|thousands of|millions of|hundreds of|dozens of')],
  ['wish', w('semoga|mudah-mudahan|moga-moga|insya ?allah|insyaallah|aamiin|amin|harapan kami|kami harap|berharap|hope|hopefully|wish|may (?:you|this|the|all|god)')],
  [
    'opinion',
    w(
      'menurut (?:saya|kami|aku|gue|gw|hemat saya|pendapat saya|pandangan saya)|saya (?:rasa|kira|pikir|merasa|bangga|senang)|kami (?:bangga|senang|berharap|terharu|mengapresiasi|mengucapkan)|i (?:think|believe|feel)|in my (?:opinion|view)|we are proud|proud|bangga|senang|lovely|great to see|nice to see',
    ),
  ],
  ['polite', w('maaf|mohon maaf|terima kasih|makasih|thanks|thank you|sorry|apologi[sz]e|silakan|silahkan')],
  ['firstSg', w('saya|aku|gue|gua|gw|i|me|my')],
  ['firstPl', w('kami|we|our|us')],
  ['experience', w('kemarin|kemaren|tadi|pagi ini|siang ini|sore ini|malam ini|hari ini|barusan|baru saja|pengalaman|this morning|today|yesterday|tonight|just now')],
  ['negation', w('tidak|tak|bukan|belum|gak|nggak|enggak|ga|gk|not|no|never|isn\'t|aren\'t|doesn\'t|don\'t')],
  ['reveal', w('ternyata|rupanya|terbukti|terungkap|fakta(?:nya)? bahwa|bukti(?:nya)?|resmi|sudah resmi|dipastikan|telah dipastikan|mengungkap(?:kan)?|membongkar|sebenarnya|sesungguhnya|yang benar|breaking|heboh|geger|terbongkar|akhirnya')],
  [
    'publicActor',
    w(
      'presiden|wapres|wakil presiden|menteri|mentri|kementerian|pemerintah|pemerintahan|rezim|negara|dpr|dprd|mpr|gubernur|bupati|walikota|wali kota|camat|lurah|kades|kepala desa|polisi|polri|kepolisian|tni|militer|asn|pns|pejabat|partai|pemkot|pemkab|pemprov|pemda|dinas|istana|kpk|kpu|bin|who|nasa|pbb|china|cina|amerika|israel|pki|komunis|fpi|hti|jokowi|prabowo|ormas|perusahaan|pabrik|pt|bank|bumn|rumah sakit|rs|sekolah|kampus|universitas|masjid|gereja|warga|rakyat|masyarakat|petani|guru|mahasiswa|siswa|dokter|ahli|pakar|ilmuwan|peneliti|government|police|army|minister|president|mayor|governor|officials?|ministry|company|hospital|school|residents|citizens|scientists?',
    ),
  ],
  [
    'eventVerb',
    w(
      'di ?tutup|ditutup|dibuka|dihapus|dihapuskan|dibakar|dibangun|dibunuh|dipukuli|dipukul|dipecat|ditangkap|diculik|dirampok|dibubarkan|dibatalkan|ditunda|dilarang|diganti|digantikan|diangkat|dilantik|diberi|dikasih|dikasi|dijual|dibeli|dibuat|diciptakan|ditemukan|diimpor|diekspor|didatangkan|dipakai|digunakan|diuji|diubah|dirilis|diumumkan|meninggal|tewas|mati|runtuh|roboh|meledak|terbakar|kebakaran|banjir|gempa|kabur|mundur|lengser|menghilang|hilang|hancur|bangkrut|gagal bayar|phk|dirumahkan|dipenjara|diserang|menyerang|menyerbu|mengamuk|mengumumkan|mengeluarkan|melarang|menutup|membuka|menghapus|mengganti|membangun|membakar|mengirim|menjual|membeli|menolak|menyetujui|mengakui|mengaku|menyebut|mengatakan|bilang|berkata|menyatakan|memprediksi|diprediksi|terjadi|muncul|ditemukan|terdeteksi|terpapar|terinfeksi|positif|ditolak|didukung|mendukung|menerima|disuruh|diperintahkan|dianggap|disebut|mengandung|berubah|bergeser|bertambah|berkurang|closed|shut|banned|killed|arrested|fired|resigned|resigning|collapsed|exploded|announced|declared|caught|found|revealed|hidden|secretly|diam-diam|dirahasiakan|disembunyikan|ubah|hapus|tutup|pecat|tangkap',
    ),
  ],
  ['imperative', w('hati-hati|hati2|hati²|ati2|awas|waspada|waspadalah|jangan|harus|wajib|segera|ayo|mari|yuk|tolong|stop|watch out|beware|be careful|warning|peringatan|perhatian')],
];

/** Suggested softer wording for an absolute (Indonesian), keyed by the cue as matched. */
export function softenAbsolute(cue: string, en: boolean): string | undefined {
  const c = cue.replace(/\s+/g, ' ');
  if (en) {
    if (c === 'never') return 'has not, as far as our records show,';
    if (c.startsWith('guarantee')) return 'designed to be';
    if (c.startsWith('100')) return 'largely';
    if (c === 'not a single') return 'no recorded';
    if (c.startsWith('completely')) return c.replace('completely', 'largely');
    return undefined;
  }
  if (/^(?:tidak|tak|gak|nggak|ngga|ga|gk) pernah ada$/.test(c)) return 'sejauh ini belum ditemukan';
  if (/^(?:tidak|tak|gak|nggak|ngga|ga|gk) pernah$/.test(c)) return 'sejauh ini belum pernah';
  if (c === 'dijamin' || c === 'terjamin') return 'dirancang untuk';
  if (c === 'pasti' || c === 'sudah pasti') return 'kemungkinan besar';
  if (c.startsWith('100') || c === 'seratus persen') return 'sangat';
  if (c === 'mustahil') return 'kecil kemungkinannya';
  if (c === 'berapa pun' || c === 'berapapun') return 'hingga batas yang diuji';
  if (c.startsWith('tanpa')) return 'pada umumnya';
  if (c.startsWith('sama sekali')) return c.replace('sama sekali ', 'hampir ');
  return undefined;
}
