/** Debian's Chromium, which playwright-core drives (it cannot download browsers here). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The Chromium binary: `which chromium`, else /usr/bin/chromium, else none. */
export function findChromium(): string | undefined {
  try {
    const found = execFileSync('which', ['chromium'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (found && existsSync(found)) return found;
  } catch {
    // not on PATH
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}
