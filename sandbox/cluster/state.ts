/** Optional persistence of the whole store to a JSON file across restarts. */
import * as fs from 'fs';
import * as path from 'path';
import type { Api } from './api/core';
import { ridOf } from './api/registry';
import type { KObj } from './api/types';

interface StateFile {
  rv: number;
  objects: { rid: string; obj: KObj }[];
}

const CRD_RID = ridOf('apiextensions.k8s.io', 'customresourcedefinitions');

export const loadState = (file: string, api: Api): boolean => {
  if (!fs.existsSync(file)) return false;
  const state = JSON.parse(fs.readFileSync(file, 'utf8')) as StateFile;
  const ordered = [
    ...state.objects.filter((o) => o.rid === CRD_RID),
    ...state.objects.filter((o) => o.rid !== CRD_RID),
  ];
  for (const { rid, obj } of ordered)
    api.store.put(rid, obj, Number(obj.metadata.resourceVersion ?? 0));
  while (api.store.rv < state.rv) api.store.nextRv();
  return true;
};

export const persistState = (file: string, api: Api): (() => void) => {
  let timer: NodeJS.Timeout | undefined;
  const save = (): void => {
    timer = undefined;
    const objects = api.store
      .rids()
      .flatMap((rid) => api.store.list(rid).map((e) => ({ rid, obj: e.obj })));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.tmp`, JSON.stringify({ rv: api.store.rv, objects }));
    fs.renameSync(`${file}.tmp`, file);
  };
  save();
  const unsubscribe = api.store.subscribe(() => {
    if (!timer) timer = setTimeout(save, 1000);
  });
  return () => {
    unsubscribe();
    if (timer) {
      clearTimeout(timer);
      save();
    }
  };
};
