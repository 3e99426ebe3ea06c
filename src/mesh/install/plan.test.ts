import { buildInstallPlan, discoverySelectorsOf, parseLabel, planNamespaces } from './plan';
import { CRD_LINES, loadCRD, type CrdLine } from '../../testing/crds';
import { validateSchema } from '../../testing/openapi';
import { unchecked } from '../../testing/watch';
import { supportedVersions, ztunnelServesTargetRef } from './versions';
import { installRevision, istiodAddress } from './revision';
import { DEFAULT_CHOICES, type InstallChoices, type InstallPlan, type Manifest } from './types';

const choices = (over: Partial<InstallChoices> = {}): InstallChoices => ({
  ...DEFAULT_CHOICES,
  version: 'v1.26.8',
  ...over,
});

const scoped = choices({
  scope: 'selected',
  labelNamespaces: ['bookinfo', 'istio-system'],
  updateStrategy: 'RevisionBased',
  istioName: 'mesh',
});

describe('buildInstallPlan', () => {
  it('orders namespaces, Istio, IstioCNI, ZTunnel and wires them together', () => {
    const plan = buildInstallPlan(choices(), { ztunnelVersion: 'v1' });
    expect(plan.steps.map((s) => s.id)).toEqual([
      'Namespace/istio-system',
      'Namespace/istio-cni',
      'Namespace/ztunnel',
      'Istio/default',
      'IstioCNI/default',
      'ZTunnel/default',
    ]);
    const [, , , istio, cni, zt] = plan.steps.map((s) => s.manifest);
    expect(istio.spec).toEqual({
      version: 'v1.26.8',
      namespace: 'istio-system',
      profile: 'ambient',
      updateStrategy: { type: 'InPlace' },
      values: { pilot: { trustedZtunnelNamespace: 'ztunnel' } },
    });
    expect(cni.spec?.values).toEqual({ cni: { ambient: { reconcileIptablesOnStartup: true } } });
    expect(zt.apiVersion).toBe('sailoperator.io/v1');
    expect(zt.spec).toEqual({
      version: 'v1.26.8',
      namespace: 'ztunnel',
      values: { ztunnel: { istioNamespace: 'istio-system' } },
    });
    expect(plan.steps.filter((s) => s.waitReady).map((s) => s.kind)).toEqual([
      'Istio',
      'IstioCNI',
      'ZTunnel',
    ]);
  });

  it('gives v1alpha1 ZTunnel the ambient profile', () => {
    const zt = buildInstallPlan(choices(), { ztunnelVersion: 'v1alpha1' }).steps[5].manifest;
    expect(zt.apiVersion).toBe('sailoperator.io/v1alpha1');
    expect(zt.spec?.profile).toBe('ambient');
  });

  it('follows the ZTunnel namespace in trustedZtunnelNamespace', () => {
    const plan = buildInstallPlan(choices({ ztunnelNamespace: 'zt' }), { ztunnelVersion: 'v1' });
    const istio = plan.steps.find((s) => s.kind === 'Istio')?.manifest;
    expect(istio?.spec?.values).toMatchObject({ pilot: { trustedZtunnelNamespace: 'zt' } });
    expect(plan.steps.map((s) => s.name)).toContain('zt');
  });

  it('labels system and chosen namespaces and sets discovery selectors when scoped', () => {
    const plan = buildInstallPlan(scoped, { ztunnelVersion: 'v1' });
    const ns = plan.steps.filter((s) => s.kind === 'Namespace');
    expect(ns.map((s) => s.name)).toEqual(['istio-system', 'istio-cni', 'ztunnel', 'bookinfo']);
    ns.forEach((s) => expect(s.manifest.metadata.labels).toEqual({ 'istio-discovery': 'enabled' }));
    const istio = plan.steps.find((s) => s.kind === 'Istio')?.manifest;
    expect(istio?.metadata.name).toBe('mesh');
    expect(istio?.spec?.values).toMatchObject({
      meshConfig: { discoverySelectors: [{ matchLabels: { 'istio-discovery': 'enabled' } }] },
    });
    expect(istio?.spec?.updateStrategy).toEqual({ type: 'RevisionBased' });
  });

  it('labels nothing for the whole cluster', () => {
    const plan = buildInstallPlan(choices({ labelNamespaces: ['bookinfo'] }), {
      ztunnelVersion: 'v1',
    });
    expect(plan.steps.every((s) => !s.manifest.metadata.labels)).toBe(true);
    expect(planNamespaces(choices({ labelNamespaces: ['x'] }))).not.toContain('x');
  });

  it.each([
    [{}, 'default', {}],
    [{ istioName: 'mesh' }, 'mesh', { revision: 'mesh' }],
    [
      { updateStrategy: 'RevisionBased' as const, version: 'v1.27.3' },
      'default-v1-27-3',
      { revision: 'default-v1-27-3' },
    ],
    [{ istioNamespace: 'istio-cp' }, 'default', {}],
  ])('wires ZTunnel values to the revision of %j', (over, revision, rev) => {
    const c = choices(over);
    expect(installRevision(c)).toBe(revision);
    const zt = buildInstallPlan(c, { ztunnelVersion: 'v1' }).steps.find(
      (s) => s.kind === 'ZTunnel',
    )?.manifest;
    expect(zt?.spec?.values).toEqual({
      ztunnel: { ...rev, istioNamespace: c.istioNamespace },
    });
    expect(zt?.spec?.targetRef).toBeUndefined();
  });

  it('wires ZTunnel through targetRef when the schema has it', () => {
    const c = choices({ istioName: 'mesh', updateStrategy: 'RevisionBased' });
    const zt = buildInstallPlan(c, { ztunnelVersion: 'v1', ztunnelTargetRef: true }).steps.find(
      (s) => s.kind === 'ZTunnel',
    )?.manifest;
    expect(zt?.spec).toEqual({
      version: 'v1.26.8',
      namespace: 'ztunnel',
      targetRef: { kind: 'Istio', name: 'mesh' },
    });
  });

  // sail-operator docs (IstioRevisionTag): a `default` tag for a revision other than `default`.
  it.each([
    [{}, undefined],
    [{ istioNamespace: 'istio-cp' }, undefined],
    [{ istioName: 'mesh' }, 'mesh'],
    [{ updateStrategy: 'RevisionBased' as const }, 'default'],
  ])('adds the default IstioRevisionTag right after Istio for %j', (over, target) => {
    const plan = buildInstallPlan(choices(over), { ztunnelVersion: 'v1' });
    const ids = plan.steps.filter((s) => s.kind !== 'Namespace').map((s) => s.id);
    if (!target) {
      expect(ids).toEqual([
        'Istio/' + choices(over).istioName,
        'IstioCNI/default',
        'ZTunnel/default',
      ]);
      return;
    }
    expect(ids).toEqual([
      `Istio/${target}`,
      'IstioRevisionTag/default',
      'IstioCNI/default',
      'ZTunnel/default',
    ]);
    const tag = plan.steps.find((s) => s.kind === 'IstioRevisionTag');
    expect(tag).toMatchObject({
      waitReady: true,
      manifest: {
        apiVersion: 'sailoperator.io/v1',
        kind: 'IstioRevisionTag',
        metadata: { name: 'default' },
        spec: { targetRef: { kind: 'Istio', name: target } },
      },
    });
  });

  it('names the istiod a revision serves', () => {
    expect(istiodAddress('default', 'istio-system')).toBe('istiod.istio-system.svc:15012');
    expect(istiodAddress('mesh-v1-27-3', 'cp')).toBe('istiod-mesh-v1-27-3.cp.svc:15012');
  });

  it('parses labels', () => {
    expect(parseLabel('a/b=c')).toEqual({ key: 'a/b', value: 'c' });
    expect(parseLabel('flag')).toEqual({ key: 'flag', value: '' });
  });
});

