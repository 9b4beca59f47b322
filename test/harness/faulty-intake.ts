// A ticket intake that misbehaves on purpose, for the delivery drills (browser tests and
// `pnpm bench:delivery`): answers 500, hangs without answering, resets the connection before answering,
// or stores the ticket and then loses the answer (the client never learns it was accepted). It validates
// with the core Ticket schema and stores each idempotency key once, like the real intake.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { Ticket } from '@topup-doctor/sdk/core';

export type Fault = 'ok' | 'error500' | 'hang' | 'reset' | 'lostAck' | 'unstorable';

export interface StoredTicket {
  key: string;
  id: string;
  at: number;
}

export interface FaultyIntake {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Decides the fault for the next POST (default: always 'ok'). */
  plan: (key: string) => Fault;
  /** Stored tickets by idempotency key (each key stored once). */
  stored: Map<string, StoredTicket>;
  /** Every POST in arrival order, with the fault it got. */
  posts: { key: string; id: string; fault: Fault; at: number }[];
  /** Requests currently held open by a 'hang'. */
  hung(): number;
  /** Ends every hung request (a server restart). */
  releaseHung(): void;
}

export function faultyIntake(): FaultyIntake {
  const stored = new Map<string, StoredTicket>();
  const posts: FaultyIntake['posts'] = [];
  const hanging = new Set<Socket>();
  const intake: FaultyIntake = {
    plan: () => 'ok',
    stored,
    posts,
    hung: () => hanging.size,
    releaseHung() {
      for (const socket of hanging) socket.destroy();
      hanging.clear();
    },
    async handle(req, res) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        body = undefined;
      }
      const parsed = Ticket.safeParse(body);
      const header = req.headers['idempotency-key'];
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.end(JSON.stringify(value));
      };
      if (!parsed.success || header !== parsed.data.idempotencyKey) {
        json(422, { error: 'invalid_ticket' });
        return;
      }
      const { idempotencyKey: key, id } = parsed.data;
      const fault = intake.plan(key);
      posts.push({ key, id, fault, at: Date.now() });
      switch (fault) {
        case 'error500':
          json(500, { error: 'internal' });
          return;
        case 'unstorable':
          json(422, { error: 'unstorable', field: 'note' });
          return;
        case 'hang':
          hanging.add(req.socket);
          req.socket.once('close', () => hanging.delete(req.socket));
          return;
        case 'reset':
          req.socket.destroy();
          return;
        default: {
          const seen = stored.get(key);
          if (!seen) stored.set(key, { key, id, at: Date.now() });
          if (fault === 'lostAck') {
            req.socket.destroy();
            return;
          }
          json(seen ? 200 : 201, seen ? { id: seen.id, duplicate: true } : { id, status: 'new' });
        }
      }
    },
  };
  return intake;
}
