/**
 * The claim cue words by kind (Indonesian first, English too): the data that lexicon.ts compiles into
 * its one-pass phrase table. Phrase syntax: entries separated by "|"; "{a,b,}" expands to the
 * alternatives (empty allowed).
 */
export type CueKind =
  | 'share'
  | 'hearsay'
  | 'debunk'
  | 'healthStrong'
  | 'healthCause'
  | 'serious'
  | 'disease'
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
  | 'vagueQty'
  | 'wish'
  | 'opinion'
  | 'polite'
  | 'firstSg'
  | 'firstPl'
  | 'experience'
  | 'reveal'
  | 'publicActor'
  | 'eventVerb'
  | 'alarm'
  | 'copula'
  | 'expStart'
  | 'imperative'
  | 'attrib'
  | 'lawRef'
  | 'sumber'
  | 'healthClaim'
  | 'vagueAuthority'
  | 'sensational';

export const LEXICON: Record<CueKind, string> = {
  share:
    '{aamiinkan,aaminkan,amiinkan,aminkan}|{aamiin,aamin,amiin,amin} kan|ketik {amin,aamiin,aamin,amiin}|sebarkan|sebar luaskan|sebarluaskan|viralkan|' +
    'viralin|bantu {sebar,share,viralkan,rt,retweet,bagikan,sebarkan}|tolong {di ,di,}{sebar,sebarkan,share,bagikan,rt,retweet,viralkan}|' +
    '{mohon,mhon,mhn} {di ,di,}{sebar,sebarkan,share,bagikan,viralkan}|harap {di ,di,}{sebarkan,bagikan,share}|' +
    'share sebelum {di hapus,dihapus,ditake down,ditakedown}|sebelum {di hapus,dihapus,ditake down,ditakedown,di-takedown}|' +
    'mumpung belum {dihapus,di hapus,ditakedown,di-takedown,take down}|{share,sebarkan,bagikan,viralkan} sebanyak-banyaknya|' +
    '{bagikan,sebarkan,sebar,share,teruskan,forward,kirim,kirimkan} {ke,kepada} {semua,seluruh,teman,keluarga,grup,group,kerabat,saudara,orang}|' +
    'forward ke|jangan berhenti di {anda,kamu,sini}|please {share,spread,forward,rt,retweet}|share {widely,this,before,it}|spread {the word,this}|' +
    'forward {this,to}|pass it on|rt ya|tolong rt|wajib {share,sebar,disebar}|harus {share,disebar}',
  hearsay:
    'katanya|kata orang|katanya orang|ktanya|kt nya|katanye|kabarnya|kbrnya|kabar beredar|kabarnya beredar|kabar {yang,yg} beredar|kabar burung|' +
    'kabar angin|konon|kononnya|dengar-dengar|dengar dengar|denger-denger|denger denger|dengar2|denger2|dengar²|denger²|isunya|ada isu|beredar|viral|' +
    'viralnya|lagi viral|info dari {grup,group,wa,wag,sebelah,tetangga,teman,temen}|dari {grup,group} {wa,whatsapp,sebelah,keluarga,alumni}|' +
    '{grup,group,wa,wag} sebelah|{dapat,dapet,dpt} {dari,dr} {wa,wag,grup,group,sebelah}|{dari,dr} wag|copas|copy paste {dari,dr}|broadcast|broadcastan|' +
    'pesan berantai|belum {di konfirmasi,dikonfirmasi,konfirmasi,terkonfirmasi}|belum {kami,saya} {konfirmasi,verifikasi,pastikan}|' +
    '{dari,dr} {grup,group,gc} {ojol,sebelah,warga,rt,rw,komunitas,kantor,arisan}|belum jelas kebenarannya|belum pasti kebenarannya|' +
    'kata {si,dia,beliau,tetangga,teman,temen,orang,mereka,tantenya,temannya,temennya}|{denger,dengar,dgr,dengerin} {dari,dr}|mencuri dengar|dikasitau|' +
    'dikasih tau|dikasi tau|diberitahu|info {a1,valid}|info {teman,temen,kawan,tetangga,saudara,orang dalam}|' +
    'menurut {teman,temen,kawan,tetangga,orang dalam}|orang dalam|ada {yang,yg} bilang|orang bilang|orang-orang bilang|rumor|rumornya|desas-desus|' +
    'desas desus|gosip|gosipnya|dikabarkan|reportedly|rumors|rumour|rumours|rumor has it|rumour has it|word is|word on the street|' +
    "{source,sources} {say,said,claim,claims}|i {heard,hear}|heard that|i heard that|we heard|word has it|i've heard|it is said|allegedly|unconfirmed|" +
    'going viral|circulating',
  debunk:
    'situs palsu|akun palsu|nomor palsu|tiruan|mengatasnamakan|catut|mencatut|hoaks|hoax|hoaxs|hoaxnya|hoaksnya|tidak benar|tak benar|bukan fakta|' +
    'disinformasi|misinformasi|klarifikasi|membantah|dibantah|bantahan|keliru|fake news|false|misleading|debunk|debunked|cek fakta|not true|untrue',
  healthStrong:
    'terbukti {menurunkan,mengobati,menyembuhkan,mencegah,membunuh,ampuh,efektif}|' +
    '{menurunkan,turunkan} {asam urat,kolesterol,gula darah,darah tinggi,tekanan darah,tensi}|menular {lewat,melalui,via}|terserang virus|bisa menular|' +
    'tertular {lewat,melalui}|bisa {jadi,menjadi} {masker,obat,desinfektan,vaksin}|{deteksi,mendeteksi} {kehamilan,corona,covid,virus,kanker}|' +
    'tes sederhana|mengandung {besi,racun,merkuri,formalin,boraks,plastik,babi,bahan kimia,zat berbahaya,chip,microchip}|menyembuhkan|sembuhkan|' +
    'disembuhkan|bisa sembuh|sembuh total|mengobati|obat {ampuh,mujarab,alami,herbal,corona,covid,kanker}|ampuh|manjur|mujarab|kebal|menetralisir|' +
    'menetralkan|menetralisasi|menangkal|{membunuh,mematikan} {virus,kuman,bakteri,sel}|virus mati|melenyapkan|meluruhkan|detoks|cure|cures|cured|heal|' +
    'heals|{kill,kills} {the virus,virus,bacteria,germs,cancer}|immune to|miracle',
  healthCause:
    'menyebabkan|menyebabkn|penyebab|memicu|bikin|merusak|mengakibatkan|berbahaya bagi|cause|causes|lead to|leads to|trigger|triggers|damage|' + 'damages',
  serious:
    'bunuh diri|kanser|barah|sakaratul maut|maut|keracunan|racun|cancer|autis|autisme|autism|kemandulan|mandul|infertility|hipoksia|stroke|' +
    'serangan jantung|gagal ginjal|kerusakan otak|otak|kista|kelainan|cacat|kematian|meninggal|lumpuh|kebutaan|buta|tumor|leukemia|impoten|keguguran|' +
    'penyakit|diabetes',
  disease:
    'kanker|kanser|barah|tumor|dbd|demam berdarah|covid|covid-19|corona|korona|virus|autis|autisme|diabetes|kencing manis|hipertensi|darah tinggi|stroke|' +
    'jantung|hiv|aids|tbc|tuberkulosis|campak|rubela|polio|difteri|cacar|stunting|kolesterol|asam urat|ginjal|kista|flu|influenza|malaria|hepatitis|maag|' +
    'asma|obesitas|infeksi|penyakit|kuman|bakteri|vaksin|vaksinasi|imunisasi|efek samping|cancer|dengue|autism|vaccine|vaccines|disease|infection',
  remedy:
    'air {kelapa,rebusan,hangat,garam,lemon,jahe,putih}|rebusan|daun|ramuan|jamu|madu|jahe|kunyit|temulawak|bawang {putih,merah}|garam|cuka|lemon|' +
    'jeruk nipis|minyak kayu putih|berjemur|sinar matahari|uap|asap|tembakau|rokok|tisu|minum|makan|mengonsumsi|konsumsi|oleskan|kumur|herbal|pasta gigi|' +
    'cuka apel|drinking|eating|garlic|ginger|honey|herb|herbs|sunbathing',
  antiVax: "jangan {di ,di,}{imunisasi,vaksin,vaksinasi}|tolak {vaksin,imunisasi}|vaksin {haram,berbahaya,mengandung,penyebab}|don't vaccinate",
  absolute:
    'tidak pernah ada|tidak pernah|tak pernah ada|tak pernah|gak pernah|nggak pernah|ngga pernah|ga pernah|gk pernah|dijamin|terjamin|pasti|sudah pasti|' +
    '100 persen|seratus persen|tanpa terkecuali|tanpa kecuali|sama sekali {tidak,tak,gak,nggak,bebas}|mustahil|berapa pun|berapapun|never|guarantee|' +
    'guaranteed|guarantees|100 percent|completely {safe,free}|not a single|zero {case,cases,corruption,crime}',
  trend:
    'naik|naikin|kenaikan|turun|penurunan|meningkat|peningkatan|menurun|melonjak|lonjakan|anjlok|merosot|berkurang|bertambah|melambung|meroket|tembus|' +
    'menembus|mencapai|drastis|drop|dropped|drops|fell|falls|rose|rises|risen|increase|increased|decrease|decreased|decline|declined|doubled|halved|' +
    'surged|plunged|soared|grew|jumped|is down|are down|is up|are up|went up|went down|lipat',
  statSubj:
    'angka|jumlah|total|kasus|harga|tarif|biaya|ongkos|kemiskinan|penduduk miskin|pengangguran|inflasi|kecelakaan|kriminalitas|kejahatan|stunting|produksi|' +
    'penerima|pendapatan|pad|anggaran|apbd|apbn|utang|hutang|ekspor|impor|penjualan|pengunjung|kunjungan|wisatawan|investasi|ipm|indeks|skor|nilai|gaji|' +
    'upah|umr|ump|umk|pajak|iuran|kemacetan|macet|polusi|emisi|kematian|korban|pasien|populasi|laju|pertumbuhan|ekonomi|persentase|prevalensi|crime|' +
    'poverty|unemployment|price|prices|cases|rate|rates|deaths|accidents|traffic|congestion|income|budget|debt|export|exports|import|imports|visitors|' +
    'tourists|salary|salaries|wages|taxes|fare|fares|cost|costs|population|growth|crimes|students|residents|access',
  superlative:
    'ter{tinggi,rendah,baik,buruk,besar,kecil,banyak,sedikit,cepat,lambat,bersih,kotor,aman,maju,parah,luas,murah,mahal,lengkap,kaya,miskin,' +
    'padat,macet,korup,sehat,bahagia,layak,ramah,kelam,hebat,sukses}|' +
    'paling {tinggi,rendah,baik,buruk,besar,banyak,cepat,bersih,aman,maju,parah,murah,mahal,sukses,berhasil,korup}|best|worst|highest|lowest|largest|' +
    'biggest|fastest|cleanest|safest|greenest',
  ranking:
    'nomor satu|no 1|peringkat|ranking|juara umum|pertama kali|pertama kalinya|pertama di {dunia,indonesia,asia}|satu-satunya|first-ever|first ever|' +
    'for the first time|the only one|number one|ranked|record-high|record high|record-low|record low|record-breaking|rekor|in a decade|' +
    'in the last decade|over a decade|in a century|in history|dalam sejarah|dlm sejarah|sepanjang sejarah|terkelam',
  scope:
    'di {dunia,indonesia,asia,jawa,sumatera,kalimantan,sulawesi,papua,provinsi,negeri ini,nusantara,tanah air}|dunia|nasional|dalam sejarah|tahun ini|' +
    'this year|in the {country,world,region,province}|in indonesia|in a decade',
  causal:
    'karena|karna|krn|krna|kerana|akibat|diakibatkan|mengakibatkan|disebabkan|penyebabnya|dipicu|gara-gara|gara2|garagara|gegara|berkat|lantaran|sebab|' +
    'sebabnya|because|due to|caused by|as a result of|thanks to|since {we,the,our,they}|led to|blamed on',
  policyNoun:
    'sim|stnk|skck|paspor|ktp|e-ktp|ktp-el|akta|ujian praktik|gratis|digratiskan|free|bantuan|bansos|blt|bst|pkh|subsidi|bersubsidi|subsidized|subsidised|' +
    'insentif|tunjangan|uang saku|santunan|beasiswa|scholarship|scholarships|tarif|iuran|pajak|retribusi|denda|gaji|honor|thr|formasi|pendaftaran|' +
    'registrasi|kuota|zonasi|ppdb|cpns|pppk|honorer|pns|bpjs|prakerja|sembako|lpg|elpiji|bbm|pertalite|listrik|pemadaman|air bersih|jalan tol|tol|' +
    'ganjil genap|razia|tilang|penutupan|cuti bersama|wfh|kurikulum|vaksinasi|aid|grant|grants|allowance|fare|fares|tax|taxes|fee|fees|registration|' +
    'salary|salaries|ban|banned|closure|transport|transit|water supply|electricity|toll|quota|lockdown|psbb|ppkm|jam malam|curfew|pungutan|sertifikat|' +
    'ktp|stnk|paspor|dibongkar|dipindah|dipindahkan|direlokasi|dibatalkan|ditiadakan|diliburkan|digusur|penggusuran|close|closed|reopen|shut|shut down|' +
    'cut|raise|raised|cancel|cancelled|canceled|switch|suspend|suspended|relocate|relocated|demolish|demolished|schools|classes|offices',
  policyChange:
    'tutup|buka|akan|bakal|besok|lusa|pekan depan|minggu depan|bulan depan|tahun depan|tahun ajaran|dibuka|ditutup|dihapus|dihapuskan|diberlakukan|berlaku|' +
    'naik|turun|diangkat|dibagikan|disalurkan|dibagi|cair|dicairkan|wajib|diwajibkan|dilarang|hanya {untuk,bagi,boleh,bisa,akan}|khusus {untuk,bagi}|' +
    'tanpa {tes,syarat,biaya}|tidak perlu lagi|tak perlu lagi|tidak lagi {perlu,wajib,harus}|dapat tambahan|akan dapat|mendapat|mendapatkan|berhak|' +
    'dihentikan|diganti|dinaikkan|diturunkan|digratiskan|diputus|dipadamkan|padam|starting|from {next,tomorrow,monday,january,today}|will|' +
    'only {to,for,be}|next {week,month,year}|tomorrow|eligible|entitled|must|get free|gets|receive|receives|banned|required|cut off|be cut',
  vagueQty:
    'kali lipat|berlipat|berlipat-lipat|separuh|separuhnya|setengahnya|sepertiga|seperempat|mayoritas|sebagian besar|' +
    'hampir {semua,seluruh,separuh,separuhnya}|puluhan|ratusan|ribuan|jutaan|miliaran|double|doubled|triple|tripled|twice as|half of|majority of|most of|' +
    'thousands of|millions of|hundreds of|dozens of',
  wish:
    'semoga|mudah-mudahan|moga-moga|insya allah|insyaallah|inshaallah|aamiin|harapan kami|kami harap|berharap|hope|hopefully|wish|' +
    'may {you,this,the,all,god}',
  opinion:
    'menurut {saya,kami,aku,gue,gw,hemat saya,pendapat saya,pandangan saya}|saya {rasa,kira,pikir,merasa,bangga,senang}|' +
    'kami {bangga,senang,berharap,terharu,mengapresiasi,mengucapkan}|i {think,believe,feel}|in my {opinion,view}|we are proud|proud|bangga|senang|lovely|' +
    'great to see|nice to see',
  polite:
    'maaf|mohon maaf|terima kasih|makasih|thanks|thank you|sorry|apologise|apologize|silakan|silahkan|diimbau|dihimbau|mengimbau|menghimbau|imbauan|' +
    'himbauan',
  firstSg: 'saya|aku|gue|gua|gw|i|me|my',
  firstPl: 'kami|we|our|us',
  experience: 'kemarin|kemaren|tadi|pagi ini|siang ini|sore ini|malam ini|hari ini|barusan|baru saja|pengalaman|this morning|today|yesterday|tonight|just now',
  reveal:
    'ternyata|rupanya|terbukti|terungkap|fakta bahwa|faktanya bahwa|bukti|buktinya|resmi|sudah resmi|dipastikan|telah dipastikan|mengungkap|mengungkapkan|' +
    'membongkar|sebenarnya|sesungguhnya|yang benar|breaking|heboh|geger|terbongkar|akhirnya',
  publicActor:
    'imam|syekh|syeikh|assyeikh|ulama|ustadz|ustad|habib|kyai|kiai|tokoh|artis|selebgram|influencer|presiden|wapres|wakil presiden|menteri|mentri|' +
    'kementerian|pemerintah|pemerintahan|rezim|negara|dpr|dprd|mpr|gubernur|bupati|walikota|wali kota|camat|lurah|kades|kepala desa|polisi|polri|' +
    'kepolisian|tni|militer|asn|pns|pejabat|partai|pemkot|pemkab|pemprov|pemda|dinas|istana|kpk|kpu|bin|who|nasa|pbb|china|cina|amerika|israel|pki|' +
    'komunis|fpi|hti|jokowi|prabowo|ormas|perusahaan|pabrik|pt|bank|bumn|rumah sakit|rs|sekolah|kampus|universitas|masjid|gereja|warga|rakyat|masyarakat|' +
    'petani|guru|mahasiswa|siswa|dokter|ahli|pakar|ilmuwan|peneliti|government|police|army|minister|president|mayor|governor|official|officials|ministry|' +
    'company|hospital|school|residents|citizens|scientist|scientists',
  eventVerb:
    'ledakan|gantiin|menggantikan|masuk|kena|terkena|pingsan|jatuh|menjabat|merapat|bergabung|diizinkan|dapat ijin|dapat izin|dihina|dihipnotis|diprediksi|' +
    'ditutup|dibuka|dihapus|dihapuskan|dibakar|dibangun|dibunuh|dipukuli|dipukul|dipecat|ditangkap|diculik|dirampok|dibubarkan|dibatalkan|ditunda|' +
    'dilarang|diganti|digantikan|diangkat|dilantik|diberi|dikasih|dikasi|dijual|dibeli|dibuat|diciptakan|mencipta|menciptakan|ditemukan|diimpor|diekspor|' +
    'didatangkan|dipakai|digunakan|diuji|diubah|di ubah|dirilis|diumumkan|meninggal|tewas|mati|runtuh|roboh|meledak|terbakar|kebakaran|banjir|gempa|' +
    'kabur|mundur|lengser|menghilang|hilang|hancur|bangkrut|gagal bayar|phk|dirumahkan|dipenjara|diserang|menyerang|menyerbu|mengamuk|mengumumkan|' +
    'mengeluarkan|melarang|menutup|membuka|menghapus|mengganti|membangun|membakar|mengirim|menjual|membeli|menolak|menyetujui|mengakui|mengaku|menyebut|' +
    'mengatakan|bilang|berkata|menyatakan|memprediksi|diprediksi|terjadi|muncul|terdeteksi|terpapar|terinfeksi|positif|ditolak|didukung|mendukung|' +
    'menerima|disuruh|diperintahkan|dianggap|disebut|mengandung|berubah|bergeser|closed|shut|banned|killed|arrested|fired|resigned|resigning|collapsed|' +
    'exploded|announced|declared|caught|found|revealed|hidden|secretly|diam-diam|dirahasiakan|disembunyikan|ubah|hapus|tutup|pecat|tangkap',
  alarm:
    'modus|modus baru|obat bius|dibius|dihipnotis|hipnotis|penculikan|diculik|penipuan|kejahatan|begal|dirampok|perampokan|pelaku|sindikat|scam|' +
    'kidnapping|kidnapped|penjarahan|teror',
  copula: 'adalah|ialah|merupakan|yaitu|yakni|is|are|was|were',
  expStart:
    'berkunjung|mengunjungi|meninjau|menghadiri|mengikuti|bersilaturahmi|silaturahmi|turut|ikut|alhamdulillah|' +
    'bersama {warga,bapak,ibu,tim,jajaran,forkopimda,para}|kunjungan|rapat|mendampingi|menyapa|visited|joined|attended|met with',
  imperative:
    'hati-hati|hati2|hati²|ati2|awas|waspada|waspadalah|jangan|harus|wajib|segera|ayo|mari|yuk|tolong|stop|watch out|beware|be careful|warning|' +
    'peringatan|perhatian',
  // triggers for the source finder (./sources.ts)
  attrib: 'menurut|berdasarkan|berdasar|mengutip|merujuk|mengacu|sesuai|seperti|dirilis|diumumkan|according|based|citing|per|as|data|rilis|laporan',
  lawRef:
    'uu|undang-undang|perpu|perppu|perpres|perda|perwal|perwali|perbup|pergub|peraturan|pp|keppres|kepres|kepgub|kepbup|kepwal|inpres|instruksi|se|' +
    'surat|pmk|kmk',
  healthClaim:
    'desinfektan alami|disinfektan alami|antiseptik alami|obat alami|alternatif masker|pengganti masker|masker darurat|bunuh diri|' +
    'sakaratul maut|natural disinfectant|miracle cure',
  vagueAuthority:
    'menurut {penelitian,riset,studi,ahli,para ahli,pakar,para pakar,dokter,ilmuwan,para ilmuwan,peneliti}|penelitian {dari,oleh}|riset {dari,oleh}|' +
    'studi {dari,oleh}|kata {ahli,pakar,dokter,ilmuwan}|para ahli {bilang,mengatakan,menyebut}|dokter {jepang,china,amerika,luar negeri}|' +
    'ahli {virologi,virus,kesehatan}|experts say|scientists say|doctors say|studies show|research shows|a study found',
  sensational:
    'ngeri|ngeri banget|serem|mengerikan|menakutkan|miris|biadab|astaghfirullah|astagfirullah|innalillahi|subhanallah|waduh|gawat|darurat|urgent|penting|' +
    'breaking news|gempar|geger|heboh|shocking|wow',
  sumber: 'sumber|source|sources|referensi|rujukan|dikutip|disadur|data dari|data',
};

/** kind name → its index (hits carry the index); a literal so that lookups are constant */
export const KI = {
  share: 0,
  hearsay: 1,
  debunk: 2,
  healthStrong: 3,
  healthCause: 4,
  serious: 5,
  disease: 6,
  remedy: 7,
  antiVax: 8,
  absolute: 9,
  trend: 10,
  statSubj: 11,
  superlative: 12,
  ranking: 13,
  scope: 14,
  causal: 15,
  policyNoun: 16,
  policyChange: 17,
  vagueQty: 18,
  wish: 19,
  opinion: 20,
  polite: 21,
  firstSg: 22,
  firstPl: 23,
  experience: 24,
  reveal: 25,
  publicActor: 26,
  eventVerb: 27,
  alarm: 28,
  copula: 29,
  expStart: 30,
  imperative: 31,
  attrib: 32,
  lawRef: 33,
  sumber: 34,
  healthClaim: 35,
  vagueAuthority: 36,
  sensational: 37,
} as const;
export const KINDS = Object.keys(KI) as CueKind[];
export const KIND_INDEX: Record<string, number> = KI;
export const KIND_COUNT = KINDS.length;
