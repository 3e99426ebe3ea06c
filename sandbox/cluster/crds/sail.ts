/**
 * The Sail operator's Istio, IstioCNI and ZTunnel CRDs, as this project declares them: the fields the
 * plugin uses with the real types, enums, defaults, required lists, CEL rules and printer columns of
 * the upstream CRDs (release-1.26 for Service Mesh 3.1, release-1.27 for 3.2). Sub-trees of `values`
 * that are not spelled out keep unknown fields instead of pruning them.
 */
import type { Schema } from '../api/schema';
import type { KObj } from '../api/types';

/** 3.1 (release-1.26), 3.2 (release-1.27) and the operator's main branch (`sail-next`). */
export type SailLine = '1.26' | '1.27' | 'main';

type LineVersions = {
  /** The description's "Must be one of" list. */
  supported: string[];
  /** Accepted by Istio and IstioCNI after the supported ones (end of life, older lines). */
  eol: string[];
  /** Accepted by ZTunnel after the supported ones. */
  ztunnelExtra: string[];
  /** Accepted by all kinds at the end of the enum (main's development builds). */
  tail: string[];
  default: string;
};

const MAIN_CURRENT = [
  'v1.31-latest',
  'v1.31.0-beta.1',
  'v1.30-latest',
  'v1.30.3',
  'v1.30.2',
  'v1.30.1',
  'v1.30.0',
  'v1.29-latest',
  'v1.29.6',
  'v1.29.5',
  'v1.29.4',
  'v1.29.3',
  'v1.29.2',
  'v1.29.1',
  'v1.29.0',
];
const patches = (minor: string, latest: number, from = 0, skip: number[] = []): string[] => [
  `v${minor}-latest`,
  ...Array.from({ length: latest - from + 1 }, (_, i) => latest - i)
    .filter((p) => !skip.includes(p))
    .map((p) => `v${minor}.${p}`),
];
const MAIN_OLDER = [
  ...patches('1.28', 10),
  ...patches('1.27', 9),
  ...patches('1.26', 8),
  ...patches('1.25', 5, 1),
  ...patches('1.24', 6),
];
const MAIN_EOL = [...patches('1.23', 6, 2), ...patches('1.22', 8, 5), 'v1.21.6'];
const MAIN_TAIL = ['master', 'v1.32.0-alpha.527f8d6c'];

const VERSIONS: Record<SailLine, LineVersions> = {
  '1.26': {
    supported: [
      'v1.26-latest',
      'v1.26.8',
      'v1.26.7',
      'v1.26.6',
      'v1.26.5',
      'v1.26.4',
      'v1.26.3',
      'v1.26.2',
      'v1.26.1',
      'v1.26.0',
      'v1.25-latest',
      'v1.25.5',
      'v1.25.3',
      'v1.25.2',
      'v1.25.1',
      'v1.24-latest',
      'v1.24.6',
      'v1.24.5',
      'v1.24.4',
      'v1.24.3',
      'v1.24.2',
      'v1.24.1',
      'v1.24.0',
    ],
    eol: [
      'v1.23-latest',
      'v1.23.6',
      'v1.23.5',
      'v1.23.4',
      'v1.23.3',
      'v1.23.2',
      'v1.22-latest',
      'v1.22.8',
      'v1.22.7',
      'v1.22.6',
      'v1.22.5',
      'v1.21.6',
    ],
    ztunnelExtra: [],
    tail: [],
    default: 'v1.26.8',
  },
  '1.27': {
    supported: [
      'v1.27-latest',
      'v1.27.9',
      'v1.27.8',
      'v1.27.7',
      'v1.27.6',
      'v1.27.5',
      'v1.27.4',
      'v1.27.3',
      'v1.27.2',
      'v1.27.1',
      'v1.27.0',
      'v1.26-latest',
      'v1.26.8',
      'v1.26.7',
      'v1.26.6',
      'v1.26.5',
      'v1.26.4',
      'v1.26.3',
      'v1.26.2',
      'v1.26.1',
      'v1.26.0',
      'v1.25-latest',
      'v1.25.5',
      'v1.25.4',
      'v1.25.3',
      'v1.25.2',
      'v1.25.1',
      'v1.24-latest',
      'v1.24.6',
      'v1.24.5',
      'v1.24.4',
      'v1.24.3',
      'v1.24.2',
      'v1.24.1',
      'v1.24.0',
    ],
    eol: [
      'v1.23-latest',
      'v1.23.6',
      'v1.23.5',
      'v1.23.4',
      'v1.23.3',
      'v1.23.2',
      'v1.22-latest',
      'v1.22.8',
      'v1.22.7',
      'v1.22.6',
      'v1.22.5',
      'v1.21.6',
    ],
    ztunnelExtra: [],
    tail: [],
    default: 'v1.27.9',
  },
  main: {
    supported: [...MAIN_CURRENT, ...MAIN_TAIL],
    eol: [...MAIN_OLDER, ...MAIN_EOL],
    ztunnelExtra: MAIN_OLDER,
    tail: MAIN_TAIL,
    default: 'v1.31.0-beta.1',
  },
};

