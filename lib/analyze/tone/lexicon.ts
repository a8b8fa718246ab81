/**
 * Tone word lists. Written for Saring; the coverage was checked against, and some entries come from,
 * two MIT-licensed lists: drizki/indonesian-badwords (src/dict.json) and joshuamanly/kata-kasar
 * (blacklist, and its whitelist of innocent look-alikes) — MIT, © their authors.
 *
 * One entry a word, space separated, in lower case, in the form people type it. Variants with
 * repeated letters (anjiiing), leetspeak (g0bl0k), masks (b*ngsat), separators (g.o.b.l.o.k) and the
 * common affixes (-nya, -lah, -mu, -in, nge-, di-) are handled by the matcher, not listed here.
 */

/** Expletives and vulgar words: danger. */
export const PROFANITY =
  'anjing anjeng anjink anjer anjir anjrit anjrot anjret anjay anying anyink ajg ajig anjg anjim anjj njir njing nying njeng ' +
  'asu asw asyu asuw bangsat bangsad bangset bangsul bgst bgsd bngst bajingan bajinga brengsek berengsek brengsex brengsk ' +
  'keparat kampret kmprt kampang sompret kacrut tai taik taek tae jancuk jancok jancik jiancuk jiancok dancok dancuk ancuk ancok cuk cok cuki coeg ' +
  'jamput jiamput diamput pantek pantekk puki pukimak pukimai pukima pukimae kimak cukimai cukima cukimay ' +
  'ngentot ngentod ngentd ngntd entot entod kentot ngewe ewean kontol kntl kontl konthol memek mmk meki pepek tempik tempek ' +
  'titit toket jembut peler silit itil coli colmek sange sangean ngaceng bokep lonte lacur pelacur perek pecun jablay sundal sundel bispak ' +
  'mampus modar matamu matane ndasmu cocot cocote congor bacot bacod bacotan nete ngehe kehed' +
  'fuck fucking fucked fucker motherfucker fck fuk fvck wtf stfu gtfo shit shitty bullshit bitch bastard asshole cunt dick whore slut damn crap';

/** Insults and name-calling: warning. */
export const INSULT =
  'goblok goblog goblo gblk gblg goblock tolol bego bgo begok bodoh bodat dungu dongo dongok dungo bloon beloon oon bebal pekok geblek gebleg ' +
  'sarap sinting edan koplak culun cupu norak kampungan udik ndeso katrok bolot budek budeg congek conge picek burik gembrot ' +
  'banci bencong maho gembel jongos kacung pecundang pengecut munafik penjilat biadab bedebah sontoloyo kunyuk bangke ' +
  'cebong kecebong cebonk kampret plongo plonga planga songong belegug balegug boloho kehed gelo bejat bejad cabul mesum ' +
  'dajjal laknat najis brengsek bajingan keparat begundal tengik bangkotan kurap koreng kutil monyong comberan ' +
  'idiot idiotic stupid dumb moron imbecile retard retarded loser';

/** Animal names used as insults: warning, but not next to words of real animals (vaccination, pets, a zoo). */
export const ANIMAL = 'anjing asu babi monyet kunyuk celeng kodok kecoak kadal beruk curut tikus keledai kerbau bangkai cebong kampret kirik nyet';

/** Slurs for a group (ethnicity, religion, race): SARA, danger. */
export const SARA_SLUR = 'kapir kopar kafirun aseng cokin panlok kadrun keling negro nigger nigga inlander';

/**
 * Words that are rude only when aimed at someone (a "you", "dasar", "kayak" nearby): "sampah" is
 * waste collection news, "gila" can be praise. Warning.
 */
export const TARGETED = 'sampah gila buta cacat autis homo jelek pesek gendut babu setan iblis maling rampok garong penipu pembohong pembual alay lemot kafir cina onta yahudi komunis pki antek';

/** Of the TARGETED words, the ones that become SARA when aimed at a group. */
export const TARGETED_SARA = 'kafir cina onta yahudi komunis pki antek';

