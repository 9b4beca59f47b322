// The masking engine's contract. Other parts (tickets, widget preview, intake re-scan,
// extension) call only these.
import type { Locale } from '../i18n/message.js';
import type { Audience, TicketFieldName } from '../ticket/field-policy.js';

export type { Audience };

/** One masked span: offsets point into the ORIGINAL input (before normalization). */
export interface Finding {
  /** 'bank_card' | 'resident_id' | 'hk_tw_id' | 'passport' | 'phone' | 'email' | 'pay_account' | 'order_no'
   *  | 'redeem_code' | 'api_key' | 'jwt' | 'bearer' | 'secret' | 'url_credential' | 'private_key'
   *  | 'long_digits' | 'high_entropy' ... */
  kind: string;
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
