import type { ClusterServiceVersionKind } from './types';

/** The Service Mesh 3 operator's CSV (`servicemeshoperator3.v3.x.y`). */
export const findServiceMesh3CSV = (csvs: ClusterServiceVersionKind[]) =>
  csvs.find((c) => c.metadata?.name?.startsWith('servicemeshoperator3.'));

export const getCSVVersion = (csv?: ClusterServiceVersionKind): string | undefined =>
  csv?.spec?.version;
