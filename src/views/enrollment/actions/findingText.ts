import type { Finding, FindingId } from '../../../mesh/enrollment/preflight';
import type { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

type T = ReturnType<typeof useAmbientTranslation>['t'];

const list = (items: string[], max = 5): string =>
  items.length > max
    ? `${items.slice(0, max).join(', ')}, +${items.length - max}`
    : items.join(', ');

/** The title of a finding, also used as the heading of a bulk summary line. */
export const findingTitle = (t: T, id: FindingId): string => {
  switch (id) {
    case 'not-installed':
      return t('Ambient mode is not installed');
    case 'not-discovered':
      return t('Not seen by the mesh');
    case 'sidecar-injection':
      return t('Sidecar injection is on');
    case 'host-network':
      return t('Pods on the host network');
    case 'no-ztunnel':
      return t('Nodes without a ready ztunnel');
    case 'stuck':
      return t('Pods stuck in ContainerCreating');
    default:
      return t('Some checks could not be run');
  }
};

/** What a finding means for the user, in a sentence or two. */
export const findingBody = (t: T, f: Finding): string => {
  switch (f.id) {
    case 'not-installed':
      return t(
        'No Istio and ZTunnel resources were found: nothing will capture the pods until ambient mode is installed.',
      );
    case 'not-discovered':
      return t(
        "The namespace does not match the Istio resource's discovery selectors, so istiod ignores it and the label alone does nothing useful. Adding {{label}} makes it seen.",
        { label: `${f.label.key}=${f.label.value}` },
      );
    case 'sidecar-injection':
      return [
        f.labels.length > 0
          ? t(
              'Injection labels: {{labels}}. Sidecars win over ambient: new pods still get sidecars.',
              {
                labels: f.labels.join(', '),
              },
            )
          : '',
        f.sidecarPods > 0
          ? t('{{count}} pod runs with a sidecar.', {
              count: f.sidecarPods,
              defaultValue_other: '{{count}} pods run with a sidecar.',
            })
          : '',
        t(
          'Migrating removes the injection label and enrolls the namespace; pods need a restart to drop their sidecars.',
        ),
      ]
        .filter(Boolean)
        .join(' ');
    case 'host-network':
      return t('Pods that use hostNetwork are never captured: {{pods}}.', { pods: list(f.pods) });
    case 'no-ztunnel':
      return t(
        '{{n}} pods run on nodes without a ready ztunnel ({{nodes}}); they will not be captured.',
        {
          n: f.pods,
          nodes: list(f.nodes),
        },
      );
    case 'stuck':
      return t(
        'Enrolled pods wait for ztunnel on their node ({{nodes}}): the CNI plugin marked them pending and cannot start them until ztunnel is ready there: {{pods}}.',
        { nodes: list(f.nodes), pods: list(f.pods) },
      );
    default:
      return t('You may not read {{facts}}; these checks were skipped.', {
        facts: f.facts
          .map((fact) =>
            fact === 'installed'
              ? t('the Istio and ZTunnel resources')
              : fact === 'discovery'
                ? t('the discovery selectors')
                : t('the ztunnel pods'),
          )
          .join(', '),
      });
  }
};
