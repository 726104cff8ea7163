/** Debian's Chromium for the browser tests (never a downloaded browser). */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
/** In CI a missing browser fails the browser tests instead of skipping them. */
export const browserAvailable = existsSync(CHROMIUM) || !!process.env.CI;

/** Headless, with nothing that phones home. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
