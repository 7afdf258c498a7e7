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

/**
 * The flags every browser test launches Chromium with: headless, no sandbox (root), and none of
 * Chromium's own connections to Google's hosts, which this machine's closed network refuses.
 */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
