/** The verbs of the Kubernetes API over the store: get, list, create, update, patch, delete. */
import { randomBytes, randomUUID } from 'crypto';
import { admit } from './admission';
import { StatusError, alreadyExists, badRequest, conflict, invalid, notFound } from './errors';
import { asVersion, apiVersionOf } from './output';
import { applyJsonPatch, applyMergePatch, applyStrategicMergePatch } from './patch';
import type { Registry, ResourceType } from './registry';
import { ridOf } from './registry';
import {
  fieldLabelsFor,
  matchesFields,
  matchesLabels,
  parseFieldSelector,
  parseLabelSelector,
} from './selectors';
import { entriesAt } from './snapshot';
import type { Entry, Store } from './store';
import { clone, isDict, nowISO, type KObj } from './types';

export interface WriteOptions {
  dryRun?: boolean;
  strict?: boolean;
  subresource?: string;
  /** The caller hands over `body` (no defensive copy). */
  owned?: boolean;
}

export interface ListOptions {
  labelSelector?: string | null;
  fieldSelector?: string | null;
  limit?: number;
  continue?: string | null;
}

export interface ListResult {
  entries: Entry[];
  rv: number;
  continue?: string;
  remaining?: number;
}

export type PatchType = 'json' | 'merge' | 'strategic';

const GENERATION_KINDS = new Set([
  'Deployment',
  'DaemonSet',
  'ReplicaSet',
  'StatefulSet',
  'CustomResourceDefinition',
]);
const NS_RID = ridOf('', 'namespaces');
const SUFFIX = 'bcdfghjklmnpqrstvwxz2456789';

export const randomSuffix = (n = 5): string => {
  const bytes = randomBytes(n);
  return [...bytes].map((b) => SUFFIX[b % SUFFIX.length]).join('');
};

const rest = (o: KObj): string =>
  JSON.stringify({ ...o, metadata: undefined, status: undefined, apiVersion: undefined });

/** A mutating admission step run on create before validation (as an admission webhook). */
export type MutatingAdmission = (rt: ResourceType, obj: KObj) => void;

export class Api {
  private ipCounter = 10;
  /** Mutating admission on create, in order (the sandbox's stand-in for admission webhooks). */
  readonly mutatingAdmission: MutatingAdmission[] = [];

  constructor(
    readonly store: Store,
    readonly registry: Registry,
  ) {}

  private hasGeneration(rt: ResourceType): boolean {
    return !!rt.crd || GENERATION_KINDS.has(rt.kind);
  }

  private statusSubresource(rt: ResourceType, version?: string): boolean {
    const v = rt.versions.find((x) => x.name === version) ?? rt.versions[0];
    return !!v?.status;
  }

  private allocateClusterIP = (): string => {
    this.ipCounter += 1;
    return `172.30.${Math.floor(this.ipCounter / 250) % 256}.${(this.ipCounter % 250) + 1}`;
  };

  get(rt: ResourceType, ns: string, name: string): KObj {
    const obj = this.store.get(ridOf(rt.group, rt.plural), rt.namespaced ? ns : '', name);
    if (!obj) throw notFound(rt.plural, rt.group, name);
    return obj;
  }

  find(rt: ResourceType, ns: string, name: string): KObj | undefined {
    return this.store.get(ridOf(rt.group, rt.plural), rt.namespaced ? ns : '', name);
  }

