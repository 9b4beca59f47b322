// maskField (issue 3): a field's name decides its treatment, per FIELD_POLICY (ticket/fields.ts) and
// DOMAIN.md section 3. Re-masking a masked value returns it unchanged with no findings, so a server that
// re-scans a ticket field by field with maskField sees zero findings on our output.
import { FIELD_POLICY, type TicketFieldName } from '../ticket/fields.js';
import { maskTextWith } from './engine.js';
import { ELLIPSIS, label, maskEmail, maskRedeemCode, maskTradeNo } from './masks.js';
import type { FieldMaskResult, Finding, MaskOptions } from './types.js';

const EMAIL_SHAPE = /^[^\s@]{1,64}@[^\s@]{1,253}$/;

function whole(kind: string, v: string, rep: string): FieldMaskResult {
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
  switch (name) {
    case 'accountEmail':
      // Support keeps the account email: it locates the account (DOMAIN.md section 3).
      if (EMAIL_SHAPE.test(v.trim())) return { value: v, findings: [] };
      break;
    case 'accountId':
    case 'orderRef':
      // The console's own identifiers travel to support as they are (public omits them by policy).
      return { value: v, findings: [] };
    case 'keyLast4':
      return v.length <= 6 ? { value: v, findings: [] } : whole('api_key', v, ELLIPSIS + v.slice(-4));
    case 'taskId':
    case 'requestId': {
      const r = maskTextWith(v, { ...options, idField: true });
      return { value: r.text, findings: r.findings };
    }
    default:
      break;
  }
  const r = maskTextWith(v, options);
  return { value: r.text, findings: r.findings };
}
