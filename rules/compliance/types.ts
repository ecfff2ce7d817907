// Public types of the compliance checker (contract: shared/spec/test-contract.md "The checker engine").
import type { UiLanguage } from './languages';

/** Rule ids. The first ten are the contract's; the rest are additions (the contract allows more). */
export type RuleId =
  | 'url'
  | 'email'
  | 'phone'
  | 'offplatform'
  | 'emoji'
  | 'leading'
  | 'review_request'
  | 'marketing'
  | 'personal_data'
  | 'important_tag'
  | 'amazon_link'
  | 'review_channel'
  | 'auto_reply'
  | 'custom'
  | 'attachment_type'
  | 'attachment_size'
  | 'attachment_unreadable'
  | 'attachment_image'
  | (string & {});

export type Severity = 'block' | 'warn' | 'info';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** UTF-16 offsets into the ORIGINAL text, end exclusive. */
  start: number;
  end: number;
  /** One sentence a seller understands, in the UI language. */
  message: string;
  /** What to write instead. */
  suggestion?: string;
  /** Which entry found it, e.g. 'model:review_request' for the learned layer. */
  entry?: string;
  /** The layer that found it: the rules (lexicons, patterns; the default) or the learned model. */
  layer?: 'rule' | 'model';
}

/** UiLanguage: languages of the checker's messages; DetectionLanguage: languages with a lexicon.
 *  Both derive from LANGUAGES (languages.ts). */
export type { DetectionLanguage, UiLanguage } from './languages';

export interface CustomPhrase {
  phrase: string;
  severity: 'block' | 'warn';
}

export interface CheckOptions {
  /** Language of `message` / `suggestion` (default 'en'). */
  uiLanguage?: UiLanguage;
  /** The buyer's last message: context for "accepting the buyer's off-Amazon proposal". */
  buyerMessage?: string;
  /** The order already had a review request (button or message): any review wording blocks. */
  reviewAlreadyRequested?: boolean;
  /** Seller-defined phrases, matched case-insensitively on word boundaries (rule 'custom'). */
  customPhrases?: CustomPhrase[];
  /** Enabled detection languages for the phrase rules (default: all). Patterns (URL, e-mail, phone, emoji, tag) always run. */
  languages?: string[];
}

export interface AttachmentFile {
  name: string;
  size: number;
  type: string;
  bytes?: Uint8Array;
}

export interface AttachmentVerdict {
  /** No 'block' or 'warn' finding on the file or on its text. */
  ok: boolean;
  /** Findings on the file itself (type, size, unreadable); offsets are 0..name.length. */
  findings: Finding[];
  /** Text extracted from TXT, PDF or DOCX (undefined when none was read). */
  text?: string;
  /** checkMessage() findings on `text`. */
  textFindings: Finding[];
}
