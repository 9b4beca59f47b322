export { buildContext, type Context } from './context.js';
export { type DiagnoseOptions, diagnose, inferProblem, missingAnswers } from './diagnose.js';
