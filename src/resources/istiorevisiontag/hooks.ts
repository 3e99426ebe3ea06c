import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { IstioRevisionTagModel, gvkOf } from '../../models';
import type { IstioRevisionTagKind } from '../../k8s/istiorevisiontag/types';
import { watched, type WatchOptions, noneIfNotServed } from '../common/watch';

export type IstioRevisionTagsWatch = {
  tags: IstioRevisionTagKind[];
  loaded: boolean;
  error: unknown;
};

/** All IstioRevisionTags (cluster-scoped, a handful at most); none when the CRD is absent. */
export const useIstioRevisionTags = (options: WatchOptions = {}): IstioRevisionTagsWatch => {
  const [tags, loaded, error] = useK8sWatchResource<IstioRevisionTagKind[]>(
    watched({ groupVersionKind: gvkOf(IstioRevisionTagModel), isList: true }, options),
  );
  const list = noneIfNotServed(tags, loaded, error);
  return { tags: list.items, loaded: list.loaded, error: list.error };
};