/** Multi-word insults (matched on the normalised token string, so "gak tau diri" = "tidak tahu diri"). */
export const INSULT_PHRASES: string[] = [
  'otak udang', 'otak dengkul', 'otak kosong', 'otak sampah', 'otak kotor', 'otak kerbau', 'otak keledai', 'otak ayam', 'tidak punya otak',
  'tidak berotak', 'otaknya (?:di|ketinggalan|ditaruh|dimana|tidak dipakai)', 'kurang ajar', 'tidak tahu diri', 'tidak tahu malu', 'muka tembok',
  'muka badak', 'sampah masyarakat', 'anak haram', 'sumbu pendek', 'tidak pernah sekolah', 'tidak sekolah ya', 'makan bangku sekolahan',
  'tukang (?:fitnah|bohong|tipu|hoaks|hoax|nyinyir)', 'mulut (?:sampah|comberan|besar)', 'son of a bitch', 'go to hell', 'piece of shit',
  'plonga plongo', 'planga plongo', 'idiotic', 'brain ?dead', 'you idiot', 'shut up',
];

/** Multi-word SARA slurs and hostile group labels. */
export const SARA_PHRASES: string[] = [
  'bani serbet', 'kadal gurun', 'antek (?:asing|aseng|cina|china|yahudi|komunis|pki)', 'kafir laknat', 'kaum kafir', 'dasar kafir', 'dasar cina',
  'cina (?:babi|kafir|komunis|laknat)', 'babi cina', 'onta arab', 'yahudi laknat',
];

/** Context words that make an animal word literal. */
export const LITERAL_CONTEXT =
  'peliharaan hewan binatang satwa kucing ayam sapi kambing rabies vaksin vaksinasi ekor seekor liar gigit gigitan digigit kandang pakan ternak ' +
  'peternak peternakan daging hutan kebun populasi habitat dokter drh klinik flu asf spesies penangkaran konservasi wisata jinak galak gonggong ' +
  'menggonggong steril sterilisasi adopsi berkeliaran kuliner pet dog dogs cat cats puppy zoo animal animals lalat kelelawar buah';

/** Innocent words that a transformation could turn into a listed word (whole-token guard). */
export const GUARD =
  'pantai asuransi bangsal bangsa asuh asuhan asumsi asrama asing asli kontan kontrol kontak kontes tahi tain taiwan ' +
  'cukup cukai coklat cokelat cokro kimia anjungan anjang babinsa babin bangka bangkit sialang setana tolong bodi tempe ' +
  'pukul puki-puki memel meko kampung kampanye pecel peluk pelek pelari silat titik toko tetap tetes koko kodak kodam ' +
  'bencana bacok bacon dicky dickens shitake assalamualaikum asal asem asma kafe fakultas';

/** A small slang → standard map for the phrase rules (not for the word lists). */
export const SLANG: Record<string, string> = (() => {
  const m: Record<string, string> = {};
  const add = (std: string, forms: string) => {
    for (const f of forms.split(' ')) m[f] = std;
  };
  add('tidak', 'gak ga gk nggak ngga ngak enggak engga egak kagak kaga kgk tdk ndak nda gag nggk');
  add('sudah', 'udah udh dah sdh uda udeh');
  add('saja', 'aja aj ae doang doank');
  add('kamu', 'lu lo loe elu elo lw luh lou kmu');
  add('kalian', 'klian');
  add('saya', 'gue gua gw aku aq');
  add('kalau', 'kalo klo klau');
  add('tahu', 'tau tw');
  add('mengerti', 'ngerti ngarti');
  add('begitu', 'gitu gt');
  add('begini', 'gini');
  add('bagaimana', 'gimana gmn');
  add('yang', 'yg');
  add('dengan', 'dgn dg');
  add('sekali', 'banget bgt bngt');
  add('belum', 'blm blom belom');
  add('lagi', 'lg');
  add('juga', 'jg');
  add('karena', 'karna krn');
  add('bisa', 'bs');
  add('seperti', 'kayak kek kyk');
  add('sama', 'sm');
  add('jelaskan', 'jelasin');
  add('dijelaskan', 'dijelasin');
  add('bilang', 'blg');
  add('memang', 'emang emg');
  add('mau', 'mo');
  add('apa', 'ape');
  add('bikin', 'bkin');
  add('mengajari', 'ngajarin ngajari');
  add('mengatur', 'ngatur');
  return m;
})();
