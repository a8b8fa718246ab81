/**
 * Phrase patterns for tone, written over the normalised token string (tokens joined by one space,
 * slang standardised: "gak" → "tidak", "udah" → "sudah", "lu" → "kamu", "kalo" → "kalau" …).
 * `W` is one word of the same sentence. Every pattern starts with a literal word (its anchor): a
 * pattern only runs when one of its anchors is among the text's tokens.
 */
import { INSULT_PHRASES, SARA_PHRASES } from './lexicon';

export interface PatternDef {
  rule: string;
  src: string;
  /** words of which every match holds one, when the first word is too common to index on */
  need?: string;
  /** softer wording the quick fix would insert */
  sugg?: string;
}

const W = '[^ .!?]+';
const YOU = '(?:kamu|kalian|anda|situ|kau|bapak|ibu|pak|bu|kakak|kak|mas|mbak|saudara|sdr|warga|netizen|warganet)';

/** Ethnic, religious, racial and social groups (SARA). */
export const GROUP =
  '(?:batak|jawa|sunda|padang|minang|minangkabau|cina|china|tionghoa|arab|india|keling|madura|bugis|ambon|papua|dayak|betawi|manado|aceh|bali|nias|flores|' +
  'timor|yahudi|kristen|katolik|nasrani|islam|muslim|hindu|buddha|budha|konghucu|ahmadiyah|syiah|wahabi|kafir|pribumi|nonpribumi|aseng|negro|bule)';
const NEG =
  '(?:pelit|kasar|licik|kotor|jorok|malas|pemalas|bodoh|keras|kerasnya|sombong|penipu|pencuri|maling|teroris|radikal|barbar|biadab|rakus|serakah|curang|' +
  'bau|pemberontak|pengkhianat|munafik|sesat|laknat|babi|anjing|tolol|goblok|bego|jahat|suka (?:menipu|mencuri|ribut|bikin ribut)|tidak bisa dipercaya|' +
  'tidak tahu diri|penjajah|perusak|sampah|pembawa masalah)';

