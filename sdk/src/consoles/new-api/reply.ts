// How new-api (and one-api) answer: `{success, message, data}`; auth failures are HTTP 401 with a message
// (middleware/auth.go authHelper), an invalid access token is HTTP 200 with success:false.
import type { Reply } from '../http.js';
import type { Got } from '../parse.js';
import { Envelope } from './schema.js';

/** "无权进行此操作，New-Api-User 与登录用户不匹配": the tab sends another user's id (a stale tab). */
const MISMATCH = /New-Api-User[^\n]*(不匹配|mismatch|does not match)/i;
const NOT_LOGGED_IN = /未登录|access token 无效|not logged in|unauthori[sz]ed|login/i;

export function unwrap(reply: Reply | 'network'): Got {
  if (reply === 'network') return { ok: false, code: 'network' };
  const env = Envelope.safeParse(reply.body);
  const message = env.success ? (env.data.message ?? '') : '';
  if (MISMATCH.test(message)) return { ok: false, code: 'user_header_mismatch' };
  if (reply.status === 401) return { ok: false, code: 'not_logged_in' };
  if (reply.status < 200 || reply.status > 299) return { ok: false, code: `http_${reply.status}` };
  if (!env.success) return { ok: false, code: 'bad_shape' };
  if (env.data.success === false) {
    return { ok: false, code: NOT_LOGGED_IN.test(message) ? 'not_logged_in' : 'console_error' };
  }
  return { ok: true, data: env.data.data };
}