const PLURAL = { Istio: 'istios', IstioCNI: 'istiocnis', ZTunnel: 'ztunnels' } as const;

const ztunnelOf = (plan: InstallPlan): Manifest => {
  const step = plan.steps.find((s) => s.kind === 'ZTunnel');
  if (!step) throw new Error('no ZTunnel step');
  return step.manifest;
};

const schemaErrors = (line: CrdLine, m: Manifest) => {
  const crd = loadCRD(line, PLURAL[m.kind as keyof typeof PLURAL]);
  const version = m.apiVersion.split('/')[1];
  const served = crd.spec?.versions.find((v) => v.name === version && v.served);
  if (!served?.schema?.openAPIV3Schema) return [{ path: '', message: `${version} not served` }];
  const rules = served.schema.openAPIV3Schema['x-kubernetes-validations'] ?? [];
  const nameRule = rules.some((r) => r.rule.includes("self.metadata.name == 'default'"));
  const cel =
    nameRule && m.metadata.name !== 'default' ? [{ path: '.metadata.name', message: 'CEL' }] : [];
  return [...validateSchema(served.schema.openAPIV3Schema, m), ...cel];
};

describe('the plan against the real CRD schemas', () => {
  it.each(CRD_LINES)('validates on %s with the ZTunnel version it serves', (line) => {
    const crd = loadCRD(line, 'istios');
    const { defaultVersion, versions } = supportedVersions(crd);
    expect(versions).toContain(defaultVersion);
    const zt = loadCRD(line, 'ztunnels').spec?.versions ?? [];
    const ztunnelVersion = zt.some((v) => v.name === 'v1' && v.served) ? 'v1' : 'v1alpha1';
    expect(ztunnelVersion).toBe(line === 'release-1.26' ? 'v1alpha1' : 'v1');
    const ztunnelTargetRef = ztunnelServesTargetRef(loadCRD(line, 'ztunnels'), ztunnelVersion);
    expect(ztunnelTargetRef).toBe(line === 'main');
    for (const c of [
      choices({ version: defaultVersion }),
      { ...scoped, version: defaultVersion ?? '' },
      choices({ version: defaultVersion, istioName: 'mesh', istioNamespace: 'istio-cp' }),
      choices({ version: defaultVersion, updateStrategy: 'RevisionBased' }),
    ]) {
      const plan = buildInstallPlan(c, { ztunnelVersion, ztunnelTargetRef });
      // The reference holds no IstioRevisionTag CRD; its manifest is checked in buildInstallPlan.
      for (const step of plan.steps.filter((s) => s.kind in PLURAL)) {
        expect({ id: step.id, errors: schemaErrors(line, step.manifest) }).toEqual({
          id: step.id,
          errors: [],
        });
      }
    }
  });

  it.each(CRD_LINES)('on %s, values.ztunnel wiring validates on every served ZTunnel', (line) => {
    const c = choices({ istioName: 'mesh', istioNamespace: 'istio-cp' });
    for (const v of loadCRD(line, 'ztunnels').spec?.versions.filter((x) => x.served) ?? []) {
      const zt = ztunnelOf(buildInstallPlan(c, { ztunnelVersion: unchecked(v.name) }));
      expect(zt.spec?.values).toEqual({
        ztunnel: { revision: 'mesh', istioNamespace: 'istio-cp' },
      });
      expect(schemaErrors(line, zt)).toEqual([]);
    }
  });

  it('rejects targetRef where the schema lacks it', () => {
    const c = choices({ istioName: 'mesh' });
    const facts = { ztunnelVersion: 'v1' as const, ztunnelTargetRef: true };
    const zt = ztunnelOf(buildInstallPlan(c, facts));
    expect(schemaErrors('release-1.27', zt).map((e) => e.path)).toContain('.spec.targetRef');
    expect(schemaErrors('main', zt)).toEqual([]);
    const bad = { ...zt, spec: { ...zt.spec, targetRef: { kind: 'Gateway', name: 'mesh' } } };
    expect(schemaErrors('main', bad).map((e) => e.path)).toContain('.spec.targetRef.kind');
  });

  it('validates the deprecated v1alpha1 ZTunnel still served on the 3.2 line', () => {
    const plan = buildInstallPlan(choices({ version: 'v1.27.9' }), { ztunnelVersion: 'v1alpha1' });
    expect(schemaErrors('release-1.27', plan.steps[5].manifest)).toEqual([]);
  });

  it('catches a manifest the API server would refuse', () => {
    const plan = buildInstallPlan(choices({ updateStrategy: unchecked('Sideways') }), {
      ztunnelVersion: 'v1',
    });
    const bad = schemaErrors('release-1.27', plan.steps[3].manifest);
    expect(bad.map((e) => e.path)).toContain('.spec.updateStrategy.type');
    // v1 ZTunnel has no profile.
    const zt = {
      ...plan.steps[5].manifest,
      spec: { ...plan.steps[5].manifest.spec, profile: 'ambient' },
    };
    expect(schemaErrors('release-1.27', zt).map((e) => e.path)).toContain('.spec.profile');
    expect(schemaErrors('release-1.26', plan.steps[5].manifest)[0].message).toMatch(/not served/);
  });
});

