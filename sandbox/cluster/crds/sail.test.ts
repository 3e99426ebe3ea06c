/** The project's Sail CRDs carry the fields, enums, defaults and rules of the upstream ones. */
import * as fs from 'fs';
import * as path from 'path';
import { load } from 'js-yaml';
import type { Schema } from '../api/schema';
import type { Dict, KObj } from '../api/types';
import { sailCrds, type SailLine } from './sail';

const REF = path.resolve(__dirname, '../../../../shared/reference/sail-operator-crds');
const LINES: [SailLine, string][] = [
  ['1.26', 'release-1.26'],
  ['1.27', 'release-1.27'],
  ['main', 'main'],
];

const versionsOf = (crd: KObj) =>
  (crd.spec?.versions as Dict[]).map((v) => ({
    name: v.name,
    served: v.served,
    storage: v.storage,
    deprecated: v.deprecated ?? false,
    status: !!(v.subresources as Dict | undefined)?.status,
  }));

/** Walks our schema and checks each declared node against the reference schema at the same path. */
const compare = (ours: Schema, ref: Schema, at: string, problems: string[]): void => {
  if (!ref) {
    problems.push(`${at}: not in the upstream schema`);
    return;
  }
  for (const key of [
    'type',
    'enum',
    'default',
    'required',
    'pattern',
    'minimum',
    'format',
    'x-kubernetes-validations',
  ] as const) {
    if (ours[key] !== undefined && JSON.stringify(ours[key]) !== JSON.stringify(ref[key]))
      problems.push(`${at}: ${key} differs`);
  }
  for (const key of ['enum', 'default', 'required', 'x-kubernetes-validations'] as const) {
    if (ref[key] !== undefined && ours[key] === undefined) problems.push(`${at}: ${key} missing`);
  }
  if (typeof ours.description === 'string' && ours.description.includes('Must be one of')) {
    const line = (s: unknown) =>
      String(s)
        .split('\n')
        .find((l) => l.includes('Must be one of'));
    if (line(ours.description) !== line(ref.description))
      problems.push(`${at}: supported versions differ`);
  }
  for (const [k, sub] of Object.entries(ours.properties ?? {}))
    compare(sub, ref.properties?.[k] as Schema, `${at}.${k}`, problems);
  if (ours.items) compare(ours.items, ref.items as Schema, `${at}[]`, problems);
  if (typeof ours.additionalProperties === 'object')
    compare(ours.additionalProperties, ref.additionalProperties as Schema, `${at}{}`, problems);
};

describe.each(LINES)('Sail CRDs of the %s line', (line, dir) => {
  const ours = sailCrds(line);
  it.each(['istios', 'istiocnis', 'ztunnels'])('%s matches upstream', (plural) => {
    const ref = load(
      fs.readFileSync(path.join(REF, dir, `sailoperator.io_${plural}.yaml`), 'utf8'),
    ) as KObj;
    const mine = ours.find((c) => c.metadata.name === `${plural}.sailoperator.io`) as KObj;
    expect(mine.spec?.names).toEqual(ref.spec?.names);
    expect(mine.spec?.scope).toBe(ref.spec?.scope);
    expect(versionsOf(mine)).toEqual(versionsOf(ref));
    for (const v of mine.spec?.versions as Dict[]) {
      const rv = (ref.spec?.versions as Dict[]).find((x) => x.name === v.name) as Dict;
      const cols = (x: Dict) =>
        (x.additionalPrinterColumns as Dict[]).map((c) => `${c.name}:${c.jsonPath}:${c.type}`);
      expect(cols(v)).toEqual(cols(rv));
      const problems: string[] = [];
      compare(
        (v.schema as Dict).openAPIV3Schema as Schema,
        (rv.schema as Dict).openAPIV3Schema as Schema,
        v.name as string,
        problems,
      );
      expect(problems).toEqual([]);
    }
  });
});

describe('IstioRevisionTag', () => {
  it.each(LINES)('is served cluster-scoped on the %s line, status required as upstream', (line) => {
    const tag = sailCrds(line).find((c) => c.metadata.name === 'istiorevisiontags.sailoperator.io');
    expect(tag?.spec?.names).toMatchObject({
      kind: 'IstioRevisionTag',
      shortNames: ['istiorevtag'],
    });
    const v = (tag?.spec?.versions as Dict[])[0];
    const schema = (v.schema as Dict).openAPIV3Schema as Schema;
    expect(schema.properties?.spec.required).toEqual(['targetRef']);
    expect(schema.properties?.status.required).toEqual(['istioRevision', 'istiodNamespace']);
  });
});

describe('IstioRevision', () => {
  it.each(LINES)('is served cluster-scoped on the %s line with upstream columns', (line) => {
    const rev = sailCrds(line).find((c) => c.metadata.name === 'istiorevisions.sailoperator.io');
    expect(rev?.spec?.scope).toBe('Cluster');
    expect(rev?.spec?.names).toMatchObject({ kind: 'IstioRevision', shortNames: ['istiorev'] });
    const v = (rev?.spec?.versions as Dict[])[0];
    expect((v.additionalPrinterColumns as Dict[]).map((c) => c.name)).toEqual([
      'Namespace',
      'Profile',
      'Ready',
      'Status',
      'In use',
      'Version',
      'Age',
    ]);
    const schema = (v.schema as Dict).openAPIV3Schema as Schema;
    expect(schema.properties?.spec.required).toEqual(['namespace', 'version']);
    const versions = String(schema.properties?.spec.properties?.version.description);
    expect(versions).toMatch(/Must be one of: v1\.\d+\.\d+/);
    expect(versions).not.toContain('-latest');
  });
});
