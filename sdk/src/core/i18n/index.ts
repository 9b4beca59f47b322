export { en } from './en.js';
export * from './t.js';
export { zhCN } from './zh-CN.js';