const PROFILES = [
  'ambient',
  'default',
  'demo',
  'empty',
  'external',
  'openshift',
  'openshift-ambient',
  'preview',
  'remote',
  'stable',
];
const ZTUNNEL_PROFILES = [
  'ambient',
  'default',
  'demo',
  'empty',
  'external',
  'openshift-ambient',
  'openshift',
  'preview',
  'remote',
  'stable',
];

const str: Schema = { type: 'string' };
const bool: Schema = { type: 'boolean' };
const open = (properties: Record<string, Schema> = {}): Schema => ({
  type: 'object',
  properties,
  'x-kubernetes-preserve-unknown-fields': true,
});

const versionField = (line: SailLine, withEol: boolean): Schema => {
  const v = VERSIONS[line];
  return {
    type: 'string',
    default: v.default,
    description: `Defines the version of Istio to install.\nMust be one of: ${v.supported.join(', ')}.`,
    enum: [
      ...v.supported.filter((x) => !v.tail.includes(x)),
      ...(withEol ? v.eol : v.ztunnelExtra),
      ...v.tail,
    ],
  };
};

const immutableNs = (def: string): Schema => ({
  type: 'string',
  default: def,
  'x-kubernetes-validations': [{ message: 'Value is immutable', rule: 'self == oldSelf' }],
});

const labelSelectorList: Schema = {
  type: 'array',
  items: {
    type: 'object',
    properties: {
      matchExpressions: {
        type: 'array',
        items: {
          type: 'object',
          required: ['key', 'operator'],
          properties: { key: str, operator: str, values: { type: 'array', items: str } },
        },
      },
      matchLabels: { type: 'object', additionalProperties: str },
    },
  },
};

const condition: Schema = {
  type: 'object',
  properties: {
    lastTransitionTime: { type: 'string', format: 'date-time' },
    message: str,
    reason: str,
    status: str,
    type: str,
  },
};

const statusSchema = (extra: Record<string, Schema> = {}): Schema => ({
  type: 'object',
  properties: {
    conditions: { type: 'array', items: condition },
    observedGeneration: { type: 'integer', format: 'int64' },
    state: str,
    ...extra,
  },
});

const root = (spec: Schema, status: Schema, nameRule: boolean): Schema => {
  const s: Schema = {
    type: 'object',
    properties: { apiVersion: str, kind: str, metadata: { type: 'object' }, spec, status },
  };
  if (nameRule)
    s['x-kubernetes-validations'] = [
      { message: "metadata.name must be 'default'", rule: "self.metadata.name == 'default'" },
    ];
  return s;
};

const col = (name: string, jsonPath: string, description: string, type = 'string') => ({
  name,
  jsonPath,
  description,
  type,
});
const AGE = col('Age', '.metadata.creationTimestamp', 'The age of the object', 'date');
const READY = col(
  'Ready',
  '.status.conditions[?(@.type=="Ready")].status',
  'Whether the resource is ready.',
);

