// The "restricted" Pod Security Standard (Kubernetes 1.32) and what OpenShift's restricted-v2 SCC
// adds: no fixed UID, GID or fsGroup (the namespace's range is assigned), and this chart's own
// rule that the root filesystem is read-only.
type SecurityContext = {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  runAsGroup?: number;
  fsGroup?: number;
  privileged?: boolean;
  allowPrivilegeEscalation?: boolean;
  readOnlyRootFilesystem?: boolean;
  capabilities?: { add?: string[]; drop?: string[] };
  seccompProfile?: { type?: string };
  seLinuxOptions?: { type?: string };
};
type Container = {
  name: string;
  securityContext?: SecurityContext;
  ports?: Array<{ hostPort?: number }>;
};
export type PodSpec = {
  securityContext?: SecurityContext;
  hostNetwork?: boolean;
  hostPID?: boolean;
  hostIPC?: boolean;
  containers: Container[];
  initContainers?: Container[];
  volumes?: Array<Record<string, unknown> & { name: string }>;
};

const VOLUME_TYPES = [
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
];

export const restrictedViolations = (pod: PodSpec): string[] => {
  const out: string[] = [];
  const psc = pod.securityContext ?? {};
  if (pod.hostNetwork || pod.hostPID || pod.hostIPC) out.push('host namespaces');
  (pod.volumes ?? []).forEach((v) => {
    const types = Object.keys(v).filter((k) => k !== 'name');
    if (!types.every((t) => VOLUME_TYPES.includes(t)))
      out.push(`volume ${v.name}: type ${types.join()}`);
  });
  if (psc.runAsUser !== undefined || psc.runAsGroup !== undefined || psc.fsGroup !== undefined) {
    out.push('pod: fixed runAsUser/runAsGroup/fsGroup (restricted-v2 assigns them)');
  }
  const podSeccomp = psc.seccompProfile?.type;
  [...pod.containers, ...(pod.initContainers ?? [])].forEach((c) => {
    const sc = c.securityContext ?? {};
    const where = `container ${c.name}`;
    if (sc.privileged) out.push(`${where}: privileged`);
    if (sc.allowPrivilegeEscalation !== false)
      out.push(`${where}: allowPrivilegeEscalation is not false`);
    if (!(sc.runAsNonRoot ?? psc.runAsNonRoot)) out.push(`${where}: runAsNonRoot is not true`);
    if (sc.runAsUser === 0 || sc.runAsUser !== undefined) out.push(`${where}: fixed runAsUser`);
    if (!(sc.capabilities?.drop ?? []).includes('ALL'))
      out.push(`${where}: capabilities not dropped`);
    const added = (sc.capabilities?.add ?? []).filter((a) => a !== 'NET_BIND_SERVICE');
    if (added.length) out.push(`${where}: adds capabilities ${added.join()}`);
    const seccomp = sc.seccompProfile?.type ?? podSeccomp;
    if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
      out.push(`${where}: seccompProfile`);
    if (sc.readOnlyRootFilesystem !== true) out.push(`${where}: root filesystem is writable`);
    if ((c.ports ?? []).some((p) => p.hostPort)) out.push(`${where}: hostPort`);
  });
  return out;
};
