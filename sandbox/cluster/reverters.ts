/**
 * Reverting controllers (a test hook): each keeps one label of one object at a value, as an
 * operator or a GitOps agent that owns that label does. When anyone else changes the label, the
 * reverter writes it back (after `delayMs`), as a new version of the object, so watchers see the
 * change and then the revert.
 */
import { StatusError } from './api/errors';
import type { Api } from './api/core';
import { ridOf, type ResourceType } from './api/registry';
import type { KObj } from './api/types';

export interface ReverterSpec {
  group: string;
  resource: string;
  namespace: string;
  name: string;
  label: string;
  /** The value it keeps; null keeps the label absent. */
  value: string | null;
  delayMs: number;
}

export interface ReverterState extends ReverterSpec {
  id: number;
  reverted: number;
}

const labelOf = (o: KObj | undefined, key: string): string | null =>
  (o?.metadata.labels as Record<string, string> | undefined)?.[key] ?? null;

export class Reverters {
  private items = new Map<number, { state: ReverterState; stop: () => void }>();
  private next = 1;

  constructor(private readonly api: Api) {}

  add(body: Record<string, unknown>): ReverterState {
    const str = (k: string, dflt?: string): string => {
      const v = body[k] ?? dflt;
      if (typeof v !== 'string' || (v === '' && dflt === undefined))
        throw new StatusError(400, 'BadRequest', `a reverter needs "${k}"`);
      return v;
    };
    const spec: ReverterSpec = {
      group: str('group', ''),
      resource: str('resource'),
      namespace: str('namespace', ''),
      name: str('name'),
      label: str('label'),
      value: body.value === null ? null : str('value'),
      delayMs: typeof body.delayMs === 'number' ? body.delayMs : 0,
    };
    const rt = this.api.registry.byRid(ridOf(spec.group, spec.resource));
    if (!rt) throw new StatusError(404, 'NotFound', `resource ${spec.resource} is not served`);
    const state: ReverterState = { ...spec, id: this.next, reverted: 0 };
    this.next += 1;
    const rid = ridOf(spec.group, spec.resource);
    const unsubscribe = this.api.store.subscribe((e) => {
      if (e.rid !== rid || e.type === 'DELETED') return;
      const o = e.object;
      if (o.metadata.name !== spec.name || (o.metadata.namespace ?? '') !== spec.namespace) return;
      if (labelOf(o, spec.label) === spec.value) return;
      setTimeout(() => this.revert(rt, state), spec.delayMs);
    });
    this.items.set(state.id, { state, stop: unsubscribe });
    return state;
  }

  private revert(rt: ResourceType, state: ReverterState): void {
    if (!this.items.has(state.id)) return;
    const cur = this.api.find(rt, state.namespace, state.name);
    if (!cur || labelOf(cur, state.label) === state.value) return;
    this.api.mutate(rt, state.namespace, state.name, (o) => {
      const labels = (o.metadata.labels ??= {}) as Record<string, string>;
      if (state.value === null) delete labels[state.label];
      else labels[state.label] = state.value;
    });
    state.reverted += 1;
  }

  list(): ReverterState[] {
    return [...this.items.values()].map((i) => i.state);
  }

  clear(): void {
    this.items.forEach((i) => i.stop());
    this.items.clear();
  }
}
