/**
 * ASN neutrality (SKB 2022): phrases over the normalised token string (see ../text/tokens.ts).
 * Every pattern starts with a literal word, its anchor.
 */
export interface NeutralityPattern {
  rule: string;
  src: string;
  need?: string;
}

const W = '[^ .!?]+';
const NUM = '(?:no \\.|no|nomor|nomer|nmr|urut|nomor urut|no urut)';
const CAND = '(?:paslon|pasangan calon|calon|caleg|capres|cawapres|cagub|cawagub|cabup|cawabup|cawalkot|kandidat|partai|parpol)';
// "paling lambat", "lebih lanjut": a deadline or a connective after an address or a queue number, not praise
const DEGREE = '(?:lebih(?! (?:lanjut|dari|lambat|cepat|awal|dahulu|dulu))|paling(?! (?:lambat|cepat|telat|lama|akhir|awal)))';
const ELECTION = '(?:pilkada|pemilu|pilpres|pileg|pilgub|pilbup|pilwalkot|pilkades|pencoblosan|coblosan)';

export const NEUTRALITY_PATTERNS: NeutralityPattern[] = [
  // "pilih nomor 2", "coblos paslon 01", "jangan pilih paslon nomor 1"
  {
    rule: 'neutrality.vote_call',
    src: `(?:pilih|pilihlah|coblos|coblosan|contreng|dukung|menangkan|memenangkan|vote) (?:${CAND} (?:${NUM} )?|${NUM} )[0-9]{1,2}`,
    need: 'paslon pasangan calon caleg capres ' + 'cawapres cagub cawagub cabup cawabup cawalkot kandidat partai parpol no nomor nomer nmr urut',
  },
  {
    rule: 'neutrality.vote_call',
    src: `(?<=jangan )(?:pilih|coblos|dukung) (?:${CAND}|${NUM})`,
    need: 'paslon pasangan calon caleg capres cawapres cagub ' + 'cawagub cabup cawabup cawalkot kandidat partai parpol no nomor nomer nmr urut',
  },
  { rule: 'neutrality.vote_call', src: `(?<=jangan salah )(?:coblos|pilih)` },
  { rule: 'neutrality.vote_call', src: `(?:vote for|deserves? to win|deserve to win|who deserves)` },
  // support for or against a candidate or party
  {
    rule: 'neutrality.candidate_support',
    src: `(?:mendukung|dukung|dukunglah|menangkan|memenangkan|kawal|kawallah|pilih|coblos|menangkan) (?:terus |` + `penuh )?${CAND}`,
    need: 'paslon pasangan calon caleg capres cawapres cagub cawagub cabup cawabup cawalkot kandidat partai parpol',
  },
  {
    rule: 'neutrality.candidate_support',
    src: `(?<=(?:menangkan|memenangkan|pilih|coblos) )(?:bu|pak|ibu|bapak|mas|mbak|bang|kak) ${W}`,
    need: 'menangkan memenangkan pilih coblos',
  },
  { rule: 'neutrality.candidate_support', src: `menang (?:di|pada|dalam) ${ELECTION}` },
  { rule: 'neutrality.candidate_support', src: `(?<=jangan sampai )(?:menang|terpilih|berkuasa)` },
  {
    rule: 'neutrality.candidate_support',
    src:
      `(?<=(?:paslon|calon|capres|cawapres|cagub|cabup|kandidat|partai) (?:${NUM} )?(?:[0-9]{1,2} )?(?:itu |` +
      `ini )?)(?:${DEGREE}|pasti|terbukti|gagal|boneka|bonekanya|unggul|layak|terbaik|curang|korup|antek|tidak becus|tidak layak|meyakinkan|jagoan|` +
      `andalan)`,
    need: 'paslon calon capres cawapres cagub cabup kandidat partai',
  },
  {
    rule: 'neutrality.candidate_support',
    src: `(?<=${NUM} [0-9]{1,2} )(?:gelagapan|${DEGREE}|pasti|menang|kalah|gagal|unggul|terbaik|jelek|payah)`,
    need: 'no nomor nomer nmr urut',
  },
  {
    rule: 'neutrality.candidate_support',
    src: `(?<=(?:partai|paslon|calon|capres) yang )(?:anti|korup|curang|gagal|pro rakyat|peduli|terbaik|dekat dengan|` + `merakyat|amanah)`,
    need: 'partai paslon calon capres',
  },
  { rule: 'neutrality.candidate_support', src: `(?<=jatuh ke tangan )(?:partai|paslon|calon|mereka)`, need: 'jatuh' },
  {
    rule: 'neutrality.candidate_support',
    src: `selamat (?:ulang tahun|ulang tahun ke ?[0-9]*|hut|milad|dies natalis) (?:partai|parpol)`,
    need: 'partai parpol',
  },
  { rule: 'neutrality.candidate_support', src: `kawal (?:sampai|hingga|ke) tps` },
  { rule: 'neutrality.candidate_support', src: `(?<=(?:survei|survey|elektabilitas)(?: ${W}){0,4} )unggul` },
  {
    rule: 'neutrality.candidate_support',
    src: `(?:lengserkan|gulingkan|turunkan presiden|ganti presiden|tumbangkan rezim|lanjutkan ${W} periode|` + `dua periode|2 periode|tiga periode|3 periode)`,
  },
  {
    rule: 'neutrality.candidate_support',
    src: `(?<=balas )budi(?: ${W}){0,4} (?:tanggal|di tps|saat pemilu|pas pemilu|pada pemilu|${ELECTION}|` + `nanti di bilik)`,
    need: 'balas',
  },
  // campaign work and amplification
  {
    rule: 'neutrality.campaign',
    src: `(?:relawan|tim) (?:pemenangan|sukses|kampanye)|timses|jurkam|juru kampanye`,
    need: 'pemenangan sukses kampanye timses jurkam juru',
  },
  {
    rule: 'neutrality.campaign',
    src:
      `(?:follow|ikuti|subscribe|like|likes|share|retweet|repost|rt|sebarkan|bagikan|viralkan|` +
      `ramaikan)(?: ${W}){0,6} (?:program (?:mereka|beliau|paslon|calon)|kampanye|campaign|visi misi|paslon|capres|cagub|calon)`,
    need: 'program kampanye campaign visi paslon capres cagub calon',
  },
  { rule: 'neutrality.campaign', src: `kampanye(?: ${W}){0,4} (?:jangan lupa )?(?:hadir|datang|ramaikan|ikut)` },
  { rule: 'neutrality.campaign', src: `(?:hadir|datang|ramaikan|ikut) (?:ke |di |pas |saat |dalam )?kampanye`, need: 'kampanye' },
  {
    rule: 'neutrality.campaign',
    src:
      `(?<=(?:kaos|kaus|baju|atribut|stiker|kalender|topi|bendera|spanduk|poster|jaket|rompi|masker) (?:bergambar |` +
      `berlogo |bertuliskan |dengan logo |dengan foto )?)(?:paslon|partai|calon|caleg|capres|cagub|kandidat)`,
  },
  { rule: 'neutrality.campaign', src: `campaign (?:video|post|page|rally|event)` },
  // hand signs
  { rule: 'neutrality.hand_sign', src: `(?:salam|pose|acungkan|acung|mengacungkan|simbol|gaya) (?:satu|dua|tiga|empat|lima|[0-9]) jari`, need: 'jari' },
];
