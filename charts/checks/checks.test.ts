import { fieldProblems } from './fields';
import { parseNginx } from './nginx';
import { restrictedViolations } from './podSecurity';

describe('fieldProblems', () => {
  const deployment = (container: object) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'x' },
    spec: {
      selector: {},
      template: { spec: { containers: [{ name: 'c', image: 'i', ...container }] } },
    },
  });

  it('accepts a valid object', () => {
    expect(
      fieldProblems(deployment({ resources: { limits: { cpu: 1 } } }), 'V1Deployment', 'D'),
    ).toEqual([]);
  });

  it('reports unknown fields and wrong scalar types', () => {
    const bad = deployment({
      securityContext: { readOnlyRootFileSystem: true, runAsNonRoot: 'yes' },
    });
    expect(fieldProblems(bad, 'V1Deployment', 'D')).toEqual([
      'D.spec.template.spec.containers[0].securityContext.readOnlyRootFileSystem: unknown field of V1SecurityContext',
      'D.spec.template.spec.containers[0].securityContext.runAsNonRoot: expected boolean, got "yes"',
    ]);
  });
});

describe('restrictedViolations', () => {
  it('lists every rule a pod breaks', () => {
    const v = restrictedViolations({
      hostNetwork: true,
      securityContext: { runAsUser: 0 },
      volumes: [{ name: 'h', hostPath: { path: '/' } }],
      containers: [
        { name: 'c', securityContext: { privileged: true, capabilities: { add: ['NET_ADMIN'] } } },
      ],
    });
    expect(v).toEqual([
      'host namespaces',
      'volume h: type hostPath',
      'pod: fixed runAsUser/runAsGroup/fsGroup (restricted-v2 assigns them)',
      'container c: privileged',
      'container c: allowPrivilegeEscalation is not false',
      'container c: runAsNonRoot is not true',
      'container c: capabilities not dropped',
      'container c: adds capabilities NET_ADMIN',
      'container c: seccompProfile',
      'container c: root filesystem is writable',
    ]);
  });
});

describe('parseNginx', () => {
  it('reads directives, blocks and quoted arguments, and drops comments', () => {
    expect(parseNginx('a 1; # c\nb { c "x y"; d \'z\'; }')).toEqual([
      { name: 'a', args: ['1'] },
      {
        name: 'b',
        args: [],
        block: [
          { name: 'c', args: ['x y'] },
          { name: 'd', args: ['z'] },
        ],
      },
    ]);
  });

  it('rejects unbalanced files', () => {
    expect(() => parseNginx('a {')).toThrow(/missing }/);
    expect(() => parseNginx('a }')).toThrow(/unexpected }/);
    expect(() => parseNginx('a')).toThrow(/not terminated/);
  });
});
