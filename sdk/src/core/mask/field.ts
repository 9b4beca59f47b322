// maskField: a field's name decides its treatment, per FIELD_POLICY (ticket/fields.ts) and
// docs/domain.md section 3. Re-masking a masked value returns it unchanged with no findings, so a server that
// re-scans a ticket field by field with maskField sees zero findings on our output.
import { FIELD_POLICY, type TicketFieldName } from '../ticket/field-policy.js';
import { CONSOLE_ID, EMAIL } from '../ticket/formats.js';
import { maskTextWith } from './engine.js';
import { KEY_MASK, label, maskEmail, maskRedeemCode, maskTradeNo, TAIL_MASK } from './masks.js';
import type { FieldMaskResult, Finding, FindingKind, MaskOptions } from './types.js';

function whole(kind: FindingKind, v: string, rep: string): FieldMaskResult {
  if (rep === v) return { value: v, findings: [] };
  const f: Finding = { kind, start: 0, end: v.length, replacement: rep };
  return { value: rep, findings: [f] };
}

export function maskField(
  name: TicketFieldName,
  value: string | number | boolean,
  options: MaskOptions = {},
): FieldMaskResult {
  const audience = options.audience ?? 'support';
  const treatment = FIELD_POLICY[name][audience];
  if (treatment === 'omit') return { value: undefined, findings: [] };
  if (typeof value !== 'string' && treatment === 'keep') return { value, findings: [] };
  const v = String(value);
  if (v.trim() === '') return { value: v, findings: [] };
  if (treatment === 'label') return whole('pay_account', v, label('pay_account', options.locale));
  if (treatment === 'mask') {
    if (name === 'tradeNo') return whole('order_no', v, maskTradeNo(v));
    if (name === 'redeemCode') return whole('redeem_code', v, maskRedeemCode(v));
    if (name === 'accountEmail') return whole('email', v, maskEmail(v));
  }
  // Structured values travel only in their exact shape (ticket/formats.ts, the intake's formats too).
  switch (name) {
    case 'accountEmail':
      // Support keeps the account email: it locates the account (docs/domain.md section 3).
      if (EMAIL.test(v.trim())) return { value: v.trim(), findings: [] };
      break;
    case 'accountId':
      // The console's own account id travels to support as it is; anything not shaped like one (a phone
      // number, an email, a token where an id should be) does not travel at all.
      return CONSOLE_ID.test(v.trim())
        ? { value: v.trim(), findings: [] }
        : { value: undefined, findings: [] };
    case 'orderRef':
      // new-api / sub2api order ids are numbers; a console that uses the trade number as its reference
      // gets it masked like one.
      return CONSOLE_ID.test(v.trim())
        ? { value: v.trim(), findings: [] }
        : whole('order_no', v, maskTradeNo(v));
    case 'keyLast4':
      if (/^[A-Za-z0-9_-]{1,4}$/.test(v) || TAIL_MASK.test(v) || KEY_MASK.test(v))
        return { value: v, findings: [] };
      return whole('api_key', v, maskTradeNo(v));
    case 'taskId':
    case 'requestId':
      // Task and request ids are long (new-api: a time string plus random letters) and can be mistaken
      // for a trade number or a code in either direction: the last 4 find the log line.
      return whole('order_no', v, maskTradeNo(v));
    default:
      break;
  }
  const r = maskTextWith(v, options);
  return { value: r.text, findings: r.findings };
}
