/** The resource types the server serves: built-in ones and those declared by CRDs. */
import type { Dict } from './types';

export interface PrinterColumn {
  name: string;
  type: string;
  jsonPath: string;
  description?: string;
  priority?: number;
  format?: string;
}

export interface VersionInfo {
  name: string;
  served: boolean;
  storage: boolean;
  deprecated?: boolean;
  schema?: Dict;
  status?: boolean;
  printerColumns?: PrinterColumn[];
}

export interface ResourceType {
  group: string;
  plural: string;
  singular: string;
  kind: string;
  listKind: string;
  namespaced: boolean;
  verbs: string[];
  shortNames?: string[];
  categories?: string[];
  versions: VersionInfo[];
  /** Name of the CRD that declares it; undefined for built-in types. */
  crd?: string;
  /** Served by a handler instead of the store (projects, access reviews). */
  virtual?: boolean;
}

export const ALL_VERBS = [
  'create',
  'delete',
  'deletecollection',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];

export const ridOf = (group: string, plural: string): string => `${group}/${plural}`;

export class Registry {
  private types = new Map<string, ResourceType>();
  private listeners = new Set<() => void>();

  add(rt: ResourceType): void {
    this.types.set(ridOf(rt.group, rt.plural), rt);
    this.changed();
  }

  remove(group: string, plural: string): void {
    this.types.delete(ridOf(group, plural));
    this.changed();
  }

  onChange(fn: () => void): void {
    this.listeners.add(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  all(): ResourceType[] {
    return [...this.types.values()];
  }

  byRid(rid: string): ResourceType | undefined {
    return this.types.get(rid);
  }

  /** The type served at group/version/plural, or undefined when not served. */
  lookup(group: string, version: string, plural: string): ResourceType | undefined {
    const rt = this.types.get(ridOf(group, plural));
    return rt && rt.versions.some((v) => v.name === version && v.served) ? rt : undefined;
  }

  byKind(group: string, kind: string): ResourceType | undefined {
    return this.all().find((t) => t.group === group && t.kind === kind);
  }

  /** group -> served versions, the preferred (storage, else first) first. */
  groups(): Map<string, string[]> {
    const out = new Map<string, Set<string>>();
    for (const t of this.types.values()) {
      const set = out.get(t.group) ?? new Set<string>();
      for (const v of t.versions) if (v.served) set.add(v.name);
      out.set(t.group, set);
    }
    const result = new Map<string, string[]>();
    for (const [g, set] of out) result.set(g, sortVersions([...set]));
    return result;
  }
}

/** Kubernetes version priority: GA > beta > alpha, higher numbers first. */
export const sortVersions = (vs: string[]): string[] => {
  const rank = (v: string): [number, number, number] => {
    const m = /^v(\d+)(?:(alpha|beta)(\d+))?$/.exec(v);
    if (!m) return [0, 0, 0];
    const stage = m[2] === 'alpha' ? 1 : m[2] === 'beta' ? 2 : 3;
    return [stage, Number(m[1]), Number(m[3] ?? 0)];
  };
  return vs.sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    return rb[0] - ra[0] || rb[1] - ra[1] || rb[2] - ra[2];
  });
};
