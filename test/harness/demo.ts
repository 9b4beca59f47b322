// Starts the demo (console, payment simulator, intake, inbox) on 127.0.0.1 with a free port and a fresh
// temporary data directory, for real-browser tests. The sdk must be built (sdk/dist) for the widget.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Demo, type DemoOptions, startDemo } from '@topup-doctor/demo';

export interface TestDemo extends Demo {
  dataDir: string;
}

export async function startTestDemo(
  options: Partial<Omit<DemoOptions, 'port' | 'dataDir'>> = {},
): Promise<TestDemo> {
  const dataDir = mkdtempSync(join(tmpdir(), 'topup-doctor-demo-'));
  const demo = await startDemo({ port: 0, host: '127.0.0.1', dataDir, ...options });
  return {
    ...demo,
    dataDir,
    close: async () => {
      await demo.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
