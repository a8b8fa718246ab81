/** Personal-data finding kinds. Severity moves with confidence and sensitivity (./finding.ts). */
import { defineKinds } from '../kind';
import { messageFor, orgNpwpMessage, type PiiKind } from './messages';

const msg = (kind: PiiKind) => (strong: boolean) => messageFor(kind, strong);

export const piiKinds = defineKinds<PiiKind>('pii', {
  nik: { severity: 'danger', message: msg('nik'), fix: 'mask', switchable: true },
  kk: { severity: 'danger', message: msg('kk'), fix: 'mask', switchable: true },
  npwp: { severity: 'danger', message: (strong: boolean, org = false) => (org ? orgNpwpMessage() : messageFor('npwp', strong)), fix: 'mask', switchable: true },
  nip: { severity: 'danger', message: msg('nip'), fix: 'mask', switchable: true },
  phone: { severity: 'danger', message: msg('phone'), fix: 'mask', switchable: true },
  email: { severity: 'danger', message: msg('email'), fix: 'mask', switchable: true },
  bank_account: { severity: 'danger', message: msg('bank_account'), fix: 'mask', switchable: true },
  card: { severity: 'danger', message: msg('card'), fix: 'mask', switchable: true },
  passport: { severity: 'danger', message: msg('passport'), fix: 'mask', switchable: true },
  bpjs: { severity: 'danger', message: msg('bpjs'), fix: 'mask', switchable: true },
  address: { severity: 'warning', message: msg('address'), fix: 'mask', switchable: true },
  birthdate: { severity: 'warning', message: msg('birthdate'), fix: 'mask', switchable: true },
  health: { severity: 'warning', message: msg('health'), fix: 'none', switchable: true },
  criminal: { severity: 'warning', message: msg('criminal'), fix: 'none', switchable: true },
  child: { severity: 'warning', message: msg('child'), fix: 'none', switchable: true },
  plate: { severity: 'warning', message: msg('plate'), fix: 'mask', switchable: true },
});
