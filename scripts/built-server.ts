/**
 * The server as `npm start` runs it: src/ compiled to dist/ by `npm run build`, started with the
 * heap flags of package.json's start script. Tests, benchmarks and the soak run exactly this.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_ENTRY = 'dist/server.js';
/** As in package.json's start script (why: docs/performance.md, "How the corpus is loaded"). */
export const SERVER_NODE_FLAGS = ['--max-old-space-size=8192', '--max-semi-space-size=64'];

/** Compiles src/ into dist/; throws with the compiler's output when that fails. */
export function buildServer(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`);
}
