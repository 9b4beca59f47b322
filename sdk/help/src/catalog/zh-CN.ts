// The help site's own words (zh-CN, the source of keys): page chrome, section headings, the handbook's
// checklists and the titles of the core's checks. Everything about a problem itself (titles, reasons,
// steps, what to avoid, field names) comes from the core's catalogs and the widget's, never copied here.
// Same rules as the core catalogs: no promise, no time or number the operator did not configure. The top
// layer over the core's and the widget's catalogs: a key of theirs does not compile here (a reworded core
// step is its own `core.<key>` entry), nor does a registered check without its title.
import type { CheckId, Layer, MessageKey } from '@topup-doctor/sdk/core';
import type { CatalogKey as WidgetKey } from '@topup-doctor/sdk/ui';

export const helpZhCN = {
  'site.title': '{brand} 充值与兑换码自助排查',
  'site.description':
    '支付失败、订单一直显示处理中、付款后余额没到账、重复支付或退款、兑换码没到账：先自己核对哪几项，哪些信息可以公开，哪些只通过客服提交。',
  'nav.main': '站点导航',
  'nav.skip': '跳到正文',
  'nav.home': '首页',
  'nav.faq': '常见问题',
  'nav.checklist': '检查清单',
  'nav.search': '搜索',
  'nav.language': '语言',
  'nav.otherLanguage': 'English',
  'nav.breadcrumb': '当前位置',

  'home.heading': '充值、订单和兑换码问题：先自查',
  'home.intro':
    '很多“没到账”并不是支付失败，而是付款、查看余额和调用 API 用的不是同一个账号。选择你遇到的情况，按顺序核对。',
  'home.problems': '按问题查看',
  'home.redeem': '兑换码的几种情况',
  'home.more': '更多',

  'page.problem': '{title}：先查什么',
  'page.reason': '兑换码：{reason}',
  'page.reasonOf': '属于“{title}”的一种情况。',

  'section.answer': '简短回答',
  'section.checks': '先按这个顺序核对',
  'section.steps': '自查会建议你这样做',
  'section.avoid': '不要这样做',
  'section.keep': '需要准备的信息',
  'section.fields': '哪些信息可以公开，哪些只通过客服提交',
  'section.accounts': '账号一致性核对',
  'section.reasons': '常见情况',
  'section.console': '在控制台里查看',
  'section.contacts': '联系运营方',
  'section.related': '相关页面',

  'answer.problem': '遇到“{title}”时，先核对：{first}然后准备这些信息：{fields}。{avoid}',
  'answer.reason': '兑换码“{reason}”时：{steps}',
  'answer.reasonNoSteps': '兑换码“{reason}”时，先核对：{fields}。',

  'fields.field': '信息',
  'fields.public': '公开的群聊或论坛',
  'fields.support': '客服工单（受控渠道）',
  'fields.intro': '公开沟通只提供能定位问题的最少信息。完整凭证、付款账户和财务记录只走运营方的客服流程。',
  'fields.screenshot': '付款截图',
  'treat.public.keep': '可以提供',
  'treat.public.mask': '只提供脱敏版本',
  'treat.public.omit': '不要提供',
  'treat.public.label': '任何时候都不要提供',
  'treat.support.keep': '需要提供',
  'treat.support.mask': '只提供脱敏版本',
  'treat.support.omit': '不需要',
  'treat.support.label': '任何时候都不要提供',
  'treat.screenshot.support': '不需要',
  'treat.screenshot.public': '不要发',

  'accounts.intro': '用户可能用 A 账号付款，用 B 账号查看余额，再用 C 账号的 API 密钥调用。逐项确认：',
  'accounts.paying': '付款前登录的账号，就是现在查看余额的账号。',
  'accounts.redeem': '兑换码是在正确的账号下提交的。',
  'accounts.key': '调用时用的 API 密钥属于同一个账号，或同一个团队分组。',
  'accounts.chain': '余额变化、订单状态和调用扣费记录指向同一个账号。',

  'checklist.heading': '自查前后检查清单',
  'checklist.before': '联系客服之前',
  'checklist.after': '联系客服时',
  'checklist.classify': '先分清是哪一种：{problems}。',
  'checklist.accounts': '核对登录账号、付款账号、API 调用账号和兑换账号是否一致。',
  'checklist.public': '公开排查只提供：{fields}。',
  'checklist.masked': '{fields}只提供脱敏版本。',
  'checklist.never': '{fields}和付款截图不要发到公开渠道。',

  'faq.heading': '常见问题',
  'faq.problem': '“{title}”，第一步应该查什么？',
  'faq.reason': '兑换时遇到“{reason}”怎么办？',
  'faq.refund': '退款或补偿有固定规则吗？',
  'faq.refundAnswer': '公开页面只说明排查方法。{decide}',
  'faq.public': '哪些信息可以发到群里或论坛？',
  'faq.screenshot': '付款截图能证明钱该进哪个账号吗？',

  'console.topup': '充值页',
  'console.orders': '订单页',
  'console.redeem': '兑换码页',
  'console.widget': '在控制台打开自查，从“{title}”开始',

  'search.heading': '搜索',
  'search.label': '搜索关键词',
  'search.button': '搜索',
  'search.results': '搜索结果',
  'search.none': '没有找到匹配的页面。',
  'search.count': '找到 {count} 个页面。',
  'search.all': '全部页面',

  'feed.title': '{brand} 自助排查页面更新',
  'feed.link': '页面更新订阅（Atom）',
  updated: '更新于 {date}',
  'landing.heading': '选择语言',
  // Core steps reworded for a page: the widget's "附上下面的脱敏工单" has no ticket below it here.
  'core.step.contact': '通过这个控制台的支持入口联系运营方；在控制台打开自查，可以生成只含脱敏信息的工单。',

  'checkTitle.session-user': '页面记住的账号和服务器当前登录的账号是否一致',
  'checkTitle.trade-no-user': '订单号里的用户 ID 是不是当前账号',
  'checkTitle.accounts-seen': '这个浏览器最近登录过哪些账号，付款时用的是哪一个',
  'checkTitle.key-in-account': '调用时用的 API 密钥是否属于当前账号',
  'checkTitle.order-in-list': '当前账号的订单列表里有没有这笔订单',
  'checkTitle.history-window': '订单是否早于订单列表的保留期',
  'checkTitle.order-status': '订单现在的状态',
  'checkTitle.callback-time': '等待时间是否超过运营方设定的回调时间',
  'checkTitle.credit-arrived': '余额流水里有没有这笔充值',
  'checkTitle.display-unit': '余额的显示单位和换算比例',
  'checkTitle.paid-amount': '实际付款金额与订单金额是否一致',
  'checkTitle.client-success': '付款结果页显示成功时，订单状态是否也已完成',
  'checkTitle.duplicate-orders': '有没有金额相同、时间相近的订单',
  'checkTitle.redemption-enabled': '这个控制台是否开放兑换码',
  'checkTitle.redeem-outcome': '控制台给出的兑换结果',
  'checkTitle.redeem-used-no-credit': '兑换码显示已使用时，当前账号的流水里有没有这次兑换',
  'checkTitle.redeem-account': '兑换码是在哪个账号下提交的，是不是现在登录的账号',
  'checkTitle.redeem-credit': '兑换之后余额流水里有没有兑换记录',
} as const satisfies Layer<MessageKey | WidgetKey> & Record<`checkTitle.${CheckId}`, string>;

export type HelpKey = keyof typeof helpZhCN;
