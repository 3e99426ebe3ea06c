import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './support/chromium';

/**
 * Browser tests: the Chromium of `support/chromium.ts` (from the lock file, unpacked once), each test with its own sandbox
 * cluster and console on free ports, so files run in parallel. No retries: a failure is a
 * failure. Screenshots and the browser console log of failed tests go to artifacts/.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: 'artifacts',
  globalSetup: './support/globalSetup.ts',
  workers: 2,
  retries: 0,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  timeout: 60000,
  expect: { timeout: 15000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 900 },
    screenshot: 'only-on-failure',
    trace: 'off',
    actionTimeout: 15000,
    navigationTimeout: 30000,
  },
});
