// First-start data: accounts (passwords shown on the login page), keys, redeem codes in every state,
// past orders and ledger rows, so each of the five problems can be reproduced in a few clicks.
// Runs once: a data directory that already has users is left alone (restarts keep what happened).
// Deterministic: trade numbers and keys come from a hash of their label, so a scenario (./scenarios)
// seeded twice gives the same masked tails in tickets and screenshots.
import { createHash } from 'node:crypto';
import { QUOTA_PER_UNIT, TOPUP_PRICE } from './config.js';
import { logQuota, onlineTopupLogText, redeemLogText } from './console/texts.js';
import type { Db } from './db.js';

/** The support inbox's accounts in the demo (shown on the inbox's login page: public by design). */
export const DEMO_SUPPORT = [
  { username: 'support', password: 'support-demo-1', displayName: '客服主管', role: 'admin' },
  { username: 'agent', password: 'agent-demo-12', displayName: '客服小林', role: 'agent' },
] as const;

/**
 * The console's admin, for support's reconciliation (docs/reconcile.md): new-api role 100 (root) with a
 * system access token, as 个人设置 → 系统访问令牌 creates one. Not on the login page: only the intake's
 * environment holds the token (tests and the demo's own intake read it from here).
 */
export const DEMO_ADMIN = {
  id: 99,
  username: 'root',
  password: 'root-demo-pass',
  displayName: '管理员',
  role: 100,
  accessToken: createHash('sha256').update('topup-doctor-demo:admin-access-token').digest('hex').slice(0, 32),
} as const;

export interface DemoAccount {
  id: number;
  username: string;
  password: string;
  displayName: string;
  email: string;
  note: string;
}

/** Shown on the login page: this is a demo, the passwords are public by design. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    id: 1,
    username: 'alice',
    password: 'alice123',
    displayName: '爱丽丝',
    email: 'alice@example.com',
    note: 'main',
  },
  {
    id: 2,
    username: 'bob',
    password: 'bob12345',
    displayName: '鲍勃',
    email: 'bob@example.com',
    note: 'second',
  },
  {
    id: 3,
    username: 'carol',
    password: 'carol123',
    displayName: '卡罗尔',
    email: 'carol@example.com',
    note: 'team',
  },
];

export type CodeState = 'unused' | 'unused_spare' | 'used_self' | 'used_other' | 'expired' | 'disabled';

/** Deterministic 32-hex codes (new-api redemption keys are UUIDs without dashes) so the tour can name them. */
export function demoCode(state: CodeState | (string & {})): string {
  return createHash('sha256').update(`topup-doctor-demo:${state}`).digest('hex').slice(0, 32);
}

export const DEMO_CODES: { state: CodeState; quotaUnits: number }[] = [
  { state: 'unused', quotaUnits: 10 },
  { state: 'unused_spare', quotaUnits: 5 },
  { state: 'used_self', quotaUnits: 20 },
  { state: 'used_other', quotaUnits: 20 },
  { state: 'expired', quotaUnits: 50 },
  { state: 'disabled', quotaUnits: 30 },
];

const DAY = 86_400;

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** n letters and digits derived from a label: the same label always gives the same characters. */
export function detAlnum(label: string, n: number): string {
  let out = '';
  for (let round = 0; out.length < n; round++) {
    const bytes = createHash('sha256').update(`topup-doctor-demo:${label}:${round}`).digest();
    for (const b of bytes) if (out.length < n) out += ALNUM[b % ALNUM.length];
  }
  return out;
}

/** new-api's epay trade number: USR{uid}NO{6 alnum}{unix seconds}. */
export function tradeNo(uid: number, at: number, label = `${uid}:${at}`): string {
  return `USR${uid}NO${detAlnum(`trade:${label}`, 6)}${at}`;
}

export async function seedIfEmpty(db: Db, nowMs: number): Promise<boolean> {
  const existing = await db.query<{ n: number }>('select count(*)::int as n from users');
  if ((existing.rows[0]?.n ?? 0) > 0) return false;
  await db.transaction((tx) => seedBase(tx, nowMs));
  return true;
}

