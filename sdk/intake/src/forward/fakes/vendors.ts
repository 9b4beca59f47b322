// Test fakes of the vendors' endpoints, answering as their documentation says (docs/forwarding.md): the same
// paths, the same signature checks, the same success and error bodies, and their rate limits with their own
// windows, on a clock the test controls. One HTTP server on an ephemeral port serves all of them.
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../sign.js';

export interface Received {
  vendor: 'feishu' | 'dingtalk' | 'wecom' | 'telegram' | 'slack' | 'webhook';
  body: unknown;
  headers: IncomingMessage['headers'];
  url: string;
}

export interface FakeOptions {
  now: () => number;
  feishu?: { token: string; secret?: string; keyword?: string };
  dingtalk?: { token: string; secret?: string };
  wecom?: { key: string };
  telegram?: { token: string; chatId: string; migratedChats?: Record<string, number> };
  slack?: { path: string; archived?: boolean };
  webhook?: { path: string; secret: string };
}

type Answer = { status: number; body: unknown; headers?: Record<string, string> } | 'drop';

/** Counts requests in a sliding window on the fake clock. */
class Window {
  private hits: number[] = [];
  constructor(
    private readonly limit: number,
    private readonly ms: number,
  ) {}
  take(now: number): boolean {
    this.hits = this.hits.filter((t) => t > now - this.ms);
    if (this.hits.length >= this.limit) return false;
    this.hits.push(now);
    return true;
  }
}

