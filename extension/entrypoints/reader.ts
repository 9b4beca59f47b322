// Injected by the background into a granted tab on page load (scripting.executeScript), in the same
// isolated world as the content script: reads the console through the sdk adapters and returns the
// masked ReadPart as the injection result, with the operator's rules the page's widget config declares
// (its data-rules: the extension's warnings use them). Kept out of the content script so what runs on
// every page load stays small (the adapters carry the masking engine); the background validates the result.
import { declaredConfig } from '../lib/panel/declared.js';
import { pageEnv, readConsole } from '../lib/reader/read.js';

export default defineUnlistedScript(async () => {
  const { rules } = declaredConfig(document);
  let read: Awaited<ReturnType<typeof readConsole>>;
  try {
    read = await readConsole(pageEnv(window));
  } catch {
    read = undefined;
  }
  return read || rules ? { ...read, ...(rules ? { rules } : {}) } : null;
});
