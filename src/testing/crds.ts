/** Reads the real Sail operator CRDs of the reference material, for tests. */
import * as fs from 'fs';
import * as path from 'path';
import { load } from 'js-yaml';
import type { CustomResourceDefinitionKind } from '../k8s/crd/types';

export const CRD_LINES = ['release-1.26', 'release-1.27', 'main'] as const;
export type CrdLine = (typeof CRD_LINES)[number];

const ROOT = path.resolve(__dirname, '../../../shared/reference/sail-operator-crds');

export const loadCRD = (line: CrdLine, plural: 'istios' | 'istiocnis' | 'ztunnels') =>
  load(
    fs.readFileSync(path.join(ROOT, line, `sailoperator.io_${plural}.yaml`), 'utf8'),
  ) as CustomResourceDefinitionKind;
