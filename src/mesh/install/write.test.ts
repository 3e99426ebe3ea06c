import { ImmutableFieldError, writeStep, type StepWriter } from './write';
import { buildInstallPlan } from './plan';
import { DEFAULT_CHOICES } from './types';

const plan = buildInstallPlan(
  { ...DEFAULT_CHOICES, version: 'v1.26.8', scope: 'selected' },
  { ztunnelVersion: 'v1' },
);
const [nsStep, , , istioStep] = plan.steps;

const writer = (get: () => Promise<unknown>): jest.Mocked<StepWriter> => ({
  get: jest.fn(get) as jest.Mocked<StepWriter>['get'],
  create: jest.fn((_data) => Promise.resolve({})) as jest.Mocked<StepWriter>['create'],
  patch: jest.fn((_obj, _ops) => Promise.resolve({})) as jest.Mocked<StepWriter>['patch'],
});

const notFound = () => Promise.reject({ code: 404 });

describe('writeStep', () => {
  it('creates an absent object', async () => {
    const w = writer(notFound);
    await expect(writeStep(istioStep, w)).resolves.toBe('created');
    expect(w.create).toHaveBeenCalledWith(istioStep.manifest);
    expect(w.patch).not.toHaveBeenCalled();
  });

  it('adopts an existing object with a patch of the differing fields only', async () => {
    const existing = {
      metadata: { name: 'default' },
      spec: { ...istioStep.manifest.spec, version: 'v1.26.0' },
    };
    const w = writer(() => Promise.resolve(existing));
    await expect(writeStep(istioStep, w)).resolves.toBe('patched');
    expect(w.create).not.toHaveBeenCalled();
    expect(w.patch).toHaveBeenCalledWith(existing, [
      { op: 'replace', path: '/spec/version', value: 'v1.26.8' },
    ]);
  });

  it('leaves an identical object alone and labels an existing namespace', async () => {
    const same = writer(() =>
      Promise.resolve({ metadata: { name: 'default' }, spec: istioStep.manifest.spec }),
    );
    await expect(writeStep(istioStep, same)).resolves.toBe('unchanged');
    const ns = writer(() =>
      Promise.resolve({ metadata: { name: 'istio-system', labels: { a: 'b' } } }),
    );
    await expect(writeStep(nsStep, ns)).resolves.toBe('patched');
    expect(ns.patch.mock.calls[0][1]).toEqual([
      { op: 'add', path: '/metadata/labels/istio-discovery', value: 'enabled' },
    ]);
  });

  it('reads again when a create loses a race, and never creates twice', async () => {
    const w = writer(notFound);
    w.create.mockRejectedValueOnce({ json: { code: 409 } });
    w.get
      .mockImplementationOnce(notFound)
      .mockResolvedValueOnce({ metadata: { name: 'istio-system' } });
    await expect(writeStep(nsStep, w)).resolves.toBe('patched');
    expect(w.create).toHaveBeenCalledTimes(1);
  });

  it('fails on other errors and on an immutable namespace', async () => {
    await expect(
      writeStep(
        istioStep,
        writer(() => Promise.reject({ code: 403 })),
      ),
    ).rejects.toEqual({ code: 403 });
    const moved = writer(() =>
      Promise.resolve({ metadata: { name: 'default' }, spec: { namespace: 'other' } }),
    );
    await expect(writeStep(istioStep, moved)).rejects.toBeInstanceOf(ImmutableFieldError);
    expect(moved.patch).not.toHaveBeenCalled();
  });

  it('moves a ZTunnel to another namespace: its spec.namespace is mutable', async () => {
    const ztStep = plan.steps.find((s) => s.kind === 'ZTunnel');
    if (!ztStep) throw new Error('no ZTunnel step');
    const existing = { metadata: { name: 'default' }, spec: { namespace: 'other' } };
    const w = writer(() => Promise.resolve(existing));
    await expect(writeStep(ztStep, w)).resolves.toBe('patched');
    expect(w.patch).toHaveBeenCalledWith(
      existing,
      expect.arrayContaining([{ op: 'replace', path: '/spec/namespace', value: 'ztunnel' }]),
    );
  });
});
