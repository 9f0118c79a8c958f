// Which Chromium the end-to-end tests drive: an explicit setting first, then Debian's
// /usr/bin/chromium (what CI installs), then Playwright's own download if a user has it.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const INSTALL_HINT =
  'No Chromium found for the end-to-end tests. Install one with:\n' +
  '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n' +
  'or point GONGKAI_CHROMIUM at a Chromium/Chrome executable.';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env.GONGKAI_CHROMIUM || env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (explicit) {
    if (!existsSync(explicit)) throw new Error(`GONGKAI_CHROMIUM is set to ${explicit}, which does not exist.\n${INSTALL_HINT}`);
    return explicit;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    // Playwright throws when its browsers were never downloaded.
  }
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(INSTALL_HINT);
}

// Flags for a closed network: without them Chromium keeps trying to reach Google's hosts.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
