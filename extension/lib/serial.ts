// One task at a time per key, in arrival order. The background's state is a read-modify-write of
// extension storage across awaits (and a report's console read takes a page round trip), so two messages
// for the same tab or origin must not interleave: see lib/state.ts. In memory only: when the MV3 worker
// is stopped, nothing is in flight.
const tails = new Map<string, Promise<unknown>>();

export function serial<T>(key: string, task: () => Promise<T>): Promise<T> {
  const run = (tails.get(key) ?? Promise.resolve()).then(task);
  // A failed task does not block the ones queued after it; its caller still gets the rejection.
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}

/** Keys with a task running or queued (tests check nothing is left behind). */
export const pendingKeys = (): string[] => [...tails.keys()];
