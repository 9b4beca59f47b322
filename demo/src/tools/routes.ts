// The demo tools: the clock and the named scenarios, as a page (/demo, plain forms: no script needed
// under the CSP) and as a JSON API the tests call.
//   GET  /demo/api/clock                      {now, offsetMs}
//   POST /demo/api/clock {offsetMs} | {advanceMs} | {now: ISO or ms}
//   GET  /demo/api/scenarios                  [{name, console, user, title}]
//   POST /demo/api/scenario {name}            the ScenarioSetup (trade numbers and codes by label)
//   GET  /demo/clock.js                       makes the page's Date.now() read the demo clock
import type { Context } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod';
import { parseOffset } from '../clock.js';
import type { AppEnv, DemoSettings, Deps } from '../deps.js';
import { html } from '../pages/html.js';
import { layout } from '../pages/layout.js';
import { langOf, translator } from '../pages/text.js';
import {
  applyScenario,
  isScenarioName,
  SCENARIO_NAMES,
  SCENARIOS,
  scenarioTitle,
} from '../scenarios/seeds.js';

/**
 * A console page asks for this before the widget's loader: when the demo clock is moved, the page's
 * Date.now() follows it, so the widget ("paid 40 minutes ago", "wait 7 more minutes") and the console
 * agree. Empty when the clocks agree (within 2 s).
 */
