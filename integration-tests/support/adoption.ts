/**
 * Existing installs to adopt, seeded into the sandbox, and the field-by-field comparison of every
 * object the wizard may write, before and after: what changed that the person did not change.
 */
import { expect, type Page } from '@playwright/test';
import type { Sandbox } from './fixtures';

export type Obj = {
  metadata: {
    name: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    generation?: number;
  };
  spec?: Record<string, unknown>;
  status?: { observedGeneration?: number; conditions?: { type: string; status: string }[] };
};

export const SAIL = '/apis/sailoperator.io';
export const CRS = {
  istio: `${SAIL}/v1/istios/default`,
  cni: `${SAIL}/v1/istiocnis/default`,
  ztunnel: `${SAIL}/v1alpha1/ztunnels/default`,
};

/** Every object the wizard may write: the three CRs and every namespace. */
export const snapshot = async (sandbox: Sandbox): Promise<Record<string, Obj>> => {
  const out: Record<string, Obj> = {};
  for (const [k, p] of Object.entries(CRS)) out[k] = (await sandbox.api<Obj>('GET', p)).body;
  const ns = await sandbox.api<{ items: Obj[] }>('GET', '/api/v1/namespaces');
  for (const n of ns.body.items) out[`Namespace/${n.metadata.name}`] = n;
  return out;
};

const isDict = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Leaves as `path -> JSON` (lists whole): labels, annotations and spec. */
const flatten = (v: unknown, path: string, out: Record<string, string>) => {
  if (isDict(v)) {
    Object.entries(v).forEach(([k, x]) => flatten(x, `${path}.${k}`, out));
  } else if (v !== undefined) out[path] = JSON.stringify(v);
  return out;
};

const fields = (o: Obj | undefined) => {
  const out: Record<string, string> = {};
  flatten(o?.metadata.labels, 'metadata.labels', out);
  flatten(o?.metadata.annotations, 'metadata.annotations', out);
  flatten(o?.spec, 'spec', out);
  return out;
};

/** Every field that differs between two snapshots, as `object path`. */
export const changedFields = (before: Record<string, Obj>, after: Record<string, Obj>) => {
  const changed: string[] = [];
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = fields(before[id]);
    const b = fields(after[id]);
    for (const p of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (a[p] !== b[p]) changed.push(`${id} ${p}`);
    }
  }
  return changed.sort();
};

export const next = (page: Page) => page.getByRole('button', { name: 'Next', exact: true }).click();

/** Replaces a CR's spec, labels and annotations whole, as another writer would. */
export const seed = async (sandbox: Sandbox, path: string, o: Partial<Obj>) => {
  const ops = [
    { op: 'replace', path: '/spec', value: o.spec },
    { op: 'add', path: '/metadata/labels', value: o.metadata?.labels ?? {} },
    { op: 'add', path: '/metadata/annotations', value: o.metadata?.annotations ?? {} },
  ];
  const r = await sandbox.api('PATCH', path, ops);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
};

export const ready = (o: Obj) =>
  o.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') &&
  (o.status?.observedGeneration ?? 0) >= (o.metadata.generation ?? 0);
