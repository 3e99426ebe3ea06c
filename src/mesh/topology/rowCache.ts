import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import { type GatewayIndex, indexGateways } from '../waypoints/resolve';
import type { NamespaceContext } from './rows';
import type { TopologyInput, WorkloadRow, ZtunnelState } from './types';

/** A pod's row (null: ztunnel does not list it) and what it was derived from besides the pod. */
type CachedRow = { row: WorkloadRow | null; ctx: NamespaceContext; ztunnel: ZtunnelState };

/** The inputs every row depends on; when one of them changes, every cached row is dropped. */
type Shared = Pick<
  TopologyInput,
  'gateways' | 'gatewayClasses' | 'discoverySelectors' | 'ztunnelNamespace' | 'cniRules'
>;

/**
 * What one build of the topology can reuse from the previous ones, keyed by object identity: the
 * console's watch hands back the same object for a resource until it changes (a new
 * resourceVersion is a new object), so a pod that did not change keeps its row, and a namespace
 * that did not change keeps its context. A live list of 20,000 pods with a few changes is then
 * rebuilt from lookups, not re-derived pod by pod. Entries go with their objects (WeakMap).
 */
export class TopologyCache {
  private shared?: Shared;
  private gatewayIndex: GatewayIndex = new Map();
  private rows = new WeakMap<PodKind, CachedRow>();
  private contexts = new WeakMap<NamespaceKind, NamespaceContext>();
  /** Contexts of namespaces the user cannot read (no object), by name. */
  private unread = new Map<string, NamespaceContext>();

  /**
   * Whether rows derived for `input` would be kept: nothing is kept yet, or what is kept was
   * derived from the same inputs every row depends on.
   */
  accepts(input: TopologyInput): boolean {
    return !this.shared || this.holds(input);
  }

  private holds(input: TopologyInput): boolean {
    const s = this.shared;
    return (
      !!s &&
      s.gateways === input.gateways &&
      s.gatewayClasses === input.gatewayClasses &&
      s.discoverySelectors === input.discoverySelectors &&
      s.ztunnelNamespace === input.ztunnelNamespace &&
      s.cniRules === input.cniRules
    );
  }

  /** Starts a build: drops everything when an input shared by every row changed. */
  begin(input: TopologyInput): GatewayIndex {
    if (!this.holds(input)) {
      this.shared = {
        gateways: input.gateways,
        gatewayClasses: input.gatewayClasses,
        discoverySelectors: input.discoverySelectors,
        ztunnelNamespace: input.ztunnelNamespace,
        cniRules: input.cniRules,
      };
      this.gatewayIndex = indexGateways(input.gateways, input.gatewayClasses);
      this.rows = new WeakMap();
      this.contexts = new WeakMap();
      this.unread = new Map();
    }
    return this.gatewayIndex;
  }

  context(
    name: string,
    ns: NamespaceKind | undefined,
    make: () => NamespaceContext,
  ): NamespaceContext {
    let ctx = ns ? this.contexts.get(ns) : this.unread.get(name);
    if (!ctx) {
      ctx = make();
      if (ns) this.contexts.set(ns, ctx);
      else this.unread.set(name, ctx);
    }
    return ctx;
  }

  /** Whether a row of `pod` is kept (derived for some namespace context and ztunnel state). */
  has(pod: PodKind): boolean {
    return this.rows.has(pod);
  }

  row(
    pod: PodKind,
    ctx: NamespaceContext,
    ztunnel: ZtunnelState,
    make: () => WorkloadRow | null,
  ): WorkloadRow | null {
    const hit = this.rows.get(pod);
    if (hit && hit.ctx === ctx && hit.ztunnel === ztunnel) return hit.row;
    const row = make();
    this.rows.set(pod, { row, ctx, ztunnel });
    return row;
  }
}