export function clockScript(c: Context, deps: Deps): Response {
  const skew = Math.round(deps.now() - Date.now());
  const body =
    Math.abs(skew) < 2000
      ? '// The demo clock reads this machine’s time.\n'
      : `// The demo clock is moved (/demo): this page's Date.now() reads it too.\n(() => {\n  const real = Date.now.bind(Date);\n  Date.now = () => real() + ${skew};\n})();\n`;
  return c.body(body, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
}

const ClockPatch = z.union([
  z.strictObject({ offsetMs: z.number().finite() }),
  z.strictObject({ advanceMs: z.number().finite() }),
  z.strictObject({ now: z.union([z.number().finite(), z.iso.datetime({ offset: true })]) }),
]);

export function toolRoutes(deps: Deps, startSettings: DemoSettings): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const clockJson = () => deps.clock.state();

  app.get('/demo/clock.js', (c) => clockScript(c, deps));

  app.get('/demo/api/clock', (c) => c.json(clockJson()));
  app.post('/demo/api/clock', async (c) => {
    const parsed = ClockPatch.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return c.json({ error: 'expected {offsetMs} | {advanceMs} | {now}' }, 400);
    const p = parsed.data;
    if ('offsetMs' in p) deps.clock.setOffset(p.offsetMs);
    else if ('advanceMs' in p) deps.clock.advance(p.advanceMs);
    else deps.clock.setNow(typeof p.now === 'number' ? p.now : Date.parse(p.now));
    return c.json(clockJson());
  });

  app.get('/demo/api/scenarios', (c) =>
    c.json(
      SCENARIO_NAMES.map((name) => ({
        name,
        console: SCENARIOS[name].console,
        user: SCENARIOS[name].user,
        title: scenarioTitle(name, 'en'),
      })),
    ),
  );
  app.post('/demo/api/scenario', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { name?: unknown } | null;
    const name = typeof body?.name === 'string' ? body.name : '';
    if (!isScenarioName(name)) return c.json({ error: 'unknown scenario', names: SCENARIO_NAMES }, 404);
    return c.json(await applyScenario(deps, name, startSettings));
  });

  // The page: forms post here and come back.
  app.post('/demo/clock', async (c) => {
    const form = await c.req.parseBody();
    const action = String(form.action ?? '');
    if (action === 'reset') deps.clock.setOffset(0);
    else if (action === 'set') {
      const ms = parseOffset(String(form.offset ?? ''));
      if (ms === undefined) return c.redirect('/demo?error=offset', 303);
      deps.clock.setOffset(ms);
    } else {
      const ms = parseOffset(action);
      if (ms !== undefined) deps.clock.advance(ms);
    }
    return c.redirect('/demo', 303);
  });
  app.post('/demo/scenario', async (c) => {
    const name = String((await c.req.parseBody()).name ?? '');
    if (!isScenarioName(name)) return c.redirect('/demo', 303);
    await applyScenario(deps, name, startSettings);
    return c.redirect(`/demo?applied=${encodeURIComponent(name)}`, 303);
  });

  app.get('/demo', (c) => {
    const lang = langOf(c);
    const t = translator(lang);
    const { now, offsetMs } = deps.clock.state();
    const applied = c.req.query('applied');
    const done = applied && isScenarioName(applied) ? applied : undefined;
    const sign = offsetMs < 0 ? '−' : '+';
    const abs = Math.abs(offsetMs);
    const offsetText = `${sign}${Math.floor(abs / 86_400_000)}d ${Math.floor((abs % 86_400_000) / 3_600_000)}h ${Math.floor((abs % 3_600_000) / 60_000)}m`;
    const consoleOrigin = (name: (typeof SCENARIO_NAMES)[number]) =>
      SCENARIOS[name].console === 'sub2api' ? `${deps.sub2apiOrigin()}/login` : '/login';
    const body = html`<section class="card"><h1>${t('tools.title')}</h1><p class="muted">${t('tools.intro')}</p></section>
${
  done
    ? html`<p class="notice ok" id="scenario-applied">${t('tools.applied')} <strong>${scenarioTitle(done, lang)}</strong>.
  ${t('tools.loginAs')} <code>${SCENARIOS[done].user}</code>. <a href="${consoleOrigin(done)}">${t('tools.open')}</a></p>`
    : ''
}
<section class="card" id="clock">
  <h2>${t('tools.clock')}</h2>
  <dl class="stats"><div><dt>${t('tools.clockNow')}</dt><dd id="clock-now" data-now="${now}">${new Date(now).toLocaleString(lang, { timeZone: 'Asia/Shanghai' })} (UTC+8)</dd></div>
  <div><dt>${t('tools.clockOffset')}</dt><dd id="clock-offset">${offsetText}</dd></div></dl>
  <p class="muted">${t('tools.clockHint')}</p>
  ${c.req.query('error') === 'offset' ? html`<p class="error">${t('tools.badOffset')}</p>` : ''}
  <form method="post" action="/demo/clock" class="row">
    ${['+10m', '+1h', '+1d', '+30d'].map((a) => html`<button type="submit" class="secondary" name="action" value="${a}">${t('tools.advance')} ${a.slice(1)}</button>`)}
    ${['-1h', '-1d'].map((a) => html`<button type="submit" class="secondary" name="action" value="${a}">${t('tools.back')} ${a.slice(1)}</button>`)}
    <button type="submit" class="secondary" name="action" value="reset">${t('tools.reset')}</button>
  </form>
  <form method="post" action="/demo/clock" class="row">
    <label class="inline">${t('tools.offsetLabel')} <input name="offset" id="clock-offset-input" placeholder="+40m"></label>
    <button type="submit" class="primary" name="action" value="set">${t('tools.set')}</button>
  </form>
</section>
<section class="card" id="scenarios">
  <h2>${t('tools.scenarios')}</h2><p class="muted">${t('tools.scenariosHint')}</p>
  <table class="table"><tbody>${SCENARIO_NAMES.map(
    (
      name,
    ) => html`<tr><td><code>${name}</code></td><td>${t(SCENARIOS[name].console === 'sub2api' ? 'tools.sub2api' : 'tools.newApi')}</td>
      <td>${scenarioTitle(name, lang)}</td>
      <td><form method="post" action="/demo/scenario"><input type="hidden" name="name" value="${name}"><button type="submit" class="secondary">${t('tools.apply')}</button></form></td></tr>`,
  )}</tbody></table>
</section>`;
    return c.html(layout({ lang, t, title: t('tools.title'), page: 'tools', area: 'tools', body }).value);
  });

  return app;
}
