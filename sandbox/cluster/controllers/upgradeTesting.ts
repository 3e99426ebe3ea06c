/** Helpers for the upgrade tests: conditions by type, status history of an object. */
import type { SandboxCluster } from '../index';
import type { Condition, Dict, KObj } from '../api/types';

export const cond = (o: { status?: unknown } | undefined, type: string): Condition | undefined =>
  (((o?.status as Dict | undefined)?.conditions as Condition[] | undefined) ?? []).find(
    (c) => c.type === type,
  );

/** Every version of one object the store writes from now on (until `stop`). */
export const history = (
  c: SandboxCluster,
  rid: string,
  name: string,
): { seen: KObj[]; stop: () => void } => {
  const seen: KObj[] = [];
  const stop = c.api.store.subscribe((e) => {
    if (e.rid === rid && e.object.metadata.name === name && e.type !== 'DELETED')
      seen.push(JSON.parse(JSON.stringify(e.object)) as KObj);
  });
  return { seen, stop };
};

export const imagesOf = (pods: { spec?: unknown }[]): string[] =>
  pods.flatMap((p) =>
    (((p.spec as Dict | undefined)?.containers as { image: string }[] | undefined) ?? []).map(
      (x) => x.image,
    ),
  );
