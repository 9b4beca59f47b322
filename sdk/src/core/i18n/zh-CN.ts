// zh-CN catalog (the source of truth for keys). Copy says what to check and what to keep, never an
// outcome; a time appears only from the operator's rules ({expected}, {minutes}). Params ending in `At` are
// times, in `Key` other catalog keys, in `Id` account ids (hidden in public pastes).
import type { ProblemTitleKey } from './problems.js';
import type { zhCNExt } from './zh-CN.ext.js';
import type { zhCNRedeem } from './zh-CN.redeem.js';

// The problems' names are not here: they are written once in problems.ts, which catalogs.ts lays under this
// catalog (the widget's first open shows them before this catalog is loaded).
export const zhCN = {
  'reason.other_account': '可能不是同一个账号',
  'reason.credited': '充值已入账',
  'reason.amount_mismatch': '付款金额与订单不同',
  'reason.pending': '等待支付渠道回调',
  'reason.callback_late': '超过设定的回调时间',
  'reason.order_closed': '订单已失败、取消或过期',
  'reason.not_found': '当前账号下没找到这笔订单',
  'reason.old_order': '订单早于列表保留期',
  'reason.unclear': '需要运营方查看后台记录',
  'reason.charged': '付款账户已扣款',
  'reason.not_charged': '付款没有完成',
  'reason.duplicate': '可能重复下单或重复支付',
  'reason.refund_status': '订单已进入退款流程',
  'reason.refund': '退款或补偿申请',
  'unit.topup': '个充值单位',

  'resolution.self': '你可以自己处理',
  'resolution.wait': '再等一等',
  'resolution.operator': '需要运营方处理',

  'mark.ok': '正常',
  'mark.warn': '注意',
  'mark.fail': '异常',
  'mark.unknown': '未知',

  'status.pending': '待支付',
  'status.paid': '已支付，待入账',
  'status.credited': '已入账',
  'status.failed': '失败',
  'status.cancelled': '已取消',
  'status.expired': '已过期',
  'status.refund_requested': '已申请退款',
  'status.refunding': '退款中',
  'status.refunded': '已退款',
  'status.unknown': '未知',

  'check.session-user.ok': '本页记住的账号与服务器当前登录的账号一致（账号 ID {accountId}）。',
  'check.session-user.fail':
    '本页记住的账号（账号 ID {storedId}）与服务器当前登录的账号（账号 ID {accountId}）不同，页面可能还在显示旧账号。',
  'check.session-user.header':
    '控制台提示这个页面保存的账号与服务器当前登录的账号不一致：这个页面保存的是另一个账号。',
  'check.trade-no-user.ok': '订单号里的账号 ID 与当前登录账号一致（账号 ID {accountId}）。',
  'check.trade-no-user.fail':
    '订单号里的账号 ID 是 {tradeUserId}，当前登录的是账号 ID {accountId}：这笔订单属于另一个账号。',
  'check.trade-no-user.unknown': '订单号里的账号 ID 是 {tradeUserId}，但没有读到当前登录账号。',
  'check.accounts-seen.other':
    '最近这个浏览器登录过 {count} 个账号；付款时登录的是 {activeLabel}（账号 ID {activeId}），现在是账号 ID {accountId}。',
  'check.accounts-seen.same': '最近这个浏览器登录过 {count} 个账号；付款时登录的就是当前账号。',
  'check.accounts-seen.several': '最近这个浏览器登录过 {count} 个账号，无法确定付款时用的是哪一个。',
  'check.accounts-seen.single': '最近这个浏览器只登录过当前账号。',
  'check.key-in-account.ok': '尾号 {last4} 的 API 密钥属于当前账号。',
  'check.key-in-account.fail':
    '尾号 {last4} 的 API 密钥不在当前账号的 {count} 个 API 密钥里：调用扣的可能是另一个账号的余额。',
  'check.key-in-account.nolist': '没有读到当前账号的 API 密钥列表，无法核对尾号 {last4}。',
  'check.order-in-list.found': '在当前账号的订单列表里找到了这笔订单（{statusKey}）。',
  'check.order-in-list.missing':
    '当前账号最近 {days} 天的订单里没有这笔订单：可能是另一个账号下的单。没找到不能证明账号不对。',
  'check.order-in-list.nolist': '这个控制台没有订单列表，只能从余额流水核对。',
  'check.history-window.old': '付款时间早于订单列表保留的 {days} 天，列表里看不到它是正常的。',
  'check.order-status': '订单状态：{statusKey}，创建于 {createdAt}。',
  'check.callback-time.within': '已等待 {waited} 分钟，运营方设定的回调时间是 {expected} 分钟。',
  'check.callback-time.late':
    '已等待 {waited} 分钟，超过运营方设定的 {expected} 分钟：支付渠道的回调可能没有送达。',
  'check.credit-arrived.found': '余额流水在 {creditAt} 有一笔充值记录。',
  'check.credit-arrived.status': '控制台已把这笔订单标记为已入账。',
  'check.credit-arrived.none': '下单之后的余额流水里没有充值记录。',
  'check.credit-arrived.nolog': '没有读到余额流水。',
  'check.display-unit.tokens': '余额按额度显示：{raw} 额度按每单位 {perUnit} 折算为 {value}。',
  'check.display-unit.tokensOnly':
    '余额按额度显示：{raw} 是额度数，不是金额；充值按运营方设置的比例换成额度。',
  'check.display-unit.ratio': '订单充值 {amount} 个单位，实付 {money}：充值单位与付款金额不是一比一。',
  'check.display-unit.ok': '当前余额折合 {value} {unit}。',
  'check.paid-amount.ok': '你付的金额 {paidAmount} 与订单金额一致。',
  'check.paid-amount.fail':
    '你付的金额 {paidAmount} 与订单金额 {orderAmount} 不同：金额不符的付款不会自动匹配订单。',
  'check.client-success.unconfirmed':
    '页面显示成功，但订单状态是 {statusKey}：结果页不能证明到账，以订单状态和余额流水为准。',
  'check.client-success.noorder': '页面显示成功，但没找到对应订单：结果页不能证明到账。',
  'check.duplicate-orders.found':
    '{minutes} 分钟内有 {count} 笔相同金额（{amount}）的订单（订单号尾号 {tails}），其中 {paidCount} 笔显示已付款。',
  'check.duplicate-orders.none': '没有发现相同金额、时间相近的订单。',
  'check.order-in-list.notPicked': '当前账号最近的 {count} 笔订单里没有你付的那一笔。',

  'step.reload': '刷新控制台或重新登录，确认页面显示的是付款时用的账号。',
  'step.switchAccount': '切换到账号 {target}，查看它的余额和订单。',
  'step.checkKey':
    '在控制台列出 API 密钥的页面（有的控制台叫“令牌”）确认尾号 {last4} 的 API 密钥属于哪个账号：调用和充值要用同一账号或同一分组。',
  'step.otherAccounts': '如果你还有其他账号，登录它们查看订单和余额流水。',
  'step.wait': '再等 {minutes} 分钟，然后刷新订单页查看状态。',
  'step.closedPage': '关掉付款页面不会取消付款：订单状态要等支付渠道通知控制台后才会变。',
  'step.noNewOrder': '核对期间不要再下新订单。',
  'step.compareTails': '有几笔相同金额的订单：用付款记录上的订单号尾号找到你付的那一笔。',
  'step.checkLedger': '打开余额流水，查看最近的充值或兑换记录。',
  'step.whichAccount': '确认付款时登录的是哪个账号：登录那个账号，查看它的订单和余额。',
  'step.checkLedgerAt': '打开余额流水，查看 {creditAt} 的充值记录。',
  'step.checkUnit': '余额的显示单位或比例可能和付款金额不同，按流水里的数额核对。',
  'step.noOrdersPage':
    '这个控制台没有订单页：保留付款凭证上的金额、付款时间、支付方式和单号末几位，并在余额流水里核对。',
  'step.openOrders': '打开订单页，查看这笔订单的状态并刷新一次。',
  'step.checkPayAccount': '在付款账户的账单里确认这笔钱是否已扣款（不要公开账单截图）。',
  'step.orderOnce': '确认没有扣款后，只下一笔新订单。',
  'step.listOrders': '列出相关订单的订单号尾号、金额和时间。',
  'step.refundEntry': '通过运营方的退款申请入口提交：{label}。',
  'step.recordsDecide': '退款或补偿以运营方的后台记录和客服处理为准。',
  'step.keepEvidence': '保留订单号尾号、付款时间、金额和支付方式。',
  'step.keepCode': '保留兑换码的脱敏标识和兑换时间。',
  'step.contact': '通过这个控制台的支持入口联系运营方，附上下面的脱敏工单。',
  'step.supportHours': '运营方的客服时间：{start}–{end}（{timeZone}）。',
  'avoid.fullScreenshot': '不要在公开渠道发完整的付款截图。',
  'avoid.payAccount': '不要透露付款账户、银行卡或身份证号。',
  'avoid.moreOrders': '不要重复下单再混在一起核对。',
  'avoid.screenshotProof': '不要只凭付款截图判断：它不能说明钱该进哪个账号。',
  'avoid.fullOrderNo': '不要公开完整订单号，尾号就够定位。',
  'avoid.fixedRefund': '不要按网上流传的固定退款规则下结论。',
  'field.accountId': '账号 ID',
  'field.username': '昵称',
  'field.accountEmail': '账号邮箱',
  'field.paymentMethod': '支付方式',
  'field.orderTime': '订单时间',
  'field.amount': '金额',
  'field.currency': '币种',
  'field.orderStatus': '订单状态',
  'field.pageMessage': '页面提示',
  'field.orderedAgain': '是否重新下单',
  'field.orderRef': '控制台订单编号',
  'field.tradeNo': '订单号（脱敏）',
  'field.balanceChangeAt': '余额变化时间',
  'field.keyLast4': 'API 密钥尾号',
  'field.taskId': '任务 ID',
  'field.requestId': '请求 ID',
  'field.payAccount': '付款账户',

  'ticket.title': '充值自查工单',
  'ticket.subject': '[充值自查] {problemKey} · {id}',
  'ticket.id': '工单编号',
  'ticket.problem': '问题',
  'ticket.reason': '初步判断',
  'ticket.resolution': '处理方',
  'ticket.console': '控制台',
  'ticket.checks': '自查结果',
  'ticket.note': '补充说明',
  'ticket.masked': '已自动脱敏 {count} 处。',
  'ticket.rules': '规则版本',
  'ticket.created': '生成时间',
  'ticket.yes': '是',
  'ticket.no': '否',
  'ticket.public': '以下内容已脱敏，可以贴到群里或论坛。',

  // Payment methods in words (console codes: new-api payment_method, sub2api payment_type).
  'method.alipay': '支付宝',
  'method.wxpay': '微信支付',
  'method.qqpay': 'QQ 钱包',
  'method.stripe': 'Stripe',
  'method.paypal': 'PayPal',
  'method.creem': 'Creem',
  'method.other': '其他方式',
  'field.paidAt': '用户填写的付款时间',
  'field.paidAmount': '用户填写的付款金额',
  'field.duplicateOrders': '相同金额的相近订单',
  'step.switchAccountId': '切换到账号 ID {targetId}，查看它的余额和订单。',
  'step.redeemedBy':
    '这个兑换码在本浏览器中于 {redeemedAt} 由账号 ID {redeemAccountId} 兑换：切换到该账号查看余额。',
} as const;

export type MessageKey = keyof typeof zhCN | keyof typeof zhCNExt | keyof typeof zhCNRedeem | ProblemTitleKey;
