export { toCsv, csvField, defuse, CSV_COLUMNS, CSV_MIME, type CsvOptions } from './csv';
export { toIcs, icsText, foldLine, icsUtc, ICS_MIME, ICS_PRODID, type IcsOptions } from './ics';
export {
  toJsonExport,
  parseJsonImport,
  describeImportError,
  importedRecordSchema,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_RECORDS,
  type JsonExport,
  type ImportError,
  type ImportParse,
  type ImportReason,
} from './json';
export { exportFileStem, localDateTime, platformLabel } from './labels';

export const JSON_MIME = 'application/json;charset=utf-8';