const crd = (plural: string, kind: string, versions: Record<string, unknown>[]): KObj => ({
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: {
    name: `${plural}.sailoperator.io`,
    annotations: { 'controller-gen.kubebuilder.io/version': 'v0.19.0' },
    labels: { 'operators.coreos.com/servicemeshoperator3.openshift-operators': '' },
  },
  spec: {
    group: 'sailoperator.io',
    names: {
      categories: ['istio-io'],
      kind,
      listKind: `${kind}List`,
      plural,
      singular: kind.toLowerCase(),
    },
    scope: 'Cluster',
    versions,
  },
});

const istio = (line: SailLine): KObj => {
  const spec: Schema = {
    type: 'object',
    default: {
      namespace: 'istio-system',
      updateStrategy: { type: 'InPlace' },
      version: VERSIONS[line].default,
    },
    required: ['namespace', 'version'],
    'x-kubernetes-validations': [
      {
        message: 'spec.values.global.istioNamespace must match spec.namespace',
        rule: '!has(self.values) || !has(self.values.global) || !has(self.values.global.istioNamespace) || self.values.global.istioNamespace == self.__namespace__',
      },
    ],
    properties: {
      namespace: immutableNs('istio-system'),
      profile: {
        type: 'string',
        enum: PROFILES,
        description:
          'The built-in installation configuration profile to use.\nMust be one of: ambient, default, demo, empty, openshift, openshift-ambient, preview, remote, stable.',
      },
      updateStrategy: {
        type: 'object',
        default: { type: 'InPlace' },
        properties: {
          inactiveRevisionDeletionGracePeriodSeconds: {
            type: 'integer',
            format: 'int64',
            minimum: 0,
          },
          type: { type: 'string', default: 'InPlace', enum: ['InPlace', 'RevisionBased'] },
          updateWorkloads: bool,
        },
      },
      values: {
        type: 'object',
        properties: {
          global: open({ istioNamespace: str, platform: str, meshID: str, network: str }),
          pilot: open({
            trustedZtunnelNamespace: str,
            enabled: bool,
            env: { type: 'object', additionalProperties: str },
          }),
          meshConfig: open({ discoverySelectors: labelSelectorList, trustDomain: str }),
          profile: str,
          revision: str,
          defaultRevision: str,
          compatibilityVersion: str,
          base: open(),
          experimental: { 'x-kubernetes-preserve-unknown-fields': true },
          gatewayClasses:
            line === '1.26'
              ? { type: 'string', format: 'byte' }
              : { 'x-kubernetes-preserve-unknown-fields': true },
          istiodRemote: open(),
          sidecarInjectorWebhook: open(),
          telemetry: open(),
        },
      },
      version: versionField(line, true),
    },
  };
  const status = statusSchema({
    activeRevisionName: str,
    revisions: {
      type: 'object',
      required: ['inUse', 'ready', 'total'],
      properties: {
        inUse: { type: 'integer', format: 'int32' },
        ready: { type: 'integer', format: 'int32' },
        total: { type: 'integer', format: 'int32' },
      },
    },
  });
  return crd('istios', 'Istio', [
    {
      name: 'v1',
      served: true,
      storage: true,
      subresources: { status: {} },
      schema: { openAPIV3Schema: root(spec, status, false) },
      additionalPrinterColumns: [
        col('Namespace', '.spec.namespace', 'The namespace for the control plane components.'),
        col('Profile', '.spec.profile', 'The selected profile (collection of value presets).'),
        col(
          'Revisions',
          '.status.revisions.total',
          'Total number of IstioRevision objects currently associated with this object.',
        ),
        col('Ready', '.status.revisions.ready', 'Number of revisions that are ready.'),
        col(
          'In use',
          '.status.revisions.inUse',
          'Number of revisions that are currently being used by workloads.',
        ),
        col(
          'Active Revision',
          '.status.activeRevisionName',
          'The name of the currently active revision.',
        ),
        col('Status', '.status.state', 'The current state of the active revision.'),
        col('Version', '.spec.version', 'The version of the control plane installation.'),
        AGE,
      ],
    },
  ]);
};

