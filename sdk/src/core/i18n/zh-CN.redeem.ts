// The redeem problem's own words, zh-CN: what only its checks, reasons, steps and ticket fields say
// (problems/redeem-not-credited.ts and the checks no other problem runs). catalogs.ts lays them over zh-CN.ts;
// a file of their own because the script-tag widget loads them only when the user picks that problem
// (embed/catalogs-lazy.ts loadProblemWords): the four order problems never show them, and they are ~1.3 KB
// of the ~7 KB gzip of each locale's words. redeem-words.test.ts keeps every key here the redeem problem's only.
export const zhCNRedeem = {
  'reason.switched_off': '运营方已关闭兑换码',
  'reason.invalid': '兑换码无效',
  'reason.used': '兑换码已被使用',
  'reason.expired': '兑换码已过期',
  'reason.disabled': '兑换码已停用',
  'reason.locked': '兑换被暂时锁定或限流',
  'reason.redeemed': '兑换码已兑换到这个账号',
  'reason.delayed': '兑换成功但流水里没有记录',

  'check.redemption-enabled.on': '这个控制台开放兑换码。',
  'check.redemption-enabled.off': '运营方已关闭兑换码功能，现在兑换不会成功。',
  'check.redeem-outcome.success': '控制台显示兑换成功。',
  'check.redeem-outcome.invalid': '控制台提示兑换码无效。兑换码区分大小写，注意空格和易混字符。',
  'check.redeem-outcome.used': '控制台提示兑换码已被使用。',
  'check.redeem-outcome.expired': '控制台提示兑换码已过期。',
  'check.redeem-outcome.disabled': '这个兑换码已被停用。',
  'check.redeem-outcome.locked': '兑换码暂时被锁定（可能正有另一次兑换在处理它）。',
  'check.redeem-outcome.rate_limited': '兑换尝试太频繁，被暂时限制。',
  'check.redeem-outcome.switched_off': '控制台提示兑换功能已关闭。',
  'check.redeem-outcome.generic_failure': '控制台对所有失败都只提示“兑换失败”，具体原因只在服务器日志里。',
  'check.redeem-outcome.unknown': '没有读到兑换结果。',
  'check.redeem-used-no-credit.found': '余额流水在 {creditAt} 有一笔兑换记录，请确认是不是这个兑换码。',
  'check.redeem-used-no-credit.none':
    '兑换码显示已使用，但当前账号近 {days} 天的流水里没有兑换记录：可能兑换到了另一个账号。',
  'check.redeem-used-no-credit.nolog': '没有读到余额流水，无法确认兑换码兑换到了哪个账号。',
  'check.redeem-used-no-credit.code':
    '当前账号的兑换记录里有这个兑换码，兑换时间 {creditAt}：它已经兑换到这个账号。',
  'check.redeem-used-no-credit.codeNone':
    '兑换码显示已使用，但当前账号的兑换记录里没有这个兑换码：可能兑换到了另一个账号。',
  'check.redeem-used-no-credit.near':
    '兑换码显示已使用，但当前账号在你说的兑换时间（{redeemedAt}）前后没有兑换记录：可能兑换到了另一个账号。',
  'check.redeem-used-no-credit.notime': '余额流水里有兑换记录，但不知道兑换时间，看不出哪一笔是这个兑换码。',
  'check.redeem-credit.found': '余额流水在 {creditAt} 有兑换记录。',
  'check.redeem-credit.none': '兑换之后的余额流水里没有兑换记录。',
  'check.redeem-credit.nolog': '没有读到余额流水。',
  'check.redeem-credit.notime': '不知道兑换时间，看不出余额流水里哪一笔兑换是这个兑换码。',
  'step.checkRedeemAt': '打开余额流水，查看 {creditAt} 的兑换记录。',
  'step.usedHereAt':
    '这个兑换码已经兑换到当前账号：余额流水里 {creditAt} 有这笔兑换入账，打开余额流水即可核对。',
  'step.askSeller': '核对后仍无效，请联系兑换码的发放方。',
  'step.waitLock': '暂停兑换，等锁定解除后再试，不要反复提交。',
  'step.refreshBalance': '刷新页面，在余额流水里查找这次兑换。',

  'avoid.fullCode': '不要公开完整兑换码。',
  'avoid.retryRedeem': '不要反复尝试兑换：多次失败会被锁定。',
  'avoid.buyElsewhere': '不要为解决问题再从其他渠道买码。',

  'field.redeemCode': '兑换码（脱敏）',
  'field.redeemTime': '兑换时间',
  'step.checkCodeChars':
    '逐个核对兑换码：字母“O”和数字“0”、大写字母“I”、小写字母“l”和数字“1”容易混淆；去掉开头和结尾的空格，确认它是这个控制台的兑换码。',
  'step.checkCodeCase': '这个控制台的兑换码区分大小写：请按原样输入，复制粘贴最稳妥。',
  'step.waitLockMinutes': '约 {minutes} 分钟后再试，期间不要反复提交。',
  'step.lockBusy': '这个兑换码正在被另一次提交处理：稍等片刻，刷新余额流水看是否已经到账，再决定要不要重试。',
  'check.redeem-account.same': '在本浏览器中，这个兑换码是用当前账号兑换的。',
  'check.redeem-account.other':
    '在本浏览器中，这个兑换码于 {redeemedAt} 由账号 ID {redeemAccountId} 兑换，现在登录的是账号 ID {accountId}。',
} as const;
