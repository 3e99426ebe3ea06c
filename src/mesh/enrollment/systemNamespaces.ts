// The console's "Show default projects" rule (openshift/console, the namespace bar's
// isSystemNamespace): names starting with kube-, openshift- or kubernetes-, and `default` and
// `openshift`, are hidden until the user asks for them. On top of it, the namespaces the mesh
// runs in, and kube-system, which istio-cni never enrolls.

const PLATFORM_PREFIXES = ['kube-', 'openshift-', 'kubernetes-'];
const PLATFORM_NAMES = ['openshift'];

/** The namespaces the install uses when no CR names another one. */
export const DEFAULT_MESH_NAMESPACES = ['istio-system', 'istio-cni', 'ztunnel'];

/** Why a namespace may not be added to the mesh. */
export type EnrollGuard = 'kube-system' | 'mesh' | 'platform';

export type SystemNamespace = {
  /** Hidden until "Show system namespaces" is on. */
  hidden: boolean;
  /** Set when the namespace must never be enrolled. */
  guard?: EnrollGuard;
};

const USER_NAMESPACE: SystemNamespace = { hidden: false };

/**
 * Whether `name` is a system namespace. `meshNamespaces` are the namespaces of the Istio,
 * IstioCNI and ZTunnel CRs (with the defaults when none names one).
 */
export const systemNamespace = (name: string, meshNamespaces: Set<string>): SystemNamespace => {
  if (name === 'kube-system') return { hidden: true, guard: 'kube-system' };
  if (meshNamespaces.has(name)) return { hidden: true, guard: 'mesh' };
  if (PLATFORM_NAMES.includes(name) || PLATFORM_PREFIXES.some((p) => name.startsWith(p))) {
    return { hidden: true, guard: 'platform' };
  }
  // the console hides `default` with the default projects, but applications may run there
  if (name === 'default') return { hidden: true };
  return USER_NAMESPACE;
};

/** The mesh's own namespaces: each CR's `spec.namespace`, plus the install's defaults. */
export const meshNamespaces = (
  crs: { spec?: { namespace?: string } }[],
  defaults: string[] = DEFAULT_MESH_NAMESPACES,
): Set<string> => {
  const out = new Set(defaults);
  for (const cr of crs) if (cr.spec?.namespace) out.add(cr.spec.namespace);
  return out;
};

/** Splits a bulk selection: the namespaces that may be enrolled, and the others with why. */
export const partitionGuarded = <T>(
  items: T[],
  nameOf: (item: T) => string,
  mesh: Set<string>,
): { allowed: T[]; skipped: { name: string; guard: EnrollGuard }[] } => {
  const allowed: T[] = [];
  const skipped: { name: string; guard: EnrollGuard }[] = [];
  for (const item of items) {
    const name = nameOf(item);
    const guard = systemNamespace(name, mesh).guard;
    if (guard) skipped.push({ name, guard });
    else allowed.push(item);
  }
  return { allowed, skipped };
};
