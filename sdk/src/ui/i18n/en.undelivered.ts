// Widget copy, English: the undelivered reports (same keys as zh-CN.undelivered.ts).
import type { UndeliveredKey } from './zh-CN.undelivered.js';

export const enUndelivered: Record<UndeliveredKey, string> = {
  'undelivered.heading': 'Reports that did not reach support',
  'undelivered.ticket': 'Report {id} (sent {time})',
  'undelivered.refused':
    "Support's intake refused this report, so it will not be sent again. Copy it below and send it to support yourself.",
  'undelivered.unstorable':
    "Support's intake refused this report because it held characters that cannot be stored, so it will not be sent again. Copy it below and send it to support yourself.",
  'undelivered.stalled':
    'This browser tried several times to send it, without success. The report (masked) stays saved here and is tried again when you next open a page of this site; you can also copy it and send it to support yourself.',
  'undelivered.copy': 'Copy this report',
  'undelivered.copied': 'Copied (masked): you can paste it to support.',
  'undelivered.forget': 'Remove from this browser',
  'undelivered.forgotten': 'Removed from this browser.',
};
