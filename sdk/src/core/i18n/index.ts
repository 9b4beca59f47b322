export { en } from './en.js';
export { PROMISE_EN, PROMISE_ZH } from './promise.js';
export * from './t.js';
export { zhCN } from './zh-CN.js';
