import { initialChoices } from './initial';
import { DEFAULT_CHOICES } from './types';

describe('initialChoices', () => {
  it('starts from the defaults and the operator default version', () => {
    const r = initialChoices('v1.26.8', ['v1.26.8'], { istios: [], istioCNIs: [], ztunnels: [] });
    expect(r).toEqual({
      choices: { ...DEFAULT_CHOICES, version: 'v1.26.8' },
      locked: [],
      installedVersion: undefined,
    });
  });

  it('adopts existing CRs and locks their names and namespaces', () => {
    const r = initialChoices('v1.27.9', ['v1.27.9', 'v1.27.3'], {
      istios: [
        { metadata: { name: 'other' } },
        {
          metadata: { name: 'default' },
          spec: {
            namespace: 'mesh',
            version: 'v1.27.3',
            updateStrategy: { type: 'RevisionBased' },
            values: { meshConfig: { discoverySelectors: [{ matchLabels: { mesh: 'on' } }] } },
          },
        },
      ],
      istioCNIs: [{ spec: { namespace: 'cni' } }],
      ztunnels: [{ spec: { namespace: 'zt' } }],
    });
    expect(r.choices).toMatchObject({
      istioName: 'default',
      istioNamespace: 'mesh',
      version: 'v1.27.3',
      updateStrategy: 'RevisionBased',
      scope: 'selected',
      discoveryLabel: 'mesh=on',
      cniNamespace: 'cni',
      ztunnelNamespace: 'zt',
    });
    expect(r.locked).toEqual(['istioName', 'istioNamespace', 'cniNamespace']);
  });

  it('keeps an installed version that the operator no longer lists (never three minors at once)', () => {
    const r = initialChoices('v1.27.9', ['v1.27.9'], {
      istios: [{ metadata: { name: 'default' }, spec: { version: 'v1.24.0' } }],
      istioCNIs: [],
      ztunnels: [],
    });
    expect(r.choices.version).toBe('v1.24.0');
    expect(r.installedVersion).toBe('v1.24.0');
  });

  it('reads every discovery selector and label, and the IstioCNI values', () => {
    const selectors = [
      { matchLabels: { team: 'a', env: 'prod' } },
      { matchExpressions: [{ key: 'x', operator: 'Exists' as const }] },
      { matchLabels: { team: 'b' } },
    ];
    const r = initialChoices('v1.27.9', ['v1.27.9'], {
      istios: [
        {
          metadata: { name: 'default' },
          spec: { version: 'v1.27.9', values: { meshConfig: { discoverySelectors: selectors } } },
        },
      ],
      istioCNIs: [
        {
          metadata: { name: 'default' },
          spec: { values: { cni: { ambient: { reconcileIptablesOnStartup: false } } } },
        },
      ],
      ztunnels: [],
    });
    expect(r.choices.discoverySelectors).toEqual(selectors);
    expect(r.choices.scope).toBe('selected');
    // The one-label selector names the label the wizard puts on namespaces.
    expect(r.choices.discoveryLabel).toBe('team=b');
    expect(r.choices.reconcileIptablesOnStartup).toBe(false);
  });
});