  list(rt: ResourceType, ns: string | undefined, opts: ListOptions = {}): ListResult {
    const labels = parseLabelSelector(opts.labelSelector);
    const fields = parseFieldSelector(opts.fieldSelector, fieldLabelsFor(rt.kind, rt.namespaced));
    let rv = this.store.rv;
    const rid = ridOf(rt.group, rt.plural);
    const inNs = rt.namespaced ? ns || undefined : undefined;
    let all = this.store.list(rid, inNs);
    if (opts.continue) {
      let pos: { ns: string; name: string; rv?: number };
      try {
        pos = JSON.parse(Buffer.from(opts.continue, 'base64').toString('utf8')) as {
          ns: string;
          name: string;
          rv?: number;
        };
        if (typeof pos.name !== 'string') throw new Error('no position');
      } catch {
        throw badRequest('continue key is not valid: illegal base64 data');
      }
      // every page from the snapshot of the first one, as the API server does
      if (typeof pos.rv === 'number') {
        all = entriesAt(this.store, rid, inNs, all, pos.rv);
        rv = pos.rv;
      }
      const after = (e: Entry): boolean => {
        const ns = e.obj.metadata.namespace ?? '';
        return ns > pos.ns || (ns === pos.ns && (e.obj.metadata.name as string) > pos.name);
      };
      let lo = 0;
      let hi = all.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (after(all[mid])) hi = mid;
        else lo = mid + 1;
      }
      all = all.slice(lo);
    }
    const filtered =
      labels.length || fields.length
        ? all.filter(
            (e) => matchesLabels(labels, e.obj.metadata.labels) && matchesFields(fields, e.obj),
          )
        : all;
    const limit = opts.limit && opts.limit > 0 ? opts.limit : 0;
    if (!limit || filtered.length <= limit) return { entries: filtered, rv };
    const page = filtered.slice(0, limit);
    const last = page[page.length - 1].obj.metadata;
    const token = Buffer.from(
      JSON.stringify({ v: 'meta.k8s.io/v1', rv, ns: last.namespace ?? '', name: last.name }),
    ).toString('base64');
    return { entries: page, rv, continue: token, remaining: filtered.length - limit };
  }

  private checkNamespace(rt: ResourceType, ns: string): void {
    if (!rt.namespaced) return;
    const nsObj = this.store.get(NS_RID, '', ns);
    if (!nsObj) throw notFound('namespaces', '', ns);
    if (nsObj.metadata.deletionTimestamp) {
      throw new StatusError(
        403,
        'Forbidden',
        `${rt.plural}${rt.group ? '.' + rt.group : ''} "${'{name}'}" is forbidden: unable to create new content in namespace ${ns} because it is being terminated`,
        {
          name: ns,
          kind: rt.plural,
          causes: [
            {
              reason: 'NamespaceTerminating',
              message: `namespace ${ns} is being terminated`,
              field: 'metadata.namespace',
            },
          ],
        },
      );
    }
  }

  create(rt: ResourceType, version: string, ns: string, body: KObj, opts: WriteOptions = {}): KObj {
    if (!isDict(body) || !isDict(body.metadata)) {
      if (!isDict(body)) throw badRequest('the body of the request was in an unknown format');
      body.metadata = {};
    }
    const obj = clone(body);
    if (rt.namespaced) {
      if (obj.metadata.namespace && obj.metadata.namespace !== ns) {
        throw badRequest(
          'the namespace of the provided object does not match the namespace sent on the request',
        );
      }
      obj.metadata.namespace = ns;
    } else delete obj.metadata.namespace;
    if (!obj.metadata.name && obj.metadata.generateName)
      obj.metadata.name = `${obj.metadata.generateName}${randomSuffix()}`;
    obj.apiVersion = apiVersionOf(rt.group, version);
    obj.kind = rt.kind;
    if (rt.crd && this.statusSubresource(rt, version)) delete obj.status;
    const name = obj.metadata.name ?? '';
    try {
      this.checkNamespace(rt, ns);
    } catch (e) {
      if (e instanceof StatusError && e.code === 403)
        throw new StatusError(403, 'Forbidden', e.message.replace('{name}', name), e.details);
      throw e;
    }
    for (const mutate of this.mutatingAdmission) mutate(rt, obj);
    admit(rt, version, obj, undefined, {
      strict: !!opts.strict,
      isCreate: true,
      allocateClusterIP: this.allocateClusterIP,
    });
    const rid = ridOf(rt.group, rt.plural);
    if (this.store.get(rid, rt.namespaced ? ns : '', name))
      throw alreadyExists(rt.plural, rt.group, name);
    const m = obj.metadata;
    m.uid = randomUUID();
    m.creationTimestamp = nowISO();
    delete m.deletionTimestamp;
    delete m.resourceVersion;
    if (this.hasGeneration(rt)) m.generation = 1;
    else delete m.generation;
    if (opts.dryRun) return obj;
    const rv = this.store.nextRv();
    m.resourceVersion = String(rv);
    this.store.put(rid, obj, rv);
    return obj;
  }

  /** Replaces an object (PUT). `body.metadata.resourceVersion` must match when given. */
  update(
    rt: ResourceType,
    version: string,
    ns: string,
    name: string,
    body: KObj,
    opts: WriteOptions = {},
    requireRv = true,
  ): KObj {
    if (!isDict(body) || !isDict(body.metadata))
      throw badRequest('the body of the request was in an unknown format');
    if (body.metadata.name && body.metadata.name !== name) {
      throw badRequest(
        `the name of the object (${body.metadata.name}) does not match the name on the URL (${name})`,
      );
    }
    const old = this.get(rt, ns, name);
    const rv = body.metadata.resourceVersion;
    if (requireRv && !rv) {
      throw invalid(rt.kind, rt.group, name, [
        {
          type: 'FieldValueInvalid',
          field: 'metadata.resourceVersion',
          message: 'Invalid value: 0x0: must be specified for an update',
        },
      ]);
    }
    if (rv && rv !== old.metadata.resourceVersion) throw conflict(rt.plural, rt.group, name);
    let obj = opts.owned ? body : clone(body);
    obj.apiVersion = apiVersionOf(rt.group, version);
    obj.kind = rt.kind;
    const status = this.statusSubresource(rt, version);
    if (opts.subresource === 'status') {
      obj = { ...old, metadata: { ...old.metadata }, status: obj.status };
    } else if (status) {
      if (old.status === undefined) delete obj.status;
      else obj.status = clone(old.status);
    }
    const m = obj.metadata;
    m.name = name;
    m.namespace = old.metadata.namespace;
    if (!m.namespace) delete m.namespace;
    m.uid = old.metadata.uid;
    m.creationTimestamp = old.metadata.creationTimestamp;
    if (old.metadata.deletionTimestamp) m.deletionTimestamp = old.metadata.deletionTimestamp;
    else delete m.deletionTimestamp;
    if (old.metadata.generateName && !m.generateName) m.generateName = old.metadata.generateName;
    if (opts.subresource !== 'status') {
      admit(rt, version, obj, asVersion(old, rt, version), {
        strict: !!opts.strict,
        isCreate: false,
        allocateClusterIP: this.allocateClusterIP,
      });
      if (rt.kind === 'Service') this.keepImmutableServiceFields(obj, old);
      if (
        rt.kind === 'Namespace' ||
        rt.kind === 'Pod' ||
        rt.kind === 'Node' ||
        rt.kind === 'Service'
      ) {
        if (old.status !== undefined) obj.status = clone(old.status);
      }
    }
    if (this.hasGeneration(rt)) {
      m.generation = (old.metadata.generation ?? 1) + (rest(obj) !== rest(old) ? 1 : 0);
    }
    if (opts.dryRun) return obj;
    if (
      JSON.stringify({ ...obj, metadata: { ...m, resourceVersion: undefined } }) ===
      JSON.stringify({
        ...old,
        apiVersion: obj.apiVersion,
        metadata: { ...old.metadata, resourceVersion: undefined },
      })
    ) {
      return old;
    }
    if (m.deletionTimestamp && (m.finalizers ?? []).length === 0) {
      this.removeNow(rt, obj);
      return obj;
    }
    const next = this.store.nextRv();
    m.resourceVersion = String(next);
    this.store.put(ridOf(rt.group, rt.plural), obj, next);
    return obj;
  }

  private keepImmutableServiceFields(obj: KObj, old: KObj): void {
    const spec = { ...(obj.spec ?? {}) };
    const oldSpec = old.spec ?? {};
    spec.clusterIP = oldSpec.clusterIP;
    spec.clusterIPs = oldSpec.clusterIPs;
    obj.spec = spec;
  }

  patch(
    rt: ResourceType,
    version: string,
    ns: string,
    name: string,
    type: PatchType,
    patchBody: unknown,
    opts: WriteOptions = {},
  ): KObj {
    const old = asVersion(this.get(rt, ns, name), rt, version);
    if (type === 'strategic' && rt.crd) {
      throw new StatusError(
        415,
        'UnsupportedMediaType',
        `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml`,
      );
    }
    let next: unknown;
    if (type === 'json') next = applyJsonPatch(old, patchBody);
    else if (type === 'merge') next = applyMergePatch(old, patchBody);
    else next = applyStrategicMergePatch(old, patchBody);
    if (!isDict(next) || !isDict(next.metadata))
      throw badRequest('the patched object is not an object');
    const obj = next as KObj;
    if (!obj.metadata.resourceVersion) obj.metadata.resourceVersion = old.metadata.resourceVersion;
    return this.update(rt, version, ns, name, obj, opts, false);
  }

  /** Deletes (or marks for deletion when finalizers remain). Returns the object as last seen. */
  delete(
    rt: ResourceType,
    ns: string,
    name: string,
    opts: {
      dryRun?: boolean;
      propagationPolicy?: string;
      preconditions?: { uid?: string; resourceVersion?: string };
    } = {},
  ): KObj {
    const old = this.get(rt, ns, name);
    if (rt.kind === 'Namespace' && ['default', 'kube-system', 'kube-public'].includes(name)) {
      throw new StatusError(
        403,
        'Forbidden',
        `namespaces "${name}" is forbidden: this namespace may not be deleted`,
        { name, kind: 'namespaces' },
      );
    }
    const pre = opts.preconditions ?? {};
    if (pre.uid && pre.uid !== old.metadata.uid) {
      throw new StatusError(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${rt.plural} "${name}": Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${old.metadata.uid}`,
      );
    }
    if (pre.resourceVersion && pre.resourceVersion !== old.metadata.resourceVersion)
      throw conflict(rt.plural, rt.group, name);
    if (opts.dryRun) return old;
    if (opts.propagationPolicy === 'Orphan') this.orphanDependents(old);
    const finalizers = old.metadata.finalizers ?? [];
    const isNs = rt.kind === 'Namespace';
    if (finalizers.length > 0 || isNs) {
      if (old.metadata.deletionTimestamp) return old;
      const obj = clone(old);
      obj.metadata.deletionTimestamp = nowISO();
      obj.metadata.deletionGracePeriodSeconds = 0;
      if (isNs) obj.status = { ...(obj.status ?? {}), phase: 'Terminating' };
      const rv = this.store.nextRv();
      obj.metadata.resourceVersion = String(rv);
      this.store.put(ridOf(rt.group, rt.plural), obj, rv);
      return obj;
    }
    return this.removeNow(rt, old);
  }

  /** Removes an object from the store at once (the end of a deletion). */
  removeNow(rt: ResourceType, obj: KObj): KObj {
    const rv = this.store.nextRv();
    const last = { ...obj, metadata: { ...obj.metadata, resourceVersion: String(rv) } };
    this.store.remove(
      ridOf(rt.group, rt.plural),
      obj.metadata.namespace ?? '',
      obj.metadata.name as string,
      last,
      rv,
    );
    return last;
  }

  private orphanDependents(owner: KObj): void {
    const uid = owner.metadata.uid;
    for (const rid of this.store.rids()) {
      const rt = this.registry.byRid(rid);
      if (!rt) continue;
      for (const e of this.store.list(rid)) {
        const refs = e.obj.metadata.ownerReferences;
        if (!refs?.some((r) => r.uid === uid)) continue;
        const obj = clone(e.obj);
        obj.metadata.ownerReferences = refs.filter((r) => r.uid !== uid);
        if (obj.metadata.ownerReferences.length === 0) delete obj.metadata.ownerReferences;
        const rv = this.store.nextRv();
        obj.metadata.resourceVersion = String(rv);
        this.store.put(rid, obj, rv);
      }
    }
  }

  /* ---- helpers for the simulated controllers (no authorization, no conflicts) ---- */

  /** Applies `mutate` to a copy of the current object and writes it if it changed (status when asked). */
  mutate(
    rt: ResourceType,
    ns: string,
    name: string,
    mutate: (o: KObj) => void,
    subresource?: 'status',
  ): KObj | undefined {
    const cur = this.find(rt, ns, name);
    if (!cur) return undefined;
    const copy = clone(cur);
    mutate(copy);
    if (JSON.stringify(copy) === JSON.stringify(cur)) return cur;
    const version = (cur.apiVersion ?? '').split('/').pop() ?? rt.versions[0].name;
    return this.update(rt, version, ns, name, copy, { subresource, owned: true }, false);
  }
}
