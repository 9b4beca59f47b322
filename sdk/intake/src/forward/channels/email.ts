// Email over SMTP through nodemailer (STARTTLS, AUTH, encoding and dot-stuffing are its job). One message per
// delivery: the short masked text, and a Message-ID derived from the delivery id, so a retry after a lost
// answer is the same message to mail clients. SMTP 4xx answers and connection failures are temporary; 5xx
// answers (a refused recipient, failed AUTH) and a server that lacks the TLS we require are final.
import { createTransport, type Transporter } from 'nodemailer';
import { messageText } from '../message.js';
import { vendorText } from './http.js';
import type { Channel, ChannelDeps, Delivery, SendResult } from './types.js';

export interface EmailConfig {
  name: string;
  smtp: { host: string; port: number; secure: boolean; requireTLS: boolean; user?: string; pass?: string };
  from: string;
  to: string[];
}

const TEMPORARY_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ECONNRESET',
  'ECONNREFUSED',
]);

export function emailChannel(cfg: EmailConfig, deps: ChannelDeps): Channel {
  let transport: Transporter | undefined;
  const get = () => {
    transport ??= createTransport({
      host: cfg.smtp.host,
      port: cfg.smtp.port,
      secure: cfg.smtp.secure,
      // requireTLS false still upgrades with STARTTLS when the server offers it (never a silent downgrade).
      requireTLS: !cfg.smtp.secure && cfg.smtp.requireTLS,
      auth: cfg.smtp.user ? { user: cfg.smtp.user, pass: cfg.smtp.pass ?? '' } : undefined,
      connectionTimeout: deps.timeoutMs,
      greetingTimeout: deps.timeoutMs,
      socketTimeout: deps.timeoutMs,
      logger: false,
      debug: false,
    });
    return transport;
  };
  return {
    name: cfg.name,
    type: 'email',
    minIntervalMs: 0,
    async send(d: Delivery): Promise<SendResult> {
      const m = d.message;
      try {
        await get().sendMail({
          from: cfg.from,
          to: cfg.to,
          subject: m.subject,
          text: `${messageText(m)}\n\n${m.footer}\n`,
          messageId: `<${d.deliveryId.replace(/[^\w.:-]/g, '_')}@topup-doctor>`,
          headers: { 'Auto-Submitted': 'auto-generated' },
        });
        return { ok: true };
      } catch (e) {
        const err = e as { code?: string; responseCode?: number; response?: string };
        const firstLine = vendorText((err.response ?? '').split('\n')[0]);
        const error = ['SMTP', err.responseCode, err.code, firstLine].filter(Boolean).join(' ');
        if (typeof err.responseCode === 'number') return { ok: false, retry: err.responseCode < 500, error };
        return { ok: false, retry: err.code !== undefined && TEMPORARY_CODES.has(err.code), error };
      }
    },
    async close() {
      transport?.close();
      transport = undefined;
    },
  };
}
