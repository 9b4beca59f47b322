// Widget copy, zh-CN: the reports this browser kept but could not deliver (ui/steps/Undelivered.tsx). A file
// of their own because the script-tag widget loads them only when the panel counted such a report as it
// opened (embed/services.ts loadOutbox), with the outbox's reads: most visits have none (~0.3 KB gzip of
// each locale's words). The notice on the first step is the shell's (zh-CN.ts).
import type { Layer } from '../../core/i18n/interpolate.js';
import type { MessageKey } from '../../core/i18n/zh-CN.js';
import type { zhCNFlow } from './zh-CN.flow.js';
import type { ShellKey } from './zh-CN.js';

export const zhCNUndelivered = {
  'undelivered.heading': '没有送达的问题报告',
  'undelivered.ticket': '报告 {id}（{time} 提交）',
  'undelivered.refused': '客服系统拒收了这份报告，它不会再自动发送。请复制下面的报告，自己发给客服。',
  'undelivered.unstorable':
    '客服系统拒收了这份报告：里面有无法保存的字符。它不会再自动发送。请复制下面的报告，自己发给客服。',
  'undelivered.stalled':
    '这个浏览器多次尝试发送都没有成功。报告（已脱敏）仍保存在这里，你下次打开本站页面时会再试一次；你也可以复制后自己发给客服。',
  'undelivered.copy': '复制这份报告',
  'undelivered.copied': '已复制（已脱敏），可以粘贴发给客服。',
  'undelivered.forget': '从这个浏览器删除',
  'undelivered.forgotten': '已从这个浏览器删除。',
} as const satisfies Layer<MessageKey | ShellKey | keyof typeof zhCNFlow>;

export type UndeliveredKey = keyof typeof zhCNUndelivered;
