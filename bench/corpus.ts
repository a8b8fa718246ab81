/** Realistic Indonesian official-account text for the benchmark, built from varied sentences. */
const SENTENCES = [
  'Terima kasih atas laporannya, Pak. Keluhan soal lampu jalan di Jl. Merdeka sudah kami teruskan ke Dinas Perhubungan.',
  'Mohon maaf atas ketidaknyamanannya. Tim kami akan turun ke lokasi paling lambat Jumat depan.',
  'Angka kemiskinan turun 2,3% tahun ini berkat program bantuan sosial yang tepat sasaran.',
  'Katanya bantuan beras akan dibagikan lagi bulan depan, tapi belum ada surat resminya.',
  'Silakan sampaikan aduan melalui SP4N-LAPOR! di lapor.go.id agar dapat kami tindak lanjuti.',
  'Untuk informasi jadwal vaksinasi, hubungi call center 112 atau WA resmi Dinkes.',
  'Warga yang belum menerima KIS dapat mendaftar di kantor kelurahan setempat dengan membawa KK.',
  'Kami pastikan perbaikan jembatan selesai akhir bulan ini sesuai target.',
  'Jangan lupa datang ke TPS pada hari pemungutan suara, bawa KTP-el dan undangan.',
  'Pelayanan di Mal Pelayanan Publik buka Senin sampai Jumat pukul 08.00–15.00 WIB.',
  'Data sementara menunjukkan 1.245 rumah terdampak banjir di tiga kecamatan.',
  'Semoga lekas pulih untuk seluruh warga yang terdampak. Kami terus memantau kondisi di lapangan.',
];

/** A text of about `chars` characters, deterministic. */
export function corpus(chars: number, seed = 1): string {
  let s = seed;
  const parts: string[] = [];
  let len = 0;
  while (len < chars) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const sentence = SENTENCES[s % SENTENCES.length];
    parts.push(sentence);
    len += sentence.length + 1;
  }
  return parts.join(' ').slice(0, chars);
}
