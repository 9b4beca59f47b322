// @topup-doctor/sdk/ui: the panel's Preact components over the flow's state machine, for other
// composition roots (the extension popup) that bring their own Services.
export { App, type AppProps } from './App.js';
export { detectLocale, type WidgetLocale } from './i18n/detect.js';
export { catalogKeys, FLOW_WORDS, tr } from './i18n/flow.js';
export { type CatalogKey, type Words, wordsFor } from './i18n/index.js';
export { type Action, initialState, reduce, type State, type Step } from './machine.js';
export type { AnswerKey, SendResult, Services } from './services.js';
export { PANEL_CSS } from './styles.js';
