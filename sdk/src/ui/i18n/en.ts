// Widget copy, English: the shell (same keys as zh-CN.ts; the type makes a missing key a compile error).
import type { ShellKey } from './zh-CN.js';

export const en: Record<ShellKey, string> = {
  title: 'Top-up check',
  close: 'Close',
  step: 'Step {n} of {total}',
  'problem.heading': 'What went wrong?',
  'problem.payment_failed': 'Payment failed or was cancelled',
  'problem.order_processing': 'The order still says processing',
  'problem.paid_not_credited': 'I paid, but my balance did not change',
  'problem.duplicate_or_refund': 'Duplicate payment, refund or compensation',
  'problem.redeem_not_credited': 'A redeem code did not credit',
  'known.heading': 'What the console already knows',
  'known.loadFailed': 'The self-check could not load completely: reload the page and try again.',
  'known.loading': 'Reading the console…',
  'questions.heading': 'A few things the console cannot tell',
  'checks.heading': 'Checks',
  'resolved.heading': 'Solved',
  'preview.heading': 'Preview before sending',
  'sending.heading': 'Sending…',
  'sent.heading': 'Sent',
  'failed.heading': 'Not sent',
  'undelivered.notice': 'A problem report you sent earlier has not reached support.',
  'undelivered.show': 'Show the report',
};