export async function startFakeVendors(opts: FakeOptions) {
  const received: Received[] = [];
  const forced = new Map<string, Answer[]>();
  const seenDeliveries = new Set<string>();
  // Feishu: 100/min and 5/s per bot. DingTalk: 20/min, then throttled 10 minutes. WeCom: 20/min.
  // Telegram: about 20/min into one group. Slack: about 1/s, short bursts allowed.
  const limits = {
    feishuSecond: new Window(5, 1_000),
    feishuMinute: new Window(100, 60_000),
    dingtalk: new Window(20, 60_000),
    wecom: new Window(20, 60_000),
    telegram: new Window(20, 60_000),
    slack: new Window(3, 3_000),
  };
  let dingtalkThrottledUntil = 0;

  const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({
    status,
    body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  const text = (status: number, body: string, headers: Record<string, string> = {}): Answer => ({
    status,
    body,
    headers: { 'content-type': 'text/plain', ...headers },
  });

  function feishu(url: URL, raw: string, body: Record<string, unknown> | undefined): Answer {
    const o = opts.feishu!;
    if (url.pathname !== `/open-apis/bot/v2/hook/${o.token}`)
      return json(200, {
        code: 19001,
        msg: 'param invalid: incoming webhook access token invalid',
        data: {},
      });
    if (!body || Buffer.byteLength(raw) > 20 * 1024)
      return json(400, { code: 9499, msg: 'Bad Request', data: {} });
    const now = opts.now();
    if (!limits.feishuSecond.take(now) || !limits.feishuMinute.take(now))
      return json(200, {
        code: 11232,
        msg: 'frequency limited psm[lark.oapi.app_platform_runtime]',
        data: {},
      });
    if (o.secret) {
      const ts = Number(body.timestamp);
      const want = createHmac('sha256', `${ts}\n${o.secret}`).update('').digest('base64');
      if (!ts || Math.abs(now / 1000 - ts) > 3600 || body.sign !== want)
        return json(200, {
          code: 19021,
          msg: 'sign match fail or timestamp is not within one hour from current time',
          data: {},
        });
    }
    if (o.keyword && !raw.includes(o.keyword))
      return json(200, { code: 19024, msg: 'Key Words Not Found', data: {} });
    if (body.msg_type !== 'post' && body.msg_type !== 'text')
      return json(200, { code: 9499, msg: 'Bad Request', data: {} });
    return json(200, { code: 0, msg: 'success', data: {} });
  }

  function dingtalk(url: URL, body: Record<string, unknown> | undefined): Answer {
    const o = opts.dingtalk!;
    if (url.pathname !== '/robot/send' || url.searchParams.get('access_token') !== o.token)
      return json(200, { errcode: 300001, errmsg: 'token is not exist' });
    const now = opts.now();
    if (o.secret) {
      const ts = Number(url.searchParams.get('timestamp'));
      const want = createHmac('sha256', o.secret).update(`${ts}\n${o.secret}`).digest('base64');
      if (!ts || Math.abs(now - ts) > 3_600_000 || url.searchParams.get('sign') !== want)
        return json(200, { errcode: 310000, errmsg: 'sign not match' });
    }
    if (now < dingtalkThrottledUntil || !limits.dingtalk.take(now)) {
      if (now >= dingtalkThrottledUntil) dingtalkThrottledUntil = now + 10 * 60_000;
      return json(200, { errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' });
    }
    if (!body || typeof body.msgtype !== 'string')
      return json(200, { errcode: 40035, errmsg: '缺少参数 json' });
    return json(200, { errcode: 0, errmsg: 'ok' });
  }

  function wecom(url: URL, body: Record<string, unknown> | undefined): Answer {
    const o = opts.wecom!;
    if (url.pathname !== '/cgi-bin/webhook/send' || url.searchParams.get('key') !== o.key)
      return json(200, { errcode: 93000, errmsg: 'invalid webhook url, hint: [1700000000_1_abc]' });
    if (!limits.wecom.take(opts.now()))
      return json(200, { errcode: 45009, errmsg: 'api freq out of limit, hint: [1700000000_2_def]' });
    const md = (body?.markdown as { content?: string } | undefined)?.content;
    if (body?.msgtype !== 'markdown' || typeof md !== 'string')
      return json(200, { errcode: 40008, errmsg: 'invalid message type' });
    if (Buffer.byteLength(md) > 4096)
      return json(200, { errcode: 40058, errmsg: 'markdown.content exceed max length 4096' });
    return json(200, { errcode: 0, errmsg: 'ok' });
  }

  function telegram(url: URL, body: Record<string, unknown> | undefined): Answer {
    const o = opts.telegram!;
    if (url.pathname !== `/bot${o.token}/sendMessage`)
      return json(401, { ok: false, error_code: 401, description: 'Unauthorized' });
    if (!body)
      return json(400, { ok: false, error_code: 400, description: 'Bad Request: message text is empty' });
    const chat = String(body.chat_id);
    const migrated = o.migratedChats?.[chat];
    if (migrated !== undefined)
      return json(400, {
        ok: false,
        error_code: 400,
        description: 'Bad Request: group chat was upgraded to a supergroup chat',
        parameters: { migrate_to_chat_id: migrated },
      });
    if (chat !== o.chatId)
      return json(400, { ok: false, error_code: 400, description: 'Bad Request: chat not found' });
    const t = typeof body.text === 'string' ? body.text : '';
    if (!t)
      return json(400, { ok: false, error_code: 400, description: 'Bad Request: message text is empty' });
    if (t.length > 4096)
      return json(400, { ok: false, error_code: 400, description: 'Bad Request: message is too long' });
    if (!limits.telegram.take(opts.now()))
      return json(429, {
        ok: false,
        error_code: 429,
        description: 'Too Many Requests: retry after 7',
        parameters: { retry_after: 7 },
      });
    return json(200, {
      ok: true,
      result: {
        message_id: received.length,
        date: Math.floor(opts.now() / 1000),
        chat: { id: Number(chat) },
        text: t,
      },
    });
  }

  function slack(url: URL, body: Record<string, unknown> | undefined): Answer {
    const o = opts.slack!;
    if (url.pathname !== o.path) return text(404, 'no_service');
    if (o.archived) return text(410, 'channel_is_archived');
    if (!body) return text(400, 'invalid_payload');
    if (typeof body.text !== 'string' || !body.text) return text(400, 'no_text');
    if (!limits.slack.take(opts.now())) return text(429, 'rate_limited', { 'retry-after': '2' });
    return text(200, 'ok');
  }

  function webhook(url: URL, raw: string, req: IncomingMessage): Answer {
    const o = opts.webhook!;
    if (url.pathname !== o.path) return text(404, 'not found');
    const v = verifySignature({
      secrets: o.secret,
      body: raw,
      timestamp: req.headers['x-topupdoctor-timestamp'] as string | undefined,
      signature: req.headers['x-topupdoctor-signature'] as string | undefined,
      nowMs: opts.now(),
    });
    if (!v.ok) return text(401, v.reason);
    const id = req.headers['x-topupdoctor-delivery'] as string;
    if (seenDeliveries.has(id)) return json(200, { duplicate: true });
    seenDeliveries.add(id);
    return json(200, { received: true });
  }

  function route(req: IncomingMessage, raw: string): Answer {
    const url = new URL(req.url ?? '/', 'http://fake');
    const parsed = parse(raw);
    const body = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
    switch (vendorOf(url.pathname)) {
      case 'feishu':
        return feishu(url, raw, body);
      case 'dingtalk':
        return dingtalk(url, body);
      case 'wecom':
        return wecom(url, body);
      case 'telegram':
        return telegram(url, body);
      case 'slack':
        return slack(url, body);
      default:
        return webhook(url, raw, req);
    }
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const vendor = vendorOf(req.url ?? '/');
      // A forced status answers instead of the service (it is down); a forced 'drop' lets the service
      // process the request and then loses the answer, as a reset connection does.
      const next = forced.get(vendor)?.shift();
      const answer = next && next !== 'drop' ? next : route(req, raw);
      if (answer !== 'drop' && answer.status === 200 && isSuccess(answer.body))
        received.push({ vendor, body: parse(raw), headers: req.headers, url: req.url ?? '' });
      if (next === 'drop' || answer === 'drop') {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, answer.headers ?? {});
      res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    base,
    /** Messages the fake accepted (what a group would show). */
    received,
    /** The next answers for a vendor, before its normal handling: outages, dropped connections. */
    force(vendor: Received['vendor'], ...answers: Answer[]) {
      forced.set(vendor, [...(forced.get(vendor) ?? []), ...answers]);
    },
    /** Forgets what was received and which deliveries were seen (between tests). */
    reset() {
      received.length = 0;
      seenDeliveries.clear();
      forced.clear();
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

function vendorOf(path: string): Received['vendor'] {
  if (path.startsWith('/open-apis/bot/')) return 'feishu';
  if (path.startsWith('/robot/')) return 'dingtalk';
  if (path.startsWith('/cgi-bin/webhook/')) return 'wecom';
  if (path.startsWith('/bot')) return 'telegram';
  if (path.startsWith('/services/')) return 'slack';
  return 'webhook';
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function isSuccess(b: unknown): boolean {
  if (b === 'ok') return true;
  if (!b || typeof b !== 'object') return false;
  const o = b as { code?: number; errcode?: number; ok?: boolean; received?: boolean };
  return o.code === 0 || o.errcode === 0 || o.ok === true || o.received === true;
}

export type FakeVendors = Awaited<ReturnType<typeof startFakeVendors>>;
