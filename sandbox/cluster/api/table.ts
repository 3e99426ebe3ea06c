/** `as=Table` responses for kubectl get: printer columns of CRDs and a few built-in kinds. */
import type { PrinterColumn, ResourceType } from './registry';
import { asDict, isDict, type KObj } from './types';

const age = (ts: string | undefined, now: number): string => {
  if (!ts) return '<unknown>';
  const s = Math.max(0, Math.floor((now - Date.parse(ts)) / 1000));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return `${m}m${s % 60 ? `${s % 60}s` : ''}`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 48) return `${h}h`;
  return `${Math.floor(h / 24)}d`;
};

/** Evaluates the simple JSONPath forms used by printer columns: `.a.b`, `.a[?(@.type=="X")].b`. */
export const jsonPath = (obj: unknown, path: string): unknown => {
  const re = /\.((?:[^.[\\]|\\.)+)|\[\?\(@\.(\w+)=="([^"]*)"\)\]|\[(\d+)\]|\[(\*)\]/g;
  let cur: unknown = obj;
  let many = false;
  let m: RegExpExecArray | null;
  const step = (x: unknown, mm: RegExpExecArray): unknown => {
    if (mm[1] !== undefined) return isDict(x) ? x[mm[1].replace(/\\\./g, '.')] : undefined;
    if (mm[2] !== undefined)
      return Array.isArray(x) ? x.find((y) => isDict(y) && String(y[mm[2]]) === mm[3]) : undefined;
    if (mm[4] !== undefined) return Array.isArray(x) ? x[Number(mm[4])] : undefined;
    return x;
  };
  while ((m = re.exec(path)) !== null) {
    const mm = m;
    if (mm[5] !== undefined) {
      if (!Array.isArray(cur)) return undefined;
      many = true;
      continue;
    }
    cur =
      many && Array.isArray(cur)
        ? cur.map((x) => step(x, mm)).filter((x) => x !== undefined)
        : step(cur, mm);
    if (cur === undefined) return undefined;
  }
  return many && Array.isArray(cur) ? cur.join(',') : cur;
};

const podCells = (o: KObj): unknown[] => {
  const st = asDict(o.status);
  const cs =
    (st.containerStatuses as { ready?: boolean; restartCount?: number }[] | undefined) ?? [];
  const total = ((asDict(o.spec).containers as unknown[] | undefined) ?? []).length;
  const ready = cs.filter((c) => c.ready).length;
  const restarts = cs.reduce((n, c) => n + (c.restartCount ?? 0), 0);
  return [
    `${ready}/${total}`,
    o.metadata.deletionTimestamp ? 'Terminating' : String(st.phase ?? 'Pending'),
    restarts,
  ];
};

interface Col extends PrinterColumn {
  cell: (o: KObj) => unknown;
}

const builtinColumns = (rt: ResourceType): Col[] => {
  const c = (name: string, cell: (o: KObj) => unknown, type = 'string', priority = 0): Col => ({
    name,
    type,
    jsonPath: '',
    priority,
    cell,
  });
  switch (rt.kind) {
    case 'Pod':
      return [
        c('Ready', (o) => podCells(o)[0]),
        c('Status', (o) => podCells(o)[1]),
        c('Restarts', (o) => podCells(o)[2], 'integer'),
        c('IP', (o) => asDict(o.status).podIP ?? '<none>', 'string', 1),
        c('Node', (o) => asDict(o.spec).nodeName ?? '<none>', 'string', 1),
      ];
    case 'Deployment':
      return [
        c('Ready', (o) => `${asDict(o.status).readyReplicas ?? 0}/${asDict(o.spec).replicas ?? 1}`),
        c('Up-to-date', (o) => asDict(o.status).updatedReplicas ?? 0, 'integer'),
        c('Available', (o) => asDict(o.status).availableReplicas ?? 0, 'integer'),
      ];
    case 'StatefulSet':
      return [
        c('Ready', (o) => `${asDict(o.status).readyReplicas ?? 0}/${asDict(o.spec).replicas ?? 1}`),
      ];
    case 'DaemonSet':
      return [
        'desiredNumberScheduled',
        'currentNumberScheduled',
        'numberReady',
        'updatedNumberScheduled',
        'numberAvailable',
      ].map((k, i) =>
        c(
          ['Desired', 'Current', 'Ready', 'Up-to-date', 'Available'][i],
          (o) => asDict(o.status)[k] ?? 0,
          'integer',
        ),
      );
    case 'Node':
      return [
        c('Status', (o) => {
          const ready = (
            (asDict(o.status).conditions as { type: string; status: string }[] | undefined) ?? []
          ).find((x) => x.type === 'Ready');
          return ready?.status === 'True' ? 'Ready' : 'NotReady';
        }),
        c(
          'Roles',
          (o) =>
            Object.keys(o.metadata.labels ?? {})
              .filter((k) => k.startsWith('node-role.kubernetes.io/'))
              .map((k) => k.split('/')[1])
              .join(',') || '<none>',
        ),
      ];
    default:
      return [];
  }
};

export const toTable = (
  rt: ResourceType,
  version: string,
  items: KObj[],
  rv: number,
  cont?: string,
) => {
  const now = Date.now();
  const v = rt.versions.find((x) => x.name === version);
  const custom = (v?.printerColumns ?? []).filter(
    (pc) => pc.jsonPath !== '.metadata.creationTimestamp',
  );
  const cols: Col[] =
    v?.printerColumns && rt.crd
      ? custom.map((pc) => ({ ...pc, cell: (o: KObj) => jsonPath(o, pc.jsonPath) ?? '' }))
      : [
          ...builtinColumns(rt),
          ...custom.map((pc) => ({ ...pc, cell: (o: KObj) => jsonPath(o, pc.jsonPath) ?? '' })),
        ];
  const columnDefinitions = [
    {
      name: 'Name',
      type: 'string',
      format: 'name',
      description: 'Name must be unique within a namespace.',
      priority: 0,
    },
    ...cols.map((c) => ({
      name: c.name,
      type: c.type === 'date' ? 'string' : c.type,
      format: '',
      description: c.description ?? '',
      priority: c.priority ?? 0,
    })),
    { name: 'Age', type: 'string', format: '', description: 'CreationTimestamp', priority: 0 },
  ];
  const rows = items.map((o) => ({
    cells: [
      o.metadata.name,
      ...cols.map((c) => (c.type === 'date' ? age(c.cell(o) as string, now) : c.cell(o))),
      age(o.metadata.creationTimestamp, now),
    ],
    object: { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata },
  }));
  const metadata: Record<string, string> = { resourceVersion: String(rv) };
  if (cont) metadata.continue = cont;
  return { kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata, columnDefinitions, rows };
};
