import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { IstioRevisionTagModel, gvkOf } from '../../models';
import type { IstioRevisionTagKind } from '../../k8s/istiorevisiontag/types';
import { noItems, watched, type WatchOptions } from '../common/watch';

export type IstioRevisionTagsWatch = {
  tags: IstioRevisionTagKind[];
  loaded: boolean;
  error: unknown;
};

/** All IstioRevisionTags (cluster-scoped, a handful at most); optional when the CRD is absent. */
export const useIstioRevisionTags = (options: WatchOptions = {}): IstioRevisionTagsWatch => {
  const [tags, loaded, error] = useK8sWatchResource<IstioRevisionTagKind[]>(
    watched(
      { groupVersionKind: gvkOf(IstioRevisionTagModel), isList: true, optional: true },
      options,
    ),
  );
  return { tags: tags ?? noItems(), loaded, error };
};
