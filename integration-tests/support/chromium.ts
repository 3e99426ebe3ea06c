import * as fs from 'fs';

/** Flags for a quiet, headless Chromium in containers and CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Debian's Chromium (`apt-get install chromium`), or CHROMIUM_PATH. */
export const chromiumPath = (): string => {
  const p = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(p)) {
    throw new Error(`Chromium not found at ${p}: apt-get install chromium, or set CHROMIUM_PATH`);
  }
  return p;
};
