// @topup-doctor/demo: start the demo console, payment simulator, intake and inbox from tests.

export { type ClockState, createClock, type DemoClock, parseOffset } from './clock.js';
export {
  applyScenario,
  type ConsoleName,
  isScenarioName,
  SCENARIO_NAMES,
  type ScenarioName,
  type ScenarioSetup,
} from './scenarios/seeds.js';
export {
  type CodeRef,
  type Expectation,
  type FieldSpec,
  maskedCode,
  maskedTail,
  mismatches,
  type Observed,
  type PageAction,
  ROWS,
  type Row,
  typedCode,
  type WidgetAnswers,
} from './scenarios/table.js';
export { DEMO_ACCOUNTS, DEMO_ADMIN, DEMO_CODES, DEMO_SUPPORT, demoCode } from './seed.js';
export { CSP, createDemoApps, type Demo, type DemoApps, type DemoOptions, startDemo } from './server.js';
export { S2_ADMIN_KEY, s2Code } from './sub2api/seed.js';
