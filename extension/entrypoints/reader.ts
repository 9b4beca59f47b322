// Injected by the background into a granted tab on page load (scripting.executeScript), in the same
// isolated world as the content script: reads the console through the sdk adapters and returns the
// masked ReadPart as the injection result. Kept out of the content script so what runs on every page
// load stays small (the adapters carry the masking engine); the background validates the result.
import { pageEnv, readConsole } from '../lib/reader/read.js';

export default defineUnlistedScript(async () => {
  try {
    return (await readConsole(pageEnv(window))) ?? null;
  } catch {
    return null;
  }
});
