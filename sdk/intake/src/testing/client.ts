// A small HTTP client for tests that keeps cookies like a browser: the intake's support client and the demo
// console's user client build on it, each adding its own headers.

export type ClientInit = RequestInit & { json?: unknown };

export class CookieClient<I extends ClientInit = ClientInit> {
  readonly cookies = new Map<string, string>();

  constructor(private readonly origin: () => string) {}

  /** What a client adds to every request besides the cookies (a CSRF token, a console's user header). */
  protected decorate(_headers: Headers, _init: I): void {}

  async request(path: string, init: I = {} as I): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    let body = init.body;
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.json);
    }
    this.decorate(headers, init);
    const res = await fetch(this.origin() + path, { ...init, headers, body, redirect: 'manual' });
    for (const set of res.headers.getSetCookie()) {
      const [pair = ''] = set.split(';');
      const eq = pair.indexOf('=');
      const value = pair.slice(eq + 1);
      if (/Max-Age=0/i.test(set) || value === '') this.cookies.delete(pair.slice(0, eq));
      else this.cookies.set(pair.slice(0, eq), value);
    }
    return res;
  }

  // biome-ignore lint/suspicious/noExplicitAny: API answers are checked field by field in the tests.
  async json(path: string, init: I = {} as I): Promise<any> {
    return (await this.request(path, init)).json();
  }
}
