// A test SMTP server (RFC 5321 replies) on an ephemeral port: EHLO with AUTH PLAIN/LOGIN, MAIL, RCPT, DATA with
// dot-unstuffing, RSET, NOOP, QUIT. Tests can script a reply for a stage (a 451 greylist at MAIL, a 550 unknown
// mailbox at RCPT, a 421 at connect) and a per-window message limit answered with 450 4.7.1, as providers do.

import type { AddressInfo } from 'node:net';
import { createServer, type Server, type Socket } from 'node:net';

export interface Mail {
  from: string;
  to: string[];
  /** The message as received (headers and encoded body). */
  data: string;
  /** The body decoded from its transfer encoding (base64 or quoted-printable), for assertions on the words. */
  text: string;
}

function decodeBody(data: string): string {
  const split = data.indexOf('\r\n\r\n');
  const head = split < 0 ? '' : data.slice(0, split);
  const body = split < 0 ? data : data.slice(split + 4);
  const enc = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (enc === 'quoted-printable') {
    const bytes = body
      .replace(/=\r\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

type Stage = 'CONNECT' | 'MAIL' | 'RCPT' | 'DATA' | 'END';

export async function startFakeSmtp(opts: {
  now: () => number;
  auth?: { user: string; pass: string };
  limit?: { messages: number; windowMs: number };
}) {
  const mails: Mail[] = [];
  const scripted: { stage: Stage; reply: string }[] = [];
  const accepted: number[] = [];
  const sockets = new Set<Socket>();

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    const say = (line: string) => socket.write(`${line}\r\n`);
    const scriptedFor = (stage: Stage) => {
      const i = scripted.findIndex((s) => s.stage === stage);
      return i >= 0 ? scripted.splice(i, 1)[0]!.reply : undefined;
    };
    let buf = '';
    let mode: 'cmd' | 'data' | 'auth-user' | 'auth-pass' = 'cmd';
    let authed = !opts.auth;
    let loginUser = '';
    let from = '';
    let to: string[] = [];
    let data = '';

    const early = scriptedFor('CONNECT');
    if (early) {
      say(early);
      socket.end();
      return;
    }
    say('220 fake.smtp.test ESMTP ready');

    const checkAuth = (user: string, pass: string) => {
      authed = user === opts.auth?.user && pass === opts.auth?.pass;
      say(authed ? '235 2.7.0 Authentication successful' : '535 5.7.8 Authentication credentials invalid');
    };

    const command = (line: string) => {
      if (mode === 'auth-user') {
        loginUser = Buffer.from(line, 'base64').toString();
        mode = 'auth-pass';
        return say('334 UGFzc3dvcmQ6');
      }
      if (mode === 'auth-pass') {
        mode = 'cmd';
        return checkAuth(loginUser, Buffer.from(line, 'base64').toString());
      }
      const [verb = '', ...rest] = line.split(' ');
      const arg = rest.join(' ');
      switch (verb.toUpperCase()) {
        case 'EHLO':
          socket.write('250-fake.smtp.test\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n');
          return say(opts.auth ? '250 AUTH PLAIN LOGIN' : '250 PIPELINING');
        case 'HELO':
          return say('250 fake.smtp.test');
        case 'AUTH': {
          const [mech = '', initial] = arg.split(' ');
          if (mech.toUpperCase() === 'PLAIN' && initial) {
            const [, user = '', pass = ''] = Buffer.from(initial, 'base64').toString().split('\0');
            return checkAuth(user, pass);
          }
          if (mech.toUpperCase() === 'LOGIN') {
            mode = 'auth-user';
            return say('334 VXNlcm5hbWU6');
          }
          return say('504 5.5.4 Unrecognized authentication type');
        }
        case 'MAIL': {
          if (!authed) return say('530 5.7.0 Authentication required');
          const s = scriptedFor('MAIL');
          if (s) return say(s);
          const now = opts.now();
          if (opts.limit) {
            while (accepted.length && accepted[0]! <= now - opts.limit.windowMs) accepted.shift();
            if (accepted.length >= opts.limit.messages) return say('450 4.7.1 Too many messages, slow down');
          }
          from = /<(.*)>/.exec(arg)?.[1] ?? '';
          to = [];
          return say('250 2.1.0 Ok');
        }
        case 'RCPT': {
          const s = scriptedFor('RCPT');
          if (s) return say(s);
          to.push(/<(.*)>/.exec(arg)?.[1] ?? '');
          return say('250 2.1.5 Ok');
        }
        case 'DATA': {
          const s = scriptedFor('DATA');
          if (s) return say(s);
          if (!to.length) return say('503 5.5.1 Error: need RCPT command');
          mode = 'data';
          data = '';
          return say('354 End data with <CR><LF>.<CR><LF>');
        }
        case 'RSET':
          from = '';
          to = [];
          return say('250 2.0.0 Ok');
        case 'NOOP':
          return say('250 2.0.0 Ok');
        case 'QUIT':
          say('221 2.0.0 Bye');
          return socket.end();
        default:
          return say('502 5.5.2 Error: command not recognized');
      }
    };

    socket.on('data', (chunk: string) => {
      buf += chunk;
      for (;;) {
        if (mode === 'data') {
          const end = buf.indexOf('\r\n.\r\n');
          if (end < 0 && !buf.startsWith('.\r\n')) return;
          const body = buf.startsWith('.\r\n') ? '' : buf.slice(0, end);
          buf = buf.startsWith('.\r\n') ? buf.slice(3) : buf.slice(end + 5);
          data += body;
          mode = 'cmd';
          const s = scriptedFor('END');
          if (s) {
            say(s);
            continue;
          }
          accepted.push(opts.now());
          const raw = data.replace(/^\.\./gm, '.');
          mails.push({ from, to, data: raw, text: decodeBody(raw) });
          say(`250 2.0.0 Ok: queued as ${mails.length}`);
          continue;
        }
        const nl = buf.indexOf('\r\n');
        if (nl < 0) return;
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        command(line);
      }
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    mails,
    /** The next time `stage` is reached, answer `reply` (e.g. '451 4.3.0 Try again later') instead. */
    script(stage: Stage, reply: string) {
      scripted.push({ stage, reply });
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

export type FakeSmtp = Awaited<ReturnType<typeof startFakeSmtp>>;
