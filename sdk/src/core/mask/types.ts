// The masking engine's contract. Other parts (tickets, widget preview, intake re-scan,
// extension) call only these.
import type { Locale } from '../i18n/message.js';
import type { Audience, TicketFieldName } from '../ticket/field-policy.js';

export type { Audience };

/**
 * Every kind of finding the engine reports, with why it is masked: a secret spends the user's balance,
 * identity is never needed for a top-up problem, a reference keeps its last 4 to be found. The widget's
 * preview and the inbox word them from this list (catalog keys `mask.kind.<kind>`, `mask.why.<why>`).
 */
export const FINDING_KINDS = {
  bank_card: 'identity',
  card_cvv: 'identity',
  card_expiry: 'identity',
  resident_id: 'identity',
  hk_tw_id: 'identity',
  passport: 'identity',
  permit: 'identity',
  phone: 'identity',
  email: 'identity',
  pay_account: 'identity',
  order_no: 'reference',
  redeem_code: 'reference',
  long_digits: 'reference',
  api_key: 'secret',
  jwt: 'secret',
  bearer: 'secret',
  secret: 'secret',
  private_key: 'secret',
  url_credential: 'secret',
  high_entropy: 'secret',
} as const satisfies Record<string, 'identity' | 'reference' | 'secret'>;

export type FindingKind = keyof typeof FINDING_KINDS;

/** A kind read back from a stored or received ticket (its schema keeps any short string, for other versions). */
export const isFindingKind = (kind: string): kind is FindingKind => Object.hasOwn(FINDING_KINDS, kind);

/** One masked span: offsets point into the ORIGINAL input (before normalization). */
export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  replacement: string;
}

export interface MaskResult {
  text: string;
  findings: Finding[];
}

export interface MaskOptions {
  /** 'support' (default): a controlled channel. 'public': text pasted in a community group. */
  audience?: Audience;
  /** Language of label masks such as `[身份证号]` / `[identity number]`; default 'zh-CN'. */
  locale?: Locale;
}

export type MaskText = (text: string, options?: MaskOptions) => MaskResult;

export interface FieldMaskResult {
  /** The value to send, or undefined when the field must not travel to this audience. */
  value: string | number | boolean | undefined;
  findings: Finding[];
}

export type MaskField = (
  name: TicketFieldName,
  value: string | number | boolean,
  options?: MaskOptions,
) => FieldMaskResult;
