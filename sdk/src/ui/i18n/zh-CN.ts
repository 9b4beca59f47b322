// Widget copy, zh-CN (the first language): the shell (title, step headings, the problem choice, whose
// names are the core's: core/i18n/problems.ts), which comes with the first open. The rest is in
// zh-CN.flow.ts, loaded with the second stage (size budget, sdk/scripts/size.mjs). A layer over the core's
// catalog: a key the core has does not compile here. Placeholders: {name}. No promises: no refund,
// compensation, credit or time appears unless it comes from the operator's rules (docs/domain.md section 3).
import type { Layer } from '../../core/i18n/interpolate.js';
import type { MessageKey } from '../../core/i18n/zh-CN.js';

export const zhCN = {
  title: '充值到账自查',
  close: '关闭',
  step: '第 {n} 步，共 {total} 步',
  'problem.heading': '遇到了什么问题？',
  'known.heading': '控制台已经知道的',
  'known.loadFailed': '自查组件没能加载完整，请刷新页面后再试。',
  'known.loading': '正在读取控制台信息…',
  'checks.heading': '检查结果',
  'resolved.heading': '问题已解决',
  'preview.heading': '发送前预览',
  'sending.heading': '正在发送…',
  'sent.heading': '已发送',
  'failed.heading': '没有发送成功',
  'undelivered.notice': '你之前提交的问题报告还没有送到客服那里。',
  'undelivered.show': '查看这份报告',
} as const satisfies Layer<MessageKey>;

export type ShellKey = keyof typeof zhCN;
