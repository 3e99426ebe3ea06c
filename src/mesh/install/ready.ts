import { readiness } from '../health/health';

type Reported = Parameters<typeof readiness>[0];

/**
 * Whether a written CR is Ready for the generation its write produced, as the Sail operator
 * reports it: `status.observedGeneration` at least that generation and `Ready=True`. An object
 * from before the write (an older generation, or a status for one) is not Ready yet.
 */
export const readyFor = (
  obj: Reported,
  generation: number | undefined,
  kind?: string,
): ReturnType<typeof readiness> => {
  const r = readiness(obj, kind);
  if (!r.ready || generation === undefined) return r;
  const observed = obj?.status?.observedGeneration;
  const current = obj?.metadata?.generation;
  if (observed !== undefined && observed >= generation && (current ?? generation) >= generation) {
    return r;
  }
  return { ready: false, reason: 'ObservedGenerationStale' };
};
