import { i18n } from '@/components/common/i18n';
import { MAX_IMPORT_BYTES, type ImportError, type ImportReason } from '@/lib/export/json';

const REASON: Record<ImportReason, () => string> = {
  missing: () => i18n.t('popup.importError.reason.missing'),
  type: () => i18n.t('popup.importError.reason.type'),
  enum: () => i18n.t('popup.importError.reason.enum'),
  tooLong: () => i18n.t('popup.importError.reason.tooLong'),
  empty: () => i18n.t('popup.importError.reason.empty'),
  date: () => i18n.t('popup.importError.reason.date'),
  url: () => i18n.t('popup.importError.reason.url'),
  datetime: () => i18n.t('popup.importError.reason.datetime'),
  blank: () => i18n.t('popup.importError.reason.blank'),
  history: () => i18n.t('popup.importError.reason.history'),
  range: () => i18n.t('popup.importError.reason.range'),
  unknown: () => i18n.t('popup.importError.reason.unknown'),
  other: () => i18n.t('popup.importError.reason.other'),
};

const mb = (bytes: number) => (Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toString().replace('.', i18n.t('lang') === 'en' ? '.' : ',');

/** What is wrong with an import file, in the UI language (Indonesian by default). */
export function importErrorMessage(e: ImportError): string {
  switch (e.code) {
    case 'empty':
      return i18n.t('popup.importError.empty');
    case 'tooLarge':
      return i18n.t('popup.importError.tooLarge', [mb(e.bytes), mb(MAX_IMPORT_BYTES)]);
    case 'notJson':
      return i18n.t('popup.importError.notJson');
    case 'notSaring':
      return i18n.t('popup.importError.notSaring');
    case 'version':
      return i18n.t('popup.importError.version', [e.version]);
    case 'envelope':
      return i18n.t('popup.importError.envelope', [e.field, REASON[e.reason]()]);
    case 'record':
      // Chrome's messages.json reads "$1$2" as one variable: the labelled form is its own message
      return e.label
        ? i18n.t('popup.importError.recordLabelled', [String(e.index + 1), e.label, e.field, REASON[e.reason]()])
        : i18n.t('popup.importError.record', [String(e.index + 1), e.field, REASON[e.reason]()]);
    case 'duplicateId':
      return i18n.t('popup.importError.duplicateId', [String(e.index + 1), String(e.other + 1)]);
    case 'duplicateKey':
      return i18n.t('popup.importError.duplicateKey', [String(e.index + 1), String(e.other + 1)]);
  }
}
