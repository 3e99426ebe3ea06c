import * as React from 'react';
import { errorMessage } from '../../k8s/errors';
import { setPodDataplaneMode, type PodModeChoice } from '../../resources/pod/mutations';
import type { PodKind } from '../../k8s/pod/types';
import { getName } from '../../k8s/common/selectors';

export type PodWrites = {
  pending: Record<string, PodModeChoice>;
  errors: Record<string, string>;
  write: (pod: PodKind, choice: PodModeChoice) => Promise<void>;
};

/** Optimistic per-pod label writes: the choice shows at once and rolls back on failure. */
export const usePodWrites = (): PodWrites => {
  const [pending, setPending] = React.useState<Record<string, PodModeChoice>>({});
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const drop = <T>(rec: Record<string, T>, key: string) => {
    const out = { ...rec };
    delete out[key];
    return out;
  };
  const write = React.useCallback(async (pod: PodKind, choice: PodModeChoice) => {
    const name = getName(pod);
    setPending((p) => ({ ...p, [name]: choice }));
    setErrors((e) => drop(e, name));
    try {
      await setPodDataplaneMode(pod, choice);
    } catch (e) {
      setErrors((errs) => ({ ...errs, [name]: errorMessage(e) }));
    } finally {
      // the watch brings the new label; until then keep showing the choice for a moment
      setTimeout(() => setPending((p) => drop(p, name)), 1500);
    }
  }, []);
  return { pending, errors, write };
};