const istioCni = (line: SailLine): KObj => {
  const spec: Schema = {
    type: 'object',
    default: { namespace: 'istio-cni', version: VERSIONS[line].default },
    required: ['namespace', 'version'],
    properties: {
      namespace: immutableNs('istio-cni'),
      profile: {
        type: 'string',
        enum: PROFILES,
        description:
          'The built-in installation configuration profile to use.\nMust be one of: ambient, default, demo, empty, openshift, openshift-ambient, preview, remote, stable.',
      },
      values: {
        type: 'object',
        properties: {
          cni: open({
            ambient: {
              type: 'object',
              properties: {
                configDir: str,
                dnsCapture: bool,
                enabled: bool,
                ipv6: bool,
                reconcileIptablesOnStartup: bool,
              },
            },
            cniBinDir: str,
            cniConfDir: str,
            chained: bool,
            privileged: bool,
            provider: str,
          }),
          global: open({ platform: str }),
        },
      },
      version: versionField(line, true),
    },
  };
  return crd('istiocnis', 'IstioCNI', [
    {
      name: 'v1',
      served: true,
      storage: true,
      subresources: { status: {} },
      schema: { openAPIV3Schema: root(spec, statusSchema(), true) },
      additionalPrinterColumns: [
        col('Namespace', '.spec.namespace', 'The namespace of the istio-cni-node DaemonSet.'),
        col('Profile', '.spec.profile', 'The selected profile (collection of value presets).'),
        READY,
        col('Status', '.status.state', 'The current state of this object.'),
        col('Version', '.spec.version', 'The version of the Istio CNI installation.'),
        AGE,
      ],
    },
  ]);
};

/** sail-operator main api/v1 ztunnel_types.go: the Istio or IstioRevision the ZTunnel serves. */
const targetRef: Schema = {
  type: 'object',
  required: ['kind', 'name'],
  properties: {
    kind: { type: 'string', enum: ['Istio', 'IstioRevision'] },
    name: { type: 'string', maxLength: 253, minLength: 1 },
  },
};

const ztunnelSpec = (line: SailLine, withProfile: boolean): Schema => {
  const v = VERSIONS[line];
  const properties: Record<string, Schema> = {
    namespace: { type: 'string', default: 'ztunnel' },
    ...(line === 'main' && !withProfile ? { targetRef } : {}),
    values: {
      type: 'object',
      properties: {
        global: open({ platform: str }),
        ztunnel: open({
          logLevel: {
            type: 'string',
            default: 'info',
            enum: ['trace', 'debug', 'info', 'warn', 'error'],
          },
          istioNamespace: str,
          revision: str,
          resourceName: str,
          caAddress: str,
          xdsAddress: str,
        }),
      },
    },
    version: versionField(line, false),
  };
  if (withProfile) {
    properties.profile = {
      type: 'string',
      default: 'ambient',
      enum: ZTUNNEL_PROFILES,
      description:
        'The built-in installation configuration profile to use.\nMust be one of: ambient, default, demo, empty, external, preview, remote, stable.',
    };
  }
  return {
    type: 'object',
    default: withProfile
      ? { namespace: 'ztunnel', profile: 'ambient', version: v.default }
      : { namespace: 'ztunnel', version: v.default },
    required: ['namespace', 'version'],
    properties,
  };
};

const ztunnel = (line: SailLine): KObj => {
  const columns = (withProfile: boolean) => [
    col('Namespace', '.spec.namespace', 'The namespace for the ztunnel component.'),
    ...(withProfile
      ? [
          col(
            'Profile',
            '.spec.values.profile',
            'The selected profile (collection of value presets).',
          ),
        ]
      : []),
    READY,
    col('Status', '.status.state', 'The current state of this object.'),
    col('Version', '.spec.version', 'The version of the ztunnel installation.'),
    ...(line === 'main' && !withProfile
      ? [col('Revision', '.status.istioRevision', 'The referenced IstioRevision.')]
      : []),
    AGE,
  ];
  const version = (name: string, storage: boolean, withProfile: boolean, deprecated = false) => ({
    name,
    served: true,
    storage,
    ...(deprecated ? { deprecated: true } : {}),
    subresources: { status: {} },
    schema: {
      openAPIV3Schema: root(
        ztunnelSpec(line, withProfile),
        statusSchema(line === 'main' && !withProfile ? { istioRevision: str } : {}),
        true,
      ),
    },
    additionalPrinterColumns: columns(withProfile),
  });
  if (line === '1.26') return crd('ztunnels', 'ZTunnel', [version('v1alpha1', true, true)]);
  return crd('ztunnels', 'ZTunnel', [
    version('v1', true, false),
    version('v1alpha1', false, true, true),
  ]);
};

