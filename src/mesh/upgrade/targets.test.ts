import { availableUpgrade, refusalFor, upgradeTargets } from './targets';

const supported = ['v1.27-latest', 'v1.27.3', 'v1.26.8', 'v1.28.0', 'v1.26.2'];

describe('refusalFor', () => {
  it('allows one minor up, and a patch', () => {
    expect(refusalFor({ istio: 'v1.26.2', dataPlane: ['v1.26.2'] }, 'v1.27.3')).toBeUndefined();
    expect(refusalFor({ istio: 'v1.26.2', dataPlane: [] }, 'v1.26.8')).toBeUndefined();
  });

  it('refuses two minors, a downgrade, the same, another major, an unparsable version', () => {
    const r = { istio: 'v1.26.8', dataPlane: ['v1.26.8'] };
    expect(refusalFor(r, 'v1.28.0')).toBe('tooFar');
    expect(refusalFor(r, 'v1.26.2')).toBe('downgrade');
    expect(refusalFor(r, 'v1.26.8')).toBe('current');
    expect(refusalFor(r, 'v2.0.0')).toBe('major');
    expect(refusalFor(r, 'master')).toBe('unsupported');
    expect(refusalFor({ dataPlane: [] }, 'v1.27.3')).toBe('unsupported');
  });

  it('refuses a target that would leave a data-plane CR two minors behind', () => {
    expect(refusalFor({ istio: 'v1.27.3', dataPlane: ['v1.26.8'] }, 'v1.28.0')).toBe('skew');
    expect(refusalFor({ istio: 'v1.27.3', dataPlane: ['v1.27.3'] }, 'v1.28.0')).toBeUndefined();
  });
});

describe('upgradeTargets', () => {
  it('lists every version newest first with its refusal', () => {
    const out = upgradeTargets(supported, { istio: 'v1.26.8', dataPlane: ['v1.26.8'] });
    expect(out.map((o) => o.version)).toEqual([
      'v1.28.0',
      'v1.27.3',
      'v1.27-latest',
      'v1.26.8',
      'v1.26.2',
    ]);
    expect(out.map((o) => o.refusal)).toEqual([
      'tooFar',
      undefined,
      undefined,
      'current',
      'downgrade',
    ]);
  });

  it('adds a requested version the operator does not list, refused with the reason', () => {
    const running = { istio: 'v1.26.8', dataPlane: [] };
    expect(upgradeTargets(supported, running, 'v1.29.1')[0]).toEqual({
      version: 'v1.29.1',
      refusal: 'tooFar',
    });
    expect(upgradeTargets(supported, running, 'v1.27.99')[0]).toEqual({
      version: 'v1.27.99',
      refusal: 'unsupported',
    });
  });

  it('offers the newest allowed version, or none', () => {
    expect(availableUpgrade(supported, { istio: 'v1.26.8', dataPlane: [] })).toBe('v1.27.3');
    expect(availableUpgrade(supported, { istio: 'v1.28.0', dataPlane: [] })).toBeUndefined();
  });
});