/** The accounts, keys, codes, past orders and usage every new-api scenario starts from. */
export async function seedBase(tx: Tx, nowMs: number): Promise<void> {
  const now = Math.floor(nowMs / 1000);
  {
    for (const a of DEMO_ACCOUNTS) {
      await tx.query(
        'insert into users (id, username, password, display_name, email, quota, used_quota, request_count) values ($1,$2,$3,$4,$5,$6,$7,$8)',
        [a.id, a.username, a.password, a.displayName, a.email, 0, 0, 0],
      );
    }
    await tx.query(
      'insert into users (id, username, password, display_name, role, access_token) values ($1,$2,$3,$4,$5,$6)',
      [
        DEMO_ADMIN.id,
        DEMO_ADMIN.username,
        DEMO_ADMIN.password,
        DEMO_ADMIN.displayName,
        DEMO_ADMIN.role,
        DEMO_ADMIN.accessToken,
      ],
    );
    await tx.query(`select setval('users_id_seq', 3)`);
    // Keys: new-api stores 48 alnum chars without the sk- prefix and lists them masked.
    const keyRows: [number, string][] = [
      [1, '默认令牌'],
      [1, 'claude-code'],
      [2, 'bob-key'],
      [3, 'team-shared'],
    ];
    for (const [uid, name] of keyRows) {
      const key = detAlnum(`key:${uid}:${name}`, 48);
      await tx.query(
        'insert into tokens (user_id, key, name, created_time, accessed_time) values ($1,$2,$3,$4,$5)',
        [uid, key, name, now - 20 * DAY, now - DAY],
      );
    }
    for (const c of DEMO_CODES) {
      const quota = c.quotaUnits * QUOTA_PER_UNIT;
      const usedBy = c.state === 'used_self' ? 1 : c.state === 'used_other' ? 2 : 0;
      const status = usedBy ? 3 : c.state === 'disabled' ? 2 : 1;
      const expired = c.state === 'expired' ? now - 3 * DAY : 0;
      const res = await tx.query<{ id: number }>(
        'insert into redemptions (key, name, status, quota, created_time, redeemed_time, used_user_id, expired_time) values ($1,$2,$3,$4,$5,$6,$7,$8) returning id',
        [
          demoCode(c.state),
          `demo-${c.state}`,
          status,
          quota,
          now - 30 * DAY,
          usedBy ? now - 2 * DAY : 0,
          usedBy,
          expired,
        ],
      );
      if (usedBy) {
        await credit(tx, usedBy, quota, now - 2 * DAY, redeemLogText(quota, res.rows[0]?.id ?? 0));
      }
    }
    // Past online top-ups: alice paid twice for the same amount 3 days ago (both credited), bob once.
    const past: [number, number, number, string][] = [
      [1, 20, now - 10 * DAY, 'alipay'],
      [1, 10, now - 3 * DAY, 'wxpay'],
      [1, 10, now - 3 * DAY + 95, 'wxpay'],
      [2, 50, now - 6 * DAY, 'alipay'],
      [3, 100, now - 12 * DAY, 'alipay'],
    ];
    for (const [uid, amount, at, method] of past) {
      const money = Math.round(amount * TOPUP_PRICE * 100) / 100;
      await tx.query(
        `insert into top_ups (user_id, amount, money, trade_no, payment_method, create_time, complete_time, status) values ($1,$2,$3,$4,$5,$6,$7,'success')`,
        [uid, amount, money, tradeNo(uid, at), method, at, at + 40],
      );
      await credit(
        tx,
        uid,
        amount * QUOTA_PER_UNIT,
        at + 40,
        onlineTopupLogText(amount * QUOTA_PER_UNIT, money),
      );
    }
    // Usage: consumption rows (type 2) so the usage log looks like a gateway's.
    const models = ['claude-sonnet-4-5-20250929', 'gpt-4o-mini', 'gemini-2.5-pro', 'deepseek-chat'];
    for (let i = 0; i < 24; i++) {
      const uid = (i % 3) + 1;
      const quota = 1500 + ((i * 7919) % 40000);
      await tx.query(
        `insert into logs (user_id, created_at, type, content, username, token_name, model_name, quota, prompt_tokens, completion_tokens, use_time, is_stream, channel, token_id, "group")
         values ($1,$2,2,$3,$4,$5,$6,$7,$8,$9,$10,$11,1,$12,'default')`,
        [
          uid,
          now - i * 5400 - 600,
          `模型倍率 1.5，补全倍率 4，分组倍率 1`,
          DEMO_ACCOUNTS[uid - 1]?.username ?? '',
          uid === 1 ? '默认令牌' : uid === 2 ? 'bob-key' : 'team-shared',
          models[i % models.length] ?? 'gpt-4o-mini',
          quota,
          800 + i * 37,
          120 + i * 11,
          2 + (i % 9),
          i % 2 === 0,
          uid === 1 ? 1 : uid === 2 ? 3 : 4,
        ],
      );
      await tx.query(
        'update users set quota = quota - $2, used_quota = used_quota + $2, request_count = request_count + 1 where id = $1',
        [uid, quota],
      );
    }
  }
}

export type Tx = Pick<Db, 'query'>;

/** Adds quota and writes the type-1 ledger row, like new-api's IncreaseUserQuota + RecordLog(LogTypeTopup). */
export async function credit(
  tx: Tx,
  userId: number,
  quota: number,
  atSec: number,
  content: string,
): Promise<void> {
  await tx.query('update users set quota = quota + $2 where id = $1', [userId, quota]);
  const user = await tx.query<{ username: string }>('select username from users where id = $1', [userId]);
  await tx.query(
    'insert into logs (user_id, created_at, type, content, username, quota) values ($1,$2,1,$3,$4,$5)',
    [userId, atSec, content, user.rows[0]?.username ?? '', quota],
  );
}

export { logQuota };
