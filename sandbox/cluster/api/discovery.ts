/** Discovery documents (legacy, as kubectl and the console read them), /version and OpenAPI stubs. */
import type { Registry, ResourceType } from './registry';

export interface VersionInfoDoc {
  major: string;
  minor: string;
  gitVersion: string;
  gitCommit: string;
  gitTreeState: string;
  buildDate: string;
  goVersion: string;
  compiler: string;
  platform: string;
}

export const kubeVersion = (gitVersion: string): VersionInfoDoc => {
  const m = /^v(\d+)\.(\d+)/.exec(gitVersion);
  return {
    major: m?.[1] ?? '1',
    minor: m?.[2] ?? '32',
    gitVersion,
    gitCommit: 'd9a2c1f8b5e4c3a2f1e0d9c8b7a6f5e4d3c2b1a0',
    gitTreeState: 'clean',
    buildDate: '2025-09-01T12:00:00Z',
    goVersion: 'go1.23.9 (Red Hat 1.23.9-1.el9_6) X:strictfipsruntime',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
};

export const coreVersions = () => ({
  kind: 'APIVersions',
  versions: ['v1'],
  serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1:6443' }],
});

const groupDoc = (name: string, versions: string[]) => ({
  name,
  versions: versions.map((v) => ({ groupVersion: `${name}/${v}`, version: v })),
  preferredVersion: { groupVersion: `${name}/${versions[0]}`, version: versions[0] },
});

export const apiGroupList = (registry: Registry) => ({
  kind: 'APIGroupList',
  apiVersion: 'v1',
  groups: [...registry.groups().entries()]
    .filter(([g]) => g !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([g, vs]) => groupDoc(g, vs)),
});

export const apiGroup = (registry: Registry, group: string) => {
  const vs = registry.groups().get(group);
  return vs ? { kind: 'APIGroup', apiVersion: 'v1', ...groupDoc(group, vs) } : undefined;
};

const resourceEntries = (rt: ResourceType, version: string) => {
  const v = rt.versions.find((x) => x.name === version);
  const main: Record<string, unknown> = {
    name: rt.plural,
    singularName: rt.singular,
    namespaced: rt.namespaced,
    kind: rt.kind,
    verbs: rt.verbs,
  };
  if (rt.shortNames?.length) main.shortNames = rt.shortNames;
  if (rt.categories?.length) main.categories = rt.categories;
  const out = [main];
  if (v?.status) {
    out.push({
      name: `${rt.plural}/status`,
      singularName: '',
      namespaced: rt.namespaced,
      kind: rt.kind,
      verbs: ['get', 'patch', 'update'],
    });
  }
  return out;
};

export const resourceList = (registry: Registry, group: string, version: string) => {
  const types = registry
    .all()
    .filter((t) => t.group === group && t.versions.some((v) => v.name === version && v.served));
  if (!types.length) return undefined;
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: group ? `${group}/${version}` : version,
    resources: types
      .sort((a, b) => a.plural.localeCompare(b.plural))
      .flatMap((t) => resourceEntries(t, version)),
  };
};
