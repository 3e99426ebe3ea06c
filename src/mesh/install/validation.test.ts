import {
  checkDns1123Label,
  checkLabel,
  validateControlPlane,
  validateDataPlane,
  validateScope,
} from './validation';
import { DEFAULT_CHOICES, type InstallChoices } from './types';

/** Every step's validation, as the wizard runs them one step at a time. */
const validateChoices = (c: InstallChoices, versions: string[]) => ({
  ...validateControlPlane(c, versions),
  ...validateDataPlane(c),
  ...validateScope(c),
});

describe('validation', () => {
  it('checks DNS-1123 names', () => {
    expect(checkDns1123Label('istio-system')).toBeUndefined();
    expect(checkDns1123Label('')).toBe('required');
    expect(checkDns1123Label('Istio')).toBe('dns1123');
    expect(checkDns1123Label('-a')).toBe('dns1123');
    expect(checkDns1123Label('a'.repeat(64))).toBe('tooLong');
  });

  it('checks labels', () => {
    expect(checkLabel('istio-discovery=enabled')).toBeUndefined();
    expect(checkLabel('example.com/mesh=on')).toBeUndefined();
    expect(checkLabel('=x')).toBe('labelKey');
    expect(checkLabel('a=b c')).toBe('labelValue');
    expect(checkLabel('')).toBe('required');
  });

  it('validates every field of the choices', () => {
    const c = { ...DEFAULT_CHOICES, version: 'v1.20.0', istioName: 'Bad_Name', cniNamespace: '' };
    expect(validateChoices(c, ['v1.26.8'])).toEqual({
      istioName: 'dns1123',
      version: 'notSupported',
      cniNamespace: 'required',
    });
    expect(validateChoices({ ...DEFAULT_CHOICES, version: 'v1.26.8' }, ['v1.26.8'])).toEqual({});
    expect(
      validateChoices(
        { ...DEFAULT_CHOICES, version: 'x', scope: 'selected', discoveryLabel: 'a b' },
        [],
      ),
    ).toEqual({ discoveryLabel: 'labelKey' });
  });

  it('keeps an installed version and allows an upgrade of one minor only', () => {
    const c = { ...DEFAULT_CHOICES, version: 'v1.24.0' };
    expect(validateControlPlane(c, ['v1.27.9'], 'v1.24.0')).toEqual({});
    expect(validateControlPlane({ ...c, version: 'v1.27.9' }, ['v1.27.9'], 'v1.24.0')).toEqual({
      version: 'upgradeStep',
    });
    expect(
      validateControlPlane({ ...c, version: 'v1.25.2' }, ['v1.25.2', 'v1.27.9'], 'v1.24.0'),
    ).toEqual({});
    expect(validateControlPlane({ ...c, version: 'v1.23.0' }, [], 'v1.24.0')).toEqual({
      version: 'upgradeStep',
    });
  });
});
