// The console-adapter contract: one folder per console under sdk/src/consoles/, one registry line.
// Adapters READ (same-origin JSON the console already serves, and the page's own storage); they never
// write, never call auth endpoints (new-api C: /api/user/auth/refresh rotates the token) and never
// read or keep a full key, code or trade number.
import type { ConsoleInfo, ConsoleReading } from '../core/index.js';

/** What an adapter may use. Injected so adapters run the same in the widget, the extension and tests. */
export interface ConsoleEnv {
  /** Same-origin fetch: the page's (credentials included) or a test double. */
  fetch: (input: string, init?: RequestInit) => Promise<Response>;
  /** The page's localStorage (or a test double); null where the adapter must not/cannot read it. */
  storage: Pick<Storage, 'getItem'> | null;
  /** Origin of the console page, e.g. https://gateway.example. */
  origin: string;
  /** Path of the current page, for detection and page kind. */
  pathname: string;
  /** Clock, passed in. */
  now: () => number;
}

/** A read of the console. Unknown parts stay undefined; `errors` says what could not be read and why. */
export type ConsoleRead = ConsoleReading;
export type { ConsoleReadError, ConsoleReadErrorCode } from '../core/index.js';

export interface ConsoleAdapter {
  kind: ConsoleInfo['kind'];
  /** Cheap, side-effect-free guess from the page (storage keys, paths); no network. */
  detect(env: ConsoleEnv): boolean;
  read(env: ConsoleEnv): Promise<ConsoleRead>;
}
