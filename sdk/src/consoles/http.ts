// Same-origin JSON reads shared by the console presets. Errors are values: a read never throws, it answers
// a Reply (any HTTP status, body parsed when it is JSON) or 'network'. Only GET: adapters never write.
import type { ConsoleEnv } from './types.js';

export interface Reply {
  status: number;
  /** Parsed JSON, or undefined when the body was not JSON (an HTML error page, an empty body). */
  body: unknown;
}

/** A console that hangs must not hang the self-check. */
const TIMEOUT_MS = 10_000;

export async function getJson(
  env: ConsoleEnv,
  path: string,
  headers: Record<string, string> = {},
): Promise<Reply | 'network'> {
  const abort = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = abort ? setTimeout(() => abort.abort(), TIMEOUT_MS) : undefined;
  try {
    const res = await env.fetch(env.origin.replace(/\/+$/, '') + path, {
      method: 'GET',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...headers },
      signal: abort?.signal,
    });
    const text = await res.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: res.status, body };
  } catch {
    return 'network';
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** localStorage access can throw (sandboxed frames, disabled storage): a throw reads as "absent". */
export function stored(env: ConsoleEnv, key: string): string | null {
  try {
    return env.storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function storedJson(env: ConsoleEnv, key: string): unknown {
  const raw = stored(env, key);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Console ids arrive as numbers (new-api, sub2api) or strings (localStorage `uid`): compare as strings. */
export function idString(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  return undefined;
}