describe('discovery selectors and adoption', () => {
  const kept = [{ matchLabels: { team: 'a' } }, { matchLabels: { team: 'b' } }];

  it('keeps every existing selector and adds the label only when none selects exactly it', () => {
    const sel = (label: string) =>
      discoverySelectorsOf(
        choices({ scope: 'selected', discoverySelectors: kept, discoveryLabel: label }),
      );
    expect(sel('team=b')).toEqual(kept);
    expect(sel('team=c')).toEqual([...kept, { matchLabels: { team: 'c' } }]);
    expect(discoverySelectorsOf(choices({ discoverySelectors: kept }))).toBeUndefined();
  });

  it('carries the manifest as read from the live objects on each CR step', () => {
    const base = choices({ scope: 'selected', discoverySelectors: kept, discoveryLabel: 'team=a' });
    const plan = buildInstallPlan({ ...base, version: 'v1.27.9' }, { ztunnelVersion: 'v1' }, base);
    const istio = plan.steps.find((s) => s.kind === 'Istio');
    expect(istio?.original?.spec?.version).toBe('v1.26.8');
    expect(istio?.manifest.spec?.version).toBe('v1.27.9');
    expect(buildInstallPlan(base, { ztunnelVersion: 'v1' }).steps.some((s) => s.original)).toBe(
      false,
    );
  });
});
