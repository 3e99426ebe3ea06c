import type { IstioKind } from '../../k8s/istio/types';
import type { IstioRevisionTagKind } from '../../k8s/istiorevisiontag/types';
import { buildUpgradePlan, revisionFor, tagRows } from './plan';

const istio = (strategy: 'InPlace' | 'RevisionBased', version = 'v1.26.8'): IstioKind => ({
  metadata: { name: 'default' },
  spec: { version, updateStrategy: { type: strategy } },
  status: strategy === 'RevisionBased' ? { activeRevisionName: 'default-v1-26-8' } : undefined,
});
const tag = (name: string, kind: string, target: string): IstioRevisionTagKind => ({
  metadata: { name },
  spec: { targetRef: { kind, name: target } },
});
const zt = { metadata: { name: 'default' }, spec: { version: 'v1.26.8' } };
const cni = { metadata: { name: 'default' }, spec: { version: 'v1.26.8' } };

describe('buildUpgradePlan', () => {
  it('InPlace: Istio, then ZTunnel, then IstioCNI, each from its version', () => {
    const plan = buildUpgradePlan(
      { istio: istio('InPlace'), ztunnel: zt, cni, tags: [] },
      'v1.27.3',
    );
    expect(plan.strategy).toBe('InPlace');
    expect(plan.steps.map((s) => [s.id, s.from, s.to])).toEqual([
      ['Istio/default', 'v1.26.8', 'v1.27.3'],
      ['ZTunnel/default', 'v1.26.8', 'v1.27.3'],
      ['IstioCNI/default', 'v1.26.8', 'v1.27.3'],
    ]);
  });

  it('RevisionBased: moves a tag that names the old revision, not one that names the Istio', () => {
    const tags = [
      tag('default', 'IstioRevision', 'default-v1-26-8'),
      tag('canary', 'Istio', 'default'),
      tag('other', 'IstioRevision', 'elsewhere'),
    ];
    const plan = buildUpgradePlan({ istio: istio('RevisionBased'), ztunnel: zt, tags }, 'v1.27.3');
    expect(plan.steps.map((s) => [s.id, s.from, s.to])).toEqual([
      ['Istio/default', 'v1.26.8', 'v1.27.3'],
      ['IstioRevisionTag/default', 'default-v1-26-8', 'default-v1-27-3'],
      ['ZTunnel/default', 'v1.26.8', 'v1.27.3'],
    ]);
    expect(plan.tags).toEqual([
      { name: 'default', moves: true, follows: false },
      { name: 'canary', moves: false, follows: true },
    ]);
  });

  it('names the new revision as the operator does', () => {
    expect(revisionFor(istio('RevisionBased'), 'v1.27.3')).toBe('default-v1-27-3');
    expect(revisionFor(istio('InPlace'), 'v1.27.3')).toBe('default');
    expect(tagRows(undefined, [])).toEqual([]);
  });

  it('has no step for a missing CR', () => {
    expect(buildUpgradePlan({ tags: [] }, 'v1.27.3').steps).toEqual([]);
  });
});