/**
 * IstioRevisionTag (sail-operator api/v1 istiorevisiontags_types.go, chart/crds; the same on
 * every line): an alias of an Istio's active revision or of an IstioRevision.
 */
const istioRevisionTag = (): KObj => {
  const ref: Schema = { type: 'string', maxLength: 253, minLength: 1 };
  const spec: Schema = {
    type: 'object',
    required: ['targetRef'],
    properties: {
      targetRef: {
        type: 'object',
        required: ['kind', 'name'],
        properties: { kind: ref, name: ref },
      },
    },
  };
  const status = statusSchema({ istioRevision: str, istiodNamespace: str });
  status.required = ['istioRevision', 'istiodNamespace'];
  const tag = crd('istiorevisiontags', 'IstioRevisionTag', [
    {
      name: 'v1',
      served: true,
      storage: true,
      subresources: { status: {} },
      schema: { openAPIV3Schema: root(spec, status, false) },
      additionalPrinterColumns: [
        col('Status', '.status.state', 'The current state of this object.'),
        col(
          'In use',
          '.status.conditions[?(@.type=="InUse")].status',
          'Whether the tag is being used by workloads.',
        ),
        col('Revision', '.status.istioRevision', 'The IstioRevision this object is referencing.'),
        AGE,
      ],
    },
  ]);
  (tag.spec as { names: Record<string, unknown> }).names.shortNames = ['istiorevtag'];
  return tag;
};

/**
 * IstioRevision (sail-operator api/v1 istiorevision_types.go, bundle/manifests): one revision of
 * an Istio, created and owned by the operator. `version` lists the concrete versions only (no
 * `-latest` aliases: the operator writes the version it resolved). `values` keeps unknown
 * fields; the CRD's CEL rules on `values.revision` and `values.global.istioNamespace` are not
 * declared (the operator writes them consistently).
 */
const istioRevision = (line: SailLine): KObj => {
  const v = VERSIONS[line];
  const concrete = v.supported.filter((x) => !x.endsWith('-latest') && !v.tail.includes(x));
  const spec: Schema = {
    type: 'object',
    required: ['namespace', 'version'],
    properties: {
      namespace: {
        type: 'string',
        'x-kubernetes-validations': [{ message: 'Value is immutable', rule: 'self == oldSelf' }],
      },
      values: open({ revision: str, profile: str, global: open({ istioNamespace: str }) }),
      version: {
        type: 'string',
        description: `Defines the version of Istio to install.\nMust be one of: ${concrete.join(', ')}.`,
      },
    },
  };
  const rev = crd('istiorevisions', 'IstioRevision', [
    {
      name: 'v1',
      served: true,
      storage: true,
      subresources: { status: {} },
      schema: { openAPIV3Schema: root(spec, statusSchema(), false) },
      additionalPrinterColumns: [
        col('Namespace', '.spec.namespace', 'The namespace for the control plane components.'),
        col(
          'Profile',
          '.spec.values.profile',
          'The selected profile (collection of value presets).',
        ),
        col(
          'Ready',
          '.status.conditions[?(@.type=="Ready")].status',
          'Whether the control plane installation is ready to handle requests.',
        ),
        col('Status', '.status.state', 'The current state of this object.'),
        col(
          'In use',
          '.status.conditions[?(@.type=="InUse")].status',
          'Whether the revision is being used by workloads.',
        ),
        col('Version', '.spec.version', 'The version of the control plane installation.'),
        AGE,
      ],
    },
  ]);
  (rev.spec as { names: Record<string, unknown> }).names.shortNames = ['istiorev'];
  return rev;
};

export const sailCrds = (line: SailLine): KObj[] => [
  istio(line),
  istioCni(line),
  ztunnel(line),
  istioRevision(line),
  istioRevisionTag(),
];
