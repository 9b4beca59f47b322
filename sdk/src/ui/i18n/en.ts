// Widget copy, English: the shell (same keys as zh-CN.ts; the type makes a missing key a compile error).
import type { ShellKey } from './zh-CN.js';

export const en: Record<ShellKey, string> = {
  title: 'Top-up check',
  close: 'Close',
  step: 'Step {n} of {total}',
  'problem.heading': 'What went wrong?',
  'known.heading': 'What the console already knows',
  'known.loadFailed': 'The self-check could not load completely: reload the page and try again.',
  'known.loading': 'Reading the console…',
  'checks.heading': 'Checks',
  'resolved.heading': 'Solved',
  'preview.heading': 'Preview before sending',
  'sending.heading': 'Sending…',
  'sent.heading': 'Sent',
  'failed.heading': 'Not sent',
  'undelivered.notice': 'A problem report you sent earlier has not reached support.',
  'undelivered.show': 'Show the report',
};
