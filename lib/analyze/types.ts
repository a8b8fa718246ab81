/**
 * The shapes every analyzer rule shares. See ../shared/contract.md §2 for the public Finding.
 * Nothing here touches the DOM or an extension API.
 */
import type { TokenView } from './text/tokens';

export type Category = 'pii' | 'claim' | 'tone' | 'neutrality' | 'commitment';
export type Severity = 'info' | 'warning' | 'danger';
export type Lang = 'id' | 'en';

/** A message in both languages; Indonesian first. */
export interface Msg {
  id: string;
  en: string;
}

/** What a rule returns: a finding before its message is put in the user's language. */
export interface RawFinding {
  rule: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
  msg: Msg;
  /** The replacement a quick fix would insert for text[start, end). */
  suggestion?: string;
  /** 0..1, how sure the rule is (used to map to severity and to sort). */
  confidence?: number;
  /** commitment only */
  due?: string | null;
  vague?: boolean;
  /** commitment only: day | week | month | quarter | year | none */
  precision?: DatePrecision;
  /** commitment only: the phrase that set the deadline, e.g. "paling lambat Jumat depan" */
  deadlinePhrase?: string;
  /** commitment only: the promised action */
  action?: string;
  /** the exact value the finding is about (for "always allow" on a card) */
  value?: string;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'none';

/** The public finding (contract §2), plus a few additive fields. */
export interface Finding {
  rule: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  suggestion?: string;
  due?: string | null;
  vague?: boolean;
  precision?: DatePrecision;
  deadlinePhrase?: string;
  action?: string;
  value?: string;
}

/** A fact the office has verified: "angka stunting" = 14.2 % (sumber: SSGI 2024). */
export interface VerifiedFact {
  label: string;
  /** extra words that name the same subject, lower case */
  keywords?: string[];
  value: number;
  unit?: string;
  source: string;
  date?: string;
}

/** What the analyzer needs from the user's settings. Plain data; validated elsewhere. */
export interface AnalyzerSettings {
  /** 'low' shows fewer alerts, 'high' more. */
  sensitivity: 'low' | 'normal' | 'high';
  /** rule ids or category names switched off */
  disabledRules: string[];
  /** values never flagged: phone numbers, e-mails, addresses, account numbers of the office */
  allowlist: string[];
  /** trusted source domains or names, e.g. "go.id", "bps.go.id", "BPS" */
  trustedSources: string[];
  verifiedFacts: VerifiedFact[];
  /** extra words the office wants flagged as rude */
  customWords: string[];
  /** candidates, parties, slogans and hashtags of the current election */
  neutralityTerms: string[];
}

export interface AnalyzeOptions {
  /** the moment the text is written; relative dates resolve against it */
  now?: Date;
  /** minutes east of UTC of the writer's time zone; default: Asia/Jakarta (+420) */
  tzOffsetMinutes?: number;
  lang?: Lang;
  settings?: Partial<AnalyzerSettings>;
}

/** What every rule receives. Derived views of the text are computed once and shared. */
export interface RuleContext {
  text: string;
  now: Date;
  tzOffsetMinutes: number;
  settings: AnalyzerSettings;
  /** lower-cased, width-folded text of the same length as `text` (index i ↔ index i) */
  lower: string;
  /** sentence ranges over `text` */
  sentences: ReadonlyArray<{ start: number; end: number }>;
  /** the shared tokens of `text` (../text/tokens.ts), computed on first read, once per text */
  readonly tokens: TokenView;
}

export interface Rule {
  /** stable id, e.g. "pii.nik" or a group id such as "pii.numbers" for a rule that emits several kinds */
  id: string;
  category: Category;
  run(ctx: RuleContext): RawFinding[];
}
