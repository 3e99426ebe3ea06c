// The Dockerfile cannot be built here (no container runtime): check its structure, and that the
// .dockerignore keeps in exactly what the build reads.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..');
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');
const pkg = JSON.parse(read('package.json'));

type Instr = { op: string; args: string };
const instructions = (text: string): Instr[] =>
  text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [op, ...rest] = l.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
const stages = (instrs: Instr[]) =>
  instrs.reduce<Instr[][]>(
    (acc, i) => (i.op === 'FROM' ? [...acc, [i]] : (acc[acc.length - 1].push(i), acc)),
    [],
  );

// .dockerignore: the last matching pattern wins; a pattern matches a path or any folder above it.
const globRe = (p: string) =>
  new RegExp(
    `^${p
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '(.*/)?')
      .replace(/\*/g, '[^/]*')}$`,
  );
const ignored = (patterns: string[], file: string): boolean => {
  const parts = file.split('/');
  const prefixes = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
  return patterns.reduce((out, raw) => {
    const neg = raw.startsWith('!');
    const re = globRe(neg ? raw.slice(1) : raw);
    return prefixes.some((p) => re.test(p)) ? !neg : out;
  }, false);
};

const [build, serve] = stages(instructions(read('Dockerfile')));
const patterns = read('.dockerignore')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

describe('Dockerfile', () => {
  it('has two stages: UBI 9 Node.js 20 to build, UBI 9 nginx to serve', () => {
    expect(build[0].args).toMatch(
      /^registry\.access\.redhat\.com\/ubi9\/nodejs-20(:\S+)? AS build$/,
    );
    expect(serve[0].args).toMatch(/^registry\.access\.redhat\.com\/ubi9\/nginx-\d+(:\S+)?$/);
  });

  it('builds with npm ci and the project`s own build script, into dist/', () => {
    const runs = build.filter((i) => i.op === 'RUN').map((i) => i.args);
    expect(runs).toEqual([expect.stringMatching(/^npm ci\b/), 'npm run build']);
    expect(pkg.scripts.build).toContain('npm run webpack');
    expect(build.some((i) => /PLUGIN_DIST/.test(i.args))).toBe(false); // so the output is dist/
    const workdir = build.find((i) => i.op === 'WORKDIR')?.args;
    const copy = serve.find((i) => i.op === 'COPY' && i.args.startsWith('--from=build'));
    expect(copy?.args.split(' ')[1]).toBe(`${workdir}/dist`);
  });

  it('serves as a non-root user on 9443 with the chart`s nginx.conf, nginx in the foreground', () => {
    const users = serve.filter((i) => i.op === 'USER').map((i) => i.args);
    expect(users.length).toBeGreaterThan(0);
    expect(users[users.length - 1]).toMatch(/^[1-9][0-9]*$/);
    expect(serve.find((i) => i.op === 'EXPOSE')?.args).toBe('9443');
    expect(serve.find((i) => i.op === 'COPY' && !i.args.startsWith('--from'))?.args).toBe(
      'charts/ambient-mesh-plugin/files/nginx.conf /etc/nginx/nginx.conf',
    );
    const entry = JSON.parse(serve.find((i) => i.op === 'ENTRYPOINT')?.args ?? '[]');
    expect(entry[0]).toBe('nginx');
    expect(entry).toContain('daemon off;');
  });
});

describe('.dockerignore', () => {
  const tracked = execFileSync('git', ['ls-files'], { cwd: root }).toString().trim().split('\n');

  it('keeps every file the build and the nginx stage read', () => {
    const needed = [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'webpack.config.ts',
      'console-extensions.json',
      'charts/ambient-mesh-plugin/files/nginx.conf',
      ...tracked.filter((f) => /^(src|locales)\//.test(f)),
    ];
    expect(needed.filter((f) => ignored(patterns, f))).toEqual([]);
    Object.values(pkg.consolePlugin.exposedModules as Record<string, string>).forEach((m) =>
      expect(ignored(patterns, path.join('src', `${m}.tsx`))).toBe(false),
    );
  });

  it('leaves out dependencies, outputs, history, tests and the sandbox', () => {
    [
      'node_modules/react/index.js',
      'dist/plugin-manifest.json',
      '.git/HEAD',
      'sandbox/start.ts',
      'integration-tests/a.spec.ts',
      'docs/install.md',
    ].forEach((f) => expect({ f, ignored: ignored(patterns, f) }).toEqual({ f, ignored: true }));
  });
});
