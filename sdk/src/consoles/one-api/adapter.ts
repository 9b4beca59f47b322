// one-api preset (songquanpeng/one-api): localStorage.user = {id, username, display_name, role, status},
// cookie session, the same /api/status, /api/user/self, /api/log/self and /api/token/ shapes as new-api
// (new-api is its fork), pre-PageInfo: p is 0-based and lists are bare arrays; tokens are listed with FULL
// keys (reduced at the boundary, ../keys.ts). No built-in payment: codes are bought elsewhere through
// top_up_link, so there is no orders list to read.
import { getJson, stored } from '../http.js';
import { hasNewApiSignals, PAGE_SIZE, storedUser } from '../new-api/adapter.js';
import { accountOf, displaySettings, FALLBACK_DISPLAY, keysOf, ledgerOf } from '../new-api/map.js';
import { unwrap } from '../new-api/reply.js';
import { Self } from '../new-api/schema.js';
import { listPart } from '../parse.js';
import type { ConsoleAdapter, ConsoleRead, ConsoleReadError } from '../types.js';

export const oneApiAdapter: ConsoleAdapter = {
  kind: 'one-api',
  detect(env) {
    if (stored(env, 'auth_token') && stored(env, 'auth_user')) return false; // sub2api
    return storedUser(env).generation === 'A' && !hasNewApiSignals(env);
  },
  async read(env) {
    const user = storedUser(env);
    if (!user.id)
      return { console: { kind: 'one-api' }, errors: [{ part: 'account', code: 'not_logged_in' }] };
    // one-api ignores New-Api-User; sending it keeps a new-api build without storage signals readable.
    const headers = { 'New-Api-User': user.id };
    const [status, self, logs, tokens] = await Promise.all([
      getJson(env, '/api/status'),
      getJson(env, '/api/user/self', headers),
      getJson(env, '/api/log/self?type=1&p=0', headers),
      getJson(env, `/api/token/?p=0&page_size=${PAGE_SIZE}`, headers),
    ]);
    const errors: ConsoleReadError[] = [{ part: 'orders', code: 'unsupported' }];
    const out: ConsoleRead = { console: { kind: 'one-api' }, session: { storedUserId: user.id }, errors };

    const st = unwrap(status);
    let display = st.ok ? displaySettings(st.data) : undefined;
    if (!display) {
      errors.push({ part: 'status', code: st.ok ? 'bad_shape' : st.code });
      display = FALLBACK_DISPLAY;
    }

    const me = unwrap(self);
    const r = me.ok ? Self.safeParse(me.data) : undefined;
    if (r?.success) {
      out.account = accountOf(r.data, display);
      if (out.session) out.session.serverUserId = out.account.id;
    } else errors.push({ part: 'account', code: me.ok ? 'bad_shape' : me.code });

    const l = listPart(unwrap(logs), (rows) => ledgerOf(rows, display));
    if (l.items) out.ledger = l.items.slice(0, PAGE_SIZE);
    if (l.code) errors.push({ part: 'ledger', code: l.code });

    const k = listPart(unwrap(tokens), keysOf);
    if (k.items) out.keys = k.items;
    if (k.code) errors.push({ part: 'keys', code: k.code });

    return out;
  },
};
