import { defineCheck } from './types.js';

// The extension remembers which accounts logged in on this console; the one active when the user paid is
// the one that should hold the credit (docs/domain.md section 2: paid as A, looking as B).
export const accountsSeen = defineCheck({
  id: 'accounts-seen',
  run({ facts, recentAccounts, activeAtPayment: active }, say) {
    if (!facts.observations) return null;
    const count = recentAccounts.length;
    const accountId = facts.account?.id;
    if (active && accountId !== undefined && active.id !== accountId)
      return say('fail', 'other', {
        count,
        activeLabel: active.label ?? '',
        activeId: active.id,
        accountId,
      });
    if (active) return say('ok', 'same', { count });
    if (count > 1) return say('warn', 'several', { count });
    return count === 1 ? say('ok', 'single') : null;
  },
});
