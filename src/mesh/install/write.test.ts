import {
  ChangedMeanwhileError,
  ImmutableFieldError,
  stepPatch,
  writeStep,
  type StepWriter,
} from './write';
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
    await expect(writeStep(istioStep, w)).resolves.toEqual({
      outcome: 'created',
      generation: undefined,
    });
    expect(w.create).toHaveBeenCalledWith(istioStep.manifest);
    expect(w.patch).not.toHaveBeenCalled();
  });

  it('adopts an existing object with a patch of the differing fields only', async () => {
    const existing = {
      metadata: { name: 'default', resourceVersion: '7' },
      spec: { ...istioStep.manifest.spec, version: 'v1.26.0' },
    };
    const w = writer(() => Promise.resolve(existing));
    w.patch.mockResolvedValueOnce({ metadata: { generation: 3 } });
    await expect(writeStep(istioStep, w)).resolves.toEqual({ outcome: 'patched', generation: 3 });
    expect(w.create).not.toHaveBeenCalled();
    expect(w.patch).toHaveBeenCalledWith(existing, [
      { op: 'test', path: '/metadata/resourceVersion', value: '7' },
      { op: 'replace', path: '/spec/version', value: 'v1.26.8' },
    ]);
  });

  it('leaves an identical object alone and labels an existing namespace', async () => {
    const same = writer(() =>
      Promise.resolve({ metadata: { name: 'default' }, spec: istioStep.manifest.spec }),
    );
    await expect(writeStep(istioStep, same)).resolves.toMatchObject({ outcome: 'unchanged' });
    const ns = writer(() =>
      Promise.resolve({ metadata: { name: 'istio-system', labels: { a: 'b' } } }),
    );
    await expect(writeStep(nsStep, ns)).resolves.toMatchObject({ outcome: 'patched' });
    expect(ns.patch.mock.calls[0][1]).toEqual([
      { op: 'add', path: '/metadata/labels/istio-discovery', value: 'enabled' },
    ]);
  });

  it('reads again when a create loses a race, never creates twice, and never adopts unseen', async () => {
    const w = writer(notFound);
    w.create.mockRejectedValueOnce({ json: { code: 409 } });
    const theirs = { metadata: { name: 'istio-system', labels: { owner: 'gitops' } } };
    w.get.mockImplementationOnce(notFound).mockResolvedValueOnce(theirs);
    const error = await writeStep(nsStep, w).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChangedMeanwhileError);
    expect((error as ChangedMeanwhileError).current).toBe(theirs);
    expect(w.create).toHaveBeenCalledTimes(1);
    expect(w.patch).not.toHaveBeenCalled();
  });

  it('stops before writing when the object is not the one reviewed, and says what changed', async () => {
    const reviewed = { metadata: { name: 'default', resourceVersion: '1' }, spec: { a: 1 } };
    const now = { metadata: { name: 'default', resourceVersion: '2' }, spec: { a: 2 } };
    const w = writer(() => Promise.resolve(now));
    const error = await writeStep(istioStep, w, reviewed).catch((e: unknown) => e);
    expect((error as ChangedMeanwhileError).changes).toEqual([{ path: 'spec.a', old: 1, new: 2 }]);
    expect(w.patch).not.toHaveBeenCalled();
  });

  it('on a failed guard reads again: writes again when only the status moved, else stops', async () => {
    const spec = { ...istioStep.manifest.spec, version: 'v1.26.0' };
    const v1 = { metadata: { name: 'default', resourceVersion: '1' }, spec };
    const v2 = { metadata: { name: 'default', resourceVersion: '2' }, spec };
    const w = writer(() => Promise.resolve(v1));
    w.get.mockResolvedValueOnce(v1).mockResolvedValueOnce(v2);
    w.patch.mockRejectedValueOnce({ code: 409 });
    await expect(writeStep(istioStep, w, v1)).resolves.toMatchObject({ outcome: 'patched' });
    expect(w.patch.mock.calls[1][1][0]).toEqual({
      op: 'test',
      path: '/metadata/resourceVersion',
      value: '2',
    });
    const v3 = { metadata: { name: 'default', resourceVersion: '3' }, spec: { ...spec, x: 1 } };
    const changed = writer(() => Promise.resolve(v1));
    changed.get.mockResolvedValueOnce(v1).mockResolvedValueOnce(v3);
    changed.patch.mockRejectedValueOnce({
      code: 422,
      message: 'testing value failed: test failed',
    });
    const error = await writeStep(istioStep, changed, v1).catch((e: unknown) => e);
    expect((error as ChangedMeanwhileError).changes).toEqual([
      { path: 'spec.x', old: undefined, new: 1 },
    ]);
    expect(changed.patch).toHaveBeenCalledTimes(1);
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
    await expect(writeStep(ztStep, w)).resolves.toMatchObject({ outcome: 'patched' });
    expect(w.patch).toHaveBeenCalledWith(
      existing,
      expect.arrayContaining([{ op: 'replace', path: '/spec/namespace', value: 'ztunnel' }]),
    );
  });

  it('labels an adopted namespace only when the person changed the discovery label', async () => {
    const base = {
      ...DEFAULT_CHOICES,
      version: 'v1.26.8',
      scope: 'selected' as const,
      discoveryLabel: 'team=a',
      discoverySelectors: [{ matchLabels: { team: 'a' } }],
    };
    const ns = { metadata: { name: 'istio-system', labels: { other: 'x' } } };
    const same = buildInstallPlan(base, { ztunnelVersion: 'v1' }, base).steps[0];
    expect(stepPatch(same, ns)).toEqual([]);
    const edited = buildInstallPlan(
      { ...base, discoveryLabel: 'team=b' },
      { ztunnelVersion: 'v1' },
      base,
    ).steps[0];
    expect(stepPatch(edited, ns)).toEqual([
      { op: 'add', path: '/metadata/labels/team', value: 'b' },
    ]);
  });
});
