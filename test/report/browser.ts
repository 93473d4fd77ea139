/**
 * Headless Chromium for report checks: Debian's `chromium` driven by playwright-core (which
 * never downloads a browser). Flags as this machine kind needs them: no sandbox as root, no GPU,
 * and no background networking (the network is closed; Chromium would retry without end).
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where Chromium is: $CHROMIUM_PATH, or `chromium` on the PATH. */
export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  try {
    return execSync('command -v chromium', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export const MISSING_CHROMIUM = 'Chromium is not installed: apt-get install -y --no-install-recommends chromium (or set CHROMIUM_PATH). .ci/run installs it.';

export async function launch(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  // playwright-core adds --headless itself (and a fresh profile directory per launch).
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
}