export const TONE_PATTERNS: PatternDef[] = [
  // ---- insults (multi-word) ----
  ...INSULT_PHRASES.map((p) => ({ rule: 'tone.insult', src: p.split('@@')[0], need: p.split('@@')[1] })),
  { rule: 'tone.insult', src: `(?:ngaca|berkaca|bercermin) (?:dulu|dong|sana|saja)` },
  { rule: 'tone.insult', src: `(?<=(?:situ|kamu|anda) (?:itu )?)siapa \\?` },
  { rule: 'tone.insult', src: `(?:memang|memangnya) (?:kamu|situ|anda) siapa`, need: 'siapa' },
  {
    rule: 'tone.insult',
    src: `sok (?:tahu|pintar|pinter|mengatur|mengajari|ngajarin|suci|jago|kritis|paling|iye|asik|mengerti|paham|benar|bener|hebat|` + `alim|jagoan|berkuasa)`,
  },
  { rule: 'tone.insult', src: `(?:otaknya|otakmu|otak kamu|otak kalian) (?:di ?mana|ditaruh|tidak dipakai|kosong|dangkal|sempit)` },
  { rule: 'tone.insult', src: `(?<=tidak (?:pernah )?(?:punya|pakai) )(?:otak|akal|malu|etika|adab)` },

  // ---- SARA ----
  ...SARA_PHRASES.map((p) => ({ rule: 'tone.sara', src: p.split('@@')[0], need: p.split('@@')[1] })),
  { rule: 'tone.sara', src: `namanya juga (?:orang |kaum |etnis |suku |bangsa |umat )?${GROUP}` },
  { rule: 'tone.sara', src: `(?:dasar|maklum|pantas|pantes) (?:saja )?(?:orang |kaum |etnis |suku |bangsa |umat |si )?${GROUP}` },
  { rule: 'tone.sara', src: `(?<=(?:semua|kebanyakan|rata rata) (?:orang |kaum |etnis |suku |umat )?)${GROUP}(?: ${W}){0,3} ${NEG}` },
  {
    rule: 'tone.sara',
    src: `(?<=(?:orang|kaum|etnis|suku|bangsa|umat|ras) )${GROUP} (?:itu |ini |memang |pasti |selalu |suka |tuh |mah |sih |kan |semua |` + `rata rata )*${NEG}`,
  },
  { rule: 'tone.sara', src: `${GROUP} (?:itu|memang|pasti|selalu|tuh|mah)(?: memang| pasti| selalu)? ${NEG}` },
  { rule: 'tone.sara', src: `${GROUP} (?:adalah|itu) (?:virus|penyakit|sampah|kanker|racun|musuh)` },
  {
    rule: 'tone.sara',
    src: `(?:usir|ganyang|basmi|bantai|bunuh|musnahkan|habisi|tumpas|singkirkan) (?:saja |semua |para |kaum |orang |etnis |` + `umat )*${GROUP}`,
  },
  { rule: 'tone.sara', src: `(?<=(?:kaum|antek|dasar|para) )(?:kafir|kapir|kopar|aseng|cina)` },
  { rule: 'tone.sara', src: `(?:kafir|kapir|cina|aseng) (?:kamu|kalian|laknat|biadab|babi|anjing)` },
  // a group, a party or a state labelled kafir: "batak kafir", "negara sangat kafir", "kafir pki"
  {
    rule: 'tone.sara',
    src:
      `(?:(?!islam |muslim )${GROUP}|syiah|shia|pki|komunis|ateis|atheis|liberal|amerika|barat|gubernur|pemimpin|negara|presiden|` +
      `rezim|partai|pemerintah) (?:yang |itu |memang |sangat |notabene |pasti ){0,2}(?:kafir|kapir)`,
    need: 'kafir kapir',
  },
  { rule: 'tone.sara', src: `(?:kafir|kapir) (?:${GROUP}|pki|komunis|ateis|atheis|liberal|semua|semuanya)`, need: 'kafir kapir' },

  // ---- threats ----
  { rule: 'tone.threat', src: `awas (?:kamu|kalian|anda|kau)` },
  { rule: 'tone.threat', src: `(?<=jangan )harap(?: ${W}){1,5} (?:lancar|cepat|selesai|dilayani|diproses|beres|aman|tenang|dibantu)` },
  {
    rule: 'tone.threat',
    src:
      `(?<=(?:(?:saya|kami|aku) (?:bisa |akan |bakal |pasti )?|(?:bisa|akan|bakal|pasti) (?:kami|saya) ))(?:persulit|mempersulit|hambat|menghambat|tahan|menahan|cabut|` +
      `coret|blokir|tunda|perlambat|perlama|pending)(?! ${W} (?:masalah|kendala|gangguan))`,
  },
  { rule: 'tone.threat', src: `(?<=(?:saya|kami) )catat nama (?:anda|kamu|bapak|ibu|kakak|saudara)` },
  {
    rule: 'tone.threat',
    src:
      `(?<=(?:saya|kami) (?:akan |bakal )?)(?:laporkan|laporin|polisikan|penjarakan|pidanakan|somasi|tuntut|viralkan|` +
      `datangi)(?: ${W}){0,5} (?:kalau|jika|kalo|bila) (?:masih|sekali|berani|terus|tetap|${W} lagi)`,
  },
  {
    rule: 'tone.threat',
    src:
      `(?<=(?:saya|kami|aku) (?:akan |bakal )?)(?:bunuh|hajar|pukul|tembak|bacok|habisi|gebuk|gebukin|tonjok|bakar|culik|gorok|` +
      `penggal|bantai|santet|hancurkan) (?:kamu|kalian|anda|kau|dia|mereka|rumah|keluarga)`,
  },
  { rule: 'tone.threat', src: `(?<=(?:kamu|kalian|anda|kau) (?:akan|bakal|pasti) )(?:menyesal|tahu akibatnya|rasakan|mati|celaka|habis)` },
  { rule: 'tone.threat', src: `(?:tunggu|lihat) (?:saja )?(?:pembalasan|akibatnya|nanti (?:kamu|kalian|anda))`, need: 'pembalasan akibatnya nanti' },
  { rule: 'tone.threat', src: `(?:rasakan|tanggung) (?:sendiri )?akibatnya`, need: 'akibatnya' },
  { rule: 'tone.threat', src: `(?:mati|mampus|modar) (?:saja |sajalah )?(?:kamu|kalian|kau|sana)|(?:mampus|modar|matilah|mampuslah) (?:saja|lah)` },
  { rule: 'tone.threat', src: `(?:mending|mendingan|lebih baik|sebaiknya) (?:kamu |kau |kalian )?mati(?: saja)?`, need: 'mati' },
  { rule: 'tone.threat', src: `(?:bunuh|gantung|penggal|bakar|bantai|rajam|gorok|tembak mati) (?:saja|sekarang|segera|dia|mereka|kepalanya|orangnya)` },
  { rule: 'tone.threat', src: `(?:youll|you will) regret`, need: 'regret' },
  { rule: 'tone.threat', src: `(?:we|i) know where you (?:live|work)`, need: 'live work' },
  { rule: 'tone.threat', src: `(?:watch your back|or else !)`, need: 'back else' },
  { rule: 'tone.threat', src: `(?:i will|ill) (?:kill|hurt|find|destroy) you`, need: 'kill hurt find destroy' },

  // ---- condescension and blame ----
  {
    rule: 'tone.condescension',
    src: `masa (?:hal )?(?:begitu|begini|itu|ini|segitu)? ?(?:saja )?tidak (?:mengerti|paham|bisa|tahu|baca|lihat|ngeh)`,
    sugg: 'Mohon maaf bila kurang jelas, kami bantu jelaskan langkahnya ya.',
  },
  {
    rule: 'tone.condescension',
    src: `masa(?: ${W}){1,6} (?:saja|juga) (?:harus|perlu|mesti|musti) (?:ditanyakan|ditanya|bertanya|tanya|dijelaskan|diajari|` + `diajarin)`,
    need: 'ditanyakan ditanya bertanya tanya dijelaskan diajari diajarin',
    sugg: 'Terima kasih sudah bertanya, kami bantu jelaskan.',
  },
  {
    rule: 'tone.condescension',
    src: `(?:pelajaran|anak|murid) (?:sd|tk|kecil|paud)(?: saja| juga)?(?: ${W}){0,2} (?:tahu|bisa|mengerti|paham)`,
    need: 'sd tk kecil paud',
  },
  { rule: 'tone.condescension', src: `(?<=(?:itu|ini) kan )pelajaran` },
  {
    rule: 'tone.condescension',
    src: `(?<=${YOU} (?:yang |saja yang |memang )?)kurang (?:teliti|baca|membaca|cermat|pintar|paham|piknik|jeli|perhatian)`,
    sugg: 'Persyaratannya dapat dilihat di …; kami bantu cek bersama ya.',
  },
  {
    rule: 'tone.condescension',
    src: `(?:tinggal|cukup) (?:dibaca|baca|membaca)`,
    need: 'dibaca baca membaca',
    sugg: 'Informasinya tersedia di …; bila ada ' + 'yang kurang jelas, kami bantu.',
  },
  {
    rule: 'tone.condescension',
    src: `makanya (?:baca|dibaca|lihat|dilihat|cek|perhatikan|ikuti|dengar|jangan|kalau|lain kali|teliti|pahami)`,
    sugg: 'Informasi lengkapnya ada di …; kami bantu bila ada yang kurang jelas.',
  },
  {
    rule: 'tone.condescension',
    src: `salah (?:sendiri|kamu sendiri|anda sendiri|bapak sendiri|ibu sendiri)`,
    need: 'sendiri',
    sugg: 'Kami bantu cari jalan keluarnya.',
  },
  {
    rule: 'tone.condescension',
    src: `bukan (?:urusan|masalah|tanggung jawab|tanggungan) (?:kami|saya)`,
    need: 'urusan masalah tanggung tanggungan',
    sugg: 'Hal ini di luar kewenangan kami; ' + 'silakan menghubungi … , kami bantu teruskan.',
  },
  { rule: 'tone.condescension', src: `derita (?:kamu|anda|situ)` },
  {
    rule: 'tone.condescension',
    src:
      `(?<=(?:sudah|telah) (?:kami |saya )?)(?:jelaskan|dijelaskan|bilang|dibilang|sampaikan|disampaikan|infokan|diinfokan|` +
      `umumkan|diumumkan|kasih tahu|dikasih tahu) (?:berulang kali|berulang-ulang|berkali kali|berkali-kali|[^ .!?]+ kali)`,
    need: 'kali berulang',
    sugg: 'Kami jelaskan kembali ya: …',
  },
  {
    rule: 'tone.condescension',
    src:
      `(?<=kalau (?:masih )?(?:belum|tidak) )(?:paham|mengerti|bisa baca|bisa membaca|mau antre|mau antri|mau repot|` +
      `mau ikut aturan|mau mengikuti aturan|sanggup|mampu)(?: ${W}){0,4} ,? (?:ya |lebih baik |)(?:jangan|sebaiknya|mungkin|tidak usah|ya sudah|belajar|` +
      `minta)`,
    sugg: 'Bila ada kendala, kami siap membantu melalui …',
  },
  {
    rule: 'tone.condescension',
    src: `kalau (?:dari|sejak) awal(?: ${W}){1,6} (?:tidak|kan) (?:bakal|akan|perlu)`,
    sugg: 'Sebagai informasi, aturannya adalah …',
  },
  {
    rule: 'tone.condescension',
    src:
      `(?:minta|mintakan|tanya|tanyakan) (?:bantuan |tolong )?(?:(?:ke |kepada |pada |sama )(?:anak|cucu)(?:nya|mu)?|` +
      `(?:anak|cucu)(?:nya|mu)|(?:anak|cucu) saja)`,
    need: 'anak anaknya anakmu cucu cucunya cucumu',
    sugg: 'Bila kesulitan, petugas kami siap membantu langsung.',
  },
  { rule: 'tone.condescension', src: `(?<=(?:bikin|membuat) )(?:ribet|rempong)` },
  {
    rule: 'tone.condescension',
    src: `kan sudah (?:ada|jelas|dijelaskan|diumumkan|ditulis|tertulis|dibilang|kami jelaskan)`,
    sugg: 'Informasinya tersedia di …; kami bantu bila ada yang kurang jelas.',
  },
  {
    rule: 'tone.condescension',
    src: `(?<!(?:silakan|mohon|bisa|dapat|untuk) )baca (?:dulu|lagi|baik-baik|yang benar|yang bener|pengumumannya dulu|` + `pengumuman dulu)`,
    sugg: 'Informasi lengkapnya ada di pengumuman kami.',
  },
  { rule: 'tone.condescension', src: `apa susahnya`, need: 'susahnya' },
  { rule: 'tone.condescension', src: `jelas (?:tertulis|ada) (?:kok|kan)` },
  { rule: 'tone.condescension', src: `(?:maybe |just )?try reading`, need: 'reading' },
  { rule: 'tone.condescension', src: `(?<=(?:its|it is) )literally` },
  {
    rule: 'tone.condescension',
    src: `(?:learn to read|cant you read|can not you read|did you even read|do you even read|read the (?:pinned|post|faq|bio|` + `rules|announcement))`,
    need: 'read',
  },
  { rule: 'tone.condescension', src: `(?<=(?:as|like) we (?:already |have )?)(?:said|explained|stated|told you)` },
  { rule: 'tone.condescension', src: `(?:your own fault|common sense)`, need: 'fault sense' },

  // ---- dismissive ----
  {
    rule: 'tone.dismissive',
    src:
      `(?<=(?:tidak usah|jangan|tidak perlu) )(?:lebay|lebai|baper|drama|berlebihan|alay|ribut|protes terus|komplain terus|` +
      `dibesar besarkan|dibesarkan)|(?<=(?:tidak usah|jangan) banyak )(?:protes|komentar|omong|bacot|tanya)`,
    sugg: 'Terima kasih atas laporannya, akan kami cek.',
  },
  {
    rule: 'tone.dismissive',
    src: `(?:cuma|hanya|cuman)(?: ${W}){0,2} (?:kecil|sedikit|sebentar|segitu) (?:kok|saja|doang)`,
    need: 'kecil sedikit sebentar segitu',
    sugg: 'Terima kasih atas laporannya; petugas kami akan mengecek lokasinya.',
  },
  { rule: 'tone.dismissive', src: `namanya juga`, sugg: 'Kami memahami kendalanya; langkah yang sedang kami lakukan adalah …' },
  { rule: 'tone.dismissive', src: `terima nasib` },
  {
    rule: 'tone.dismissive',
    src: `(?:bodo|bodoh) (?:amat|amatan)|masa bodoh`,
    need: 'amat amatan bodoh',
    sugg: 'Kami memahami keluhan ini dan akan menindaklanjutinya.',
  },
  { rule: 'tone.dismissive', src: `mau bagaimana lagi`, need: 'bagaimana' },
  { rule: 'tone.dismissive', src: `terserah (?:kamu|anda|bapak|ibu|kalian|kakak|situ)` },
  { rule: 'tone.dismissive', src: `(?:urus|pikir|cari) (?:saja )?sendiri`, need: 'sendiri' },
  { rule: 'tone.dismissive', src: `you people`, need: 'people' },
  { rule: 'tone.dismissive', src: `figure it out` },
  {
    rule: 'tone.dismissive',
    src: `(?:not our problem|deal with it|get over it|stop (?:complaining|whining)|who cares)`,
    need: 'problem deal over complaining whining cares',
  },

  // ---- sarcasm and mockery ----
  { rule: 'tone.sarcasm', src: `selamat ,? (?:anda|kamu|bapak|ibu|kakak|kak) (?:adalah |menjadi |jadi )?(?:orang |penanya |pelapor )?(?:yang )?ke [0-9]+` },
  { rule: 'tone.sarcasm', src: `oh (?:tentu|pasti|jelas|wow|hebat)` },
  { rule: 'tone.sarcasm', src: `(?<=(?:iya|ya) )deh ,?(?: ${W}){0,4} (?:paling|memang|pasti|hebat)` },
  {
    rule: 'tone.sarcasm',
    src: `paling (?:tahu|pintar|pinter|benar|bener|hebat|paham|mengerti) (?:segalanya|semuanya|sedunia|sejagat)`,
    need: 'segalanya semuanya sedunia sejagat',
  },
  {
    rule: 'tone.sarcasm',
    src: `(?<=(?:netizen|warganet|kamu|anda|kalian|situ) (?:memang |memang yang |yang )?)paling (?:tahu|pintar|pinter|benar|bener|` + `hebat|paham)`,
  },
  { rule: 'tone.sarcasm', src: `biar puas(?: saja| kan| ya)?` },
  { rule: 'tone.sarcasm', src: `(?:kreatif|pintar|pinter|cerdas|jenius|hebat|keren) (?:sekali|amat|betul) (?:ya )?(?:warganet|netizen|kalian|anda|kamu)` },
  {
    rule: 'tone.sarcasm',
    src: `(?<=(?:bapak|ibu|pak|bu|mas|mbak|kak|sang|si|tuan|nyonya) (?:yang )?)(?:ahli|pakar|profesor|jenius|paling pintar|` + `maha benar|serba tahu)`,
  },
  {
    rule: 'tone.sarcasm',
    src: `(?:makes (?:total|perfect) sense|thanks for nothing|yeah right|oh great|nice try|good luck with that)`,
    need: 'sense nothing right great try luck',
  },
  { rule: 'tone.sarcasm', src: `because you (?:tweeted|complained|asked|posted)`, need: 'tweeted complained asked posted' },
];
