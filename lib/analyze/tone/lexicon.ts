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
  'asu asw asyu asuw azu jing bangsat bangsad bangset bngsat bgsat bangsul bgst bgsd bngst bajingan bajinga brengsek berengsek brengsex brengsk ' +
  'keparat kampret kmprt kamvret mpret kampang sompret kacrut tai taik taek jancuk jancok jancik jiancuk jiancok dancok dancuk ancuk ancok cuk cok cuki coeg ' +
  'jamput jiamput diamput diancuk raimu gundulmu cangkemmu cabo telaso tailaso palaji sundala cibai cibay heunceut henceut pantek pantekk puki pukimak ' +
  'pukimai pukima pukimae kimak cukimai cukima cukimay ' +
  'ngentot ngentod ngentd ngntd entot entod kentot ngewe ewean kontol kntl kontl konthol memek mmk meki pepek tempik tempek ' +
  'titit titid tytyd toket pantat penis onani bokong berak jembut peler silit itil coli colmek sange sangean ngaceng bokep lonte lacur pelacur perek pecun ' +
  'jablay sundal sundel bispak ' +
  'mampus modar matamu matane ndasmu cocot cocote congor bacot bacod bacotan nete ngehe kehed sialan ' +
  'fuck fuckin fucking fucked fucker dumbass jackass motherfucker fck fuk fvck wtf stfu gtfo shit shitty bullshit bitch bastard asshole cunt dick whore ' +
  'slut damn crap pussy faggot ' +
  'germo gigolo jilmek nyepong peju pejuh kenthu kentu kopet pukimay tiembokne crot babangus';

/** Insults and name-calling: warning. */
export const INSULT =
  'goblok goblog goblo gblk gblg goblock tolol bego bgo begok bodoh bodat dungu dongo dongok dungo bloon beloon oon bebal pekok geblek gebleg ' +
  'sarap sinting edan koplak cupu norak kampungan ndeso katrok bolot budeg congek conge picek burik gembrot ' +
  'banci bencong maho gembel jongos kacung pecundang pengecut penjilat biadab bedebah sontoloyo kunyuk bangke ' +
  'cebong kecebong cebonk cebonger cebongers kampret plongo plonga planga songong belegug balegug boloho kehed gelo bejat bejad cabul mesum ' +
  'bodo budek udik culun terkutuk sial telmi tulul belagu pelakor lambemu moncongmu koplok buduk budug cacad somplak goblik kampretos kamfret lekong ' +
  'tulalit karbitan kepo setan jahanam sotoy sotoi sotau dajjal laknat najis brengsek bajingan keparat begundal bangkotan kurap koreng kutil monyong ' +
  'comberan ' +
  'semprul gemblung sableng gendeng kupret kamseupay tengil dekil kemplu dlogok bedegong genjik nggateli ' +
  'idiot idiotic stupid dumb moron imbecile retard retarded loser jerk scum prick douche pathetic';

/** Animal names used as insults: warning, but not next to words of real animals (vaccination, pets, a zoo). */
export const ANIMAL = 'onta anjing asu babi kunyuk celeng kecoak kadal beruk curut tikus keledai kerbau bangkai kirik nyet onta';

/** Slurs for a group (ethnicity, religion, race): SARA, danger. */
export const SARA_SLUR = 'kapir kopar kafirun cokin panlok kadrun keling negro nigger nigga inlander';

/**
 * Words that are rude only when aimed at someone (a "you", "dasar", "kayak" nearby): "sampah" is
 * waste collection news, "gila" can be praise. Warning.
 */
export const TARGETED =
  'sampah busuk binatang gila ampas stres stress enek muak pea cacat homo gay monyet jelek pesek gendut babu iblis maling rampok ' +
  'garong penipu pembohong pembual alay lemot munafik koruptor kencing dodol lintah buaya ular serigala biawak murahan bawel wedhus tengik kodok cungkring ' +
  'trash kafir cina aseng yahudi';

/** Of the TARGETED words, the ones that become SARA when aimed at a group. */
export const TARGETED_SARA = 'kafir cina aseng sipit';

/** Multi-word insults (matched on the normalised token string, so "gak tau diri" = "tidak tahu diri"). */
export const INSULT_PHRASES: string[] = [
  '(?:otak|otaknya|otakmu) (?:udang|dengkul|kosong|sampah|kotor|kerbau|keledai|ayam|bebek|babi|kadal|kodok|miring|sengklek|dobol|tumpul|pentol korek)',
  'iq (?:jongkok|rendah|sekolam|ikan|kambing|kodok|dua digit|satu digit)@@jongkok rendah sekolam ikan kambing kodok digit',
  '(?:iblis|setan|dajjal) betina@@betina',
  '(?:keturunan|anak|antek|budak|pengikut|titisan) (?:iblis|setan|dajjal|syetan|' + 'syaitan)@@iblis setan dajjal syetan syaitan',
  '(?<=tidak )berotak',
  'otaknya (?:di|ketinggalan|ditaruh|dimana|tidak dipakai)',
  'kurang ajar@@ajar',
  '(?<=tidak )tahu (?:diri|malu)@@diri malu',
  'muka tembok',
  'muka badak',
  'sampah masyarakat',
  'anak haram@@haram',
  'sumbu pendek',
  '(?<=tidak (?:pernah )?)sekolah (?:ya|kah|apa)',
  '(?<=tidak )pernah sekolah',
  'makan bangku sekolahan',
  'tukang (?:fitnah|bohong|tipu|hoaks|hoax|nyinyir)@@fitnah bohong tipu hoaks hoax nyinyir',
  'mulut (?:sampah|comberan|besar)',
  'go to hell@@hell',
  'plonga plongo',
  'planga plongo',
  'bani (?!israil|israel|umayyah|abbasiyah|hasyim|quraisy|adam|tamim|saleh|saudi)[a-z]+',
  'idiotic',
  'mulut (?:jamban|busuk|comberan|sampah|ember|lemes)',
  'sampah (?:negara|masyarakat|bangsa)',
  'jilat (?:pantat|kaki|ludah)',
  'orang (?:gila|sinting|stres|stress)@@gila sinting stres stress',
  '(?:otak|pikiran) (?:dangkal|cetek|' + 'pendek)@@dangkal cetek pendek',
  'dangkal (?:otak|pikiran)(?:nya|mu)?',
  'binatang (?:terkutuk|jalang|liar kamu)',
  'maling (?:uang|duit) rakyat',
  '(?:si|politik|otak) busuk@@busuk',
  'brain ?dead@@brain braindead',
  'shut up@@shut',
];

