import { ocCommands } from './oc';
import { buildInstallPlan } from './plan';
import { planYaml } from './yaml';
import { load, loadAll } from 'js-yaml';
import { DEFAULT_CHOICES } from './types';

const plan = buildInstallPlan(
  { ...DEFAULT_CHOICES, version: 'v1.27.9', scope: 'selected', labelNamespaces: ['bookinfo'] },
  { ztunnelVersion: 'v1' },
);

describe('oc commands and YAML', () => {
  it('creates and labels namespaces, applies each CR and waits for it in order', () => {
    const oc = ocCommands(plan);
    const lines = oc.split('\n').filter((l) => l.startsWith('oc '));
    expect(lines).toContain('oc label namespace bookinfo istio-discovery=enabled --overwrite');
    const waits = lines.filter((l) => l.startsWith('oc wait'));
    expect(waits).toEqual([
      'oc wait --for=condition=Ready istio/default --timeout=3m',
      'oc wait --for=condition=Ready istiocni/default --timeout=3m',
      'oc wait --for=condition=Ready ztunnel/default --timeout=3m',
    ]);
    expect(oc.indexOf('create namespace ztunnel')).toBeLessThan(oc.indexOf('kind: Istio'));
    const heredoc = oc.split("<<'EOF'\n")[1].split('EOF')[0];
    expect(load(heredoc)).toEqual(plan.steps[4].manifest);
  });

  it('writes one multi-document file with every manifest', () => {
    const docs = loadAll(planYaml(plan)).filter(Boolean);
    expect(docs).toEqual(plan.steps.map((s) => s.manifest));
  });
});
