// docs/webhook.md stays true: its example body passes the schema the intake sends with, and its Node
// verification code, run as written, accepts real deliveries and the test vector and refuses forgeries.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkTicket } from '@topup-doctor/sdk/core';
import { describe, expect, it } from 'vitest';
import { WebhookPayload, webhookChannel } from '../forward/channels/webhook.js';
import { buildMessage } from '../forward/message.js';
import { ticketFixture } from '../testing/fixture.js';

const doc = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'docs', 'webhook.md'), 'utf8');

/** The fenced block right after `<!-- checked: name -->`. */
function block(name: string): string {
  const m = new RegExp(`<!-- checked: ${name} -->\\n\`\`\`\\w+\\n([\\s\\S]*?)\\n\`\`\``).exec(doc);
  if (!m?.[1]) throw new Error(`docs/webhook.md has no block marked ${name}`);
  return m[1];
}

type Verify = (
  raw: string | Buffer,
  headers: IncomingHttpHeaders,
  secret: string,
  opts?: { nowSeconds?: number },
) => boolean;

async function docVerify(): Promise<Verify> {
  const file = join(mkdtempSync(join(tmpdir(), 'td-doc-')), 'verify.mjs');
  writeFileSync(file, block('node-verify'));
  return (await import(pathToFileURL(file).href)).verifyTopupDoctor;
}

describe('docs/webhook.md', () => {
  it('its example body is a valid webhook payload', () => {
    const parsed = WebhookPayload.safeParse(JSON.parse(block('example-payload')));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('its example ticket is one the intake stores (ids and fields in their exact formats)', () => {
    const verdict = checkTicket(JSON.parse(block('example-payload')).ticket);
    expect(verdict.ok, JSON.stringify(verdict)).toBe(true);
  });

  it('its Node code accepts the test vector, and refuses another body, secret or a stale timestamp', async () => {
    const verify = await docVerify();
    const secret = 'whsec_0123456789abcdef0123456789abcdef';
    const sig = 'v1=a5bdfa4ae3b492908f174a3f581d068b7868394a30635f8fa054e39decc94325';
    expect(doc).toContain(sig);
    const headers = { 'x-topupdoctor-timestamp': '1795000000', 'x-topupdoctor-signature': sig };
    const body = '{"event":"ticket.created"}';
    expect(verify(body, headers, secret, { nowSeconds: 1795000100 })).toBe(true);
    expect(verify(`${body} `, headers, secret, { nowSeconds: 1795000100 })).toBe(false);
    expect(verify(body, headers, `${secret}x`, { nowSeconds: 1795000100 })).toBe(false);
    expect(verify(body, headers, secret, { nowSeconds: 1795000301 })).toBe(false);
  });

  it('its Node code accepts a real delivery from the intake', async () => {
    const verify = await docVerify();
    const got: { raw: Buffer; headers: IncomingHttpHeaders }[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        got.push({ raw: Buffer.concat(chunks), headers: req.headers });
        res.end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const secret = 's'.repeat(16) + 'e'.repeat(16);
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
      const ch = webhookChannel(
        { name: 'ops-webhook', url, secret },
        { fetch, now: Date.now, timeoutMs: 5_000 },
      );
      const ticket = ticketFixture(7);
      const message = buildMessage(ticket, {
        locale: 'en',
        ticketUrl: 'https://support.example.com/inbox/tickets/{id}',
      });
      expect(await ch.send({ deliveryId: `${ticket.id}:ops-webhook`, attempt: 1, ticket, message })).toEqual({
        ok: true,
      });
      const [d] = got;
      expect(verify(d!.raw, d!.headers, secret)).toBe(true);
      expect(verify(d!.raw.toString().replace(ticket.problem, 'payment_failed'), d!.headers, secret)).toBe(
        false,
      );
      expect(WebhookPayload.parse(JSON.parse(d!.raw.toString())).ticket.id).toBe(ticket.id);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
