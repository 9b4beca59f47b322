// Durations in milliseconds, the unit of every time the core reads (Facts, Rules, `now`).
export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
