import type { GatewayClassKind, GatewayKind } from '../../k8s/gateway/types';
import type { NamespaceKind } from '../../k8s/namespace/types';
import type { PodKind } from '../../k8s/pod/types';
import type { MeshFacts } from './preflight';
import { buildNamespaceRow, type NamespaceRow, type RowContext, rowContext } from './rows';

/** The inputs every row depends on; when one of them changes, every cached row is dropped. */
type Shared = {
  gateways: GatewayKind[];
  gatewayClasses: GatewayClassKind[];
  discoverySelectors: MeshFacts['discoverySelectors'];
  cniRules: MeshFacts['cniRules'];
};

type Cached = { pods: PodKind[]; row: NamespaceRow };
const NO_CLASSES: GatewayClassKind[] = [];

/**
 * The Namespaces page's rows, reused between builds by identity: a namespace object that did not
 * change (the watch hands back the same object) with the same array of pods (`NamespacePodIndex`
 * keeps it until one of its pods changes) keeps its row, so an update costs a lookup per
 * namespace and a roll-up per namespace that changed, not a pass over every pod.
 */
export class NamespaceRowCache {
  private shared?: Shared;
  private ctx?: RowContext;
  private rows = new WeakMap<NamespaceKind, Cached>();

  build(
    namespaces: NamespaceKind[],
    podsOf: (ns: string) => PodKind[],
    gateways: GatewayKind[],
    facts: MeshFacts,
    gatewayClasses: GatewayClassKind[] = NO_CLASSES,
  ): NamespaceRow[] {
    const s = this.shared;
    if (
      !this.ctx ||
      !s ||
      s.gateways !== gateways ||
      s.gatewayClasses !== gatewayClasses ||
      s.discoverySelectors !== facts.discoverySelectors ||
      s.cniRules !== facts.cniRules
    ) {
      this.shared = {
        gateways,
        gatewayClasses,
        discoverySelectors: facts.discoverySelectors,
        cniRules: facts.cniRules,
      };
      this.ctx = rowContext(gateways, facts, gatewayClasses);
      this.rows = new WeakMap();
    }
    const ctx = this.ctx;
    return namespaces.map((ns) => {
      const pods = podsOf(ns.metadata?.name ?? '');
      const hit = this.rows.get(ns);
      if (hit && hit.pods === pods) return hit.row;
      const row = buildNamespaceRow(ns, pods, ctx);
      this.rows.set(ns, { pods, row });
      return row;
    });
  }
}
