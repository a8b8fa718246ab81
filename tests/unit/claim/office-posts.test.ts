import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analyze/index';

const alerts = (text: string) => analyze(text, { now: new Date('2026-11-22T02:00:00Z') }).filter((f) => f.category === 'claim' && f.severity !== 'info');

describe('an office’s ordinary posts are not unverified claims', () => {
  it.each([
    'Layanan perekaman KTP-el di kantor kecamatan buka setiap Senin sampai Kamis pukul 08.00–14.00 WIB.',
    'Siang tadi Bupati meresmikan gedung posyandu baru di Desa Cibeureum bersama para kader.',
    'Rapat evaluasi penanganan banjir dihadiri seluruh lurah dan kepala dinas terkait.',
    'Berkas permohonan Ibu sudah lengkap, mohon ditunggu kabar selanjutnya dari petugas kami.',
    'Antrean loket dibuka jam 7.30 dan ditutup jam 12.00.',
  ])('%s', (text) => {
    expect(alerts(text)).toEqual([]);
  });

  it('while a rumour about someone else still is', () => {
    expect(alerts('Ternyata kepala dinas itu ditangkap polisi semalam, beritanya ditutup-tutupi.').length).toBeGreaterThan(0);
  });
});
