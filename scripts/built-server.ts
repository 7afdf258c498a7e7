/**
 * The server as `npm start` runs it: src/ compiled to dist/ by `npm run build`, started with the
 * heap flags of package.json's start script (heapFlags). Tests, benchmarks and the soak run exactly this.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_ENTRY = 'dist/server.js';
export { heapFlags } from '../src/heap-flags.js';

/** Compiles src/ into dist/; throws with the compiler's output when that fails. */
export function buildServer(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`);
}
