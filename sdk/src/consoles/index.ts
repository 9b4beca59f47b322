// @topup-doctor/sdk/consoles: console presets (adapters) that read the facts a console already knows.
export type * from './types.js';