/** Multi-word SARA slurs and hostile group labels. */
export const SARA_PHRASES: string[] = [
  'bani serbet',
  'kadal gurun',
  'kafir laknat',
  'kaum kafir',
  'dasar kafir',
  'dasar cina',
  'cina (?:babi|kafir|komunis|laknat)',
  'babi cina',
  'onta arab',
  'yahudi laknat',
  '(?:nabi|rasul|muhammad|allah|tuhan|yesus) (?:[^ .!?]+ )?(?:gadungan|palsu|cabul|bajad|bejat|pembohong|penipu|' +
    'sesat)@@gadungan palsu cabul bajad bejat pembohong penipu sesat',
  'bani (?:onta|serbet|micin|kampret|cebong|taplak|daster|selangkangan)',
  '(?:kencing|punuk|otak|pantat) onta@@onta',
  'kaum sipit',
  'buang (?:islam|alquran|quran|al quran|injil|alkitab)@@islam alquran quran al injil alkitab',
  '(?:kitab|agama) sampah@@sampah',
  '(?:teroris|terorist) (?:kafir|budha|buddha|islam|kristen|cina|china)',
  '(?:cina|china|ahok|nasrani|kristen|yahudi|budha|hindu) kafir@@kafir',
];

/** Context words that make an animal word literal. */
export const LITERAL_CONTEXT =
  'peliharaan hewan binatang satwa kucing ayam sapi kambing rabies vaksin vaksinasi ekor seekor liar gigit gigitan digigit kandang pakan ternak ' +
  'peternak peternakan daging hutan kebun populasi habitat dokter drh klinik flu asf spesies penangkaran konservasi wisata jinak galak gonggong ' +
  'menggonggong steril sterilisasi adopsi berkeliaran kuliner pets dog dogs cat cats puppy zoo animal animals lalat kelelawar buah ' +
  'cinta ngepet guling panggang mamalia dna mengandung makanan halal sertifikat susu naik menunggang sate ras haram diharamkan mengharamkan ' +
  'enzim protein buntut lemak gelatin burung topeng jambu mangsa selamatkan proboscis telur telor ' +
  'pelihara piara miara memelihara dipelihara makan dimakan memakan potong kurban qurban naek shio kera gajah';

/** Innocent words that a transformation could turn into a listed word (whole-token guard). */
export const GUARD =
  'pantai asuransi bangsal bangsa asuh asuhan asumsi asrama asing asli kontan kontrol kontak kontes tahi tain taiwan dilaknat ' +
  'cukup cukai coklat cokelat cokro kimia anjungan anjang babinsa babin bangka bangkit sialang setana tolong bodi tempe ' +
  'pukul puki-puki memel meko kampung kampanye pecel peluk pelek pelari silat titik toko tetap tetes koko kodak kodam ' +
  'bencana bacok bacon dicky dickens shitake assalamualaikum asal asem asma kafe fakultas membabi kenajisan sarapan kebodohan saraf fussy cog';

/** A small slang → standard map for the phrase rules (not for the word lists). */
export const SLANG: Map<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (std: string, forms: string) => {
    for (const f of forms.split(' ')) m.set(f, std);
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

/**
 * Weak cues of political or group hostility: none is enough alone; together (sum ≥ 1) they are
 * ("rezim antek aseng", "penista agama … bubarkan").
 */
export const WEAK: Map<string, number> = new Map(
  Object.entries({
    ganyang: 1,
    penista: 0.7,
    usir: 0.7,
    bubarkan: 0.7,
    diktator: 0.8,
    otoriter: 0.6,
    pencitraan: 0.6,
    zalim: 0.6,
    dzalim: 0.6,
    pengkhianat: 0.6,
    penjarakan: 0.6,
    rezim: 0.5,
    antek: 0.5,
    aseng: 0.6,
    komunis: 0.4,
    pki: 0.4,
    cina: 0.4,
    kafir: 0.5,
    fitnah: 0.4,
    bohong: 0.4,
    ngibul: 0.6,
    nyinyir: 0.5,
    mundur: 0.4,
    pecat: 0.5,
    tangkap: 0.4,
    koruptor: 0.5,
    korup: 0.5,
    provokator: 0.5,
    gerombolan: 0.5,
    munafik: 0.5,
    penipu: 0.6,
    pembohong: 0.6,
    sok: 0.4,
    jijik: 0.6,
    hina: 0.4,
    najis: 0.5,
    sesat: 0.4,
    biadab: 1,
    maling: 0.5,
    rampok: 0.5,
    radikal: 0.4,
    teroris: 0.4,
    bacot: 1,
    busuk: 0.5,
    licik: 0.6,
    culas: 0.6,
    picik: 0.6,
  }),
);
