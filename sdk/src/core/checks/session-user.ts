import { defineCheck } from './types.js';

// new-api generation A keeps the user in localStorage and sends it as `New-Api-User`; a tab that still holds
// an old user shows that user's page while the cookie belongs to another ("New-Api-User 与登录用户不匹配").
export const sessionUser = defineCheck({
  id: 'session-user',
  run({ facts: { session: s } }, say) {
    if (!s) return null;
    if (s.userHeaderMismatch) return say('fail', 'header');
    if (s.storedUserId === undefined || s.serverUserId === undefined) return null;
    return s.storedUserId === s.serverUserId
      ? say('ok', 'ok', { accountId: s.serverUserId })
      : say('fail', 'fail', {
          storedId: s.storedUserId,
          accountId: s.serverUserId,
        });
  },
});
