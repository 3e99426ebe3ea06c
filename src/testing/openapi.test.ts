import { validateSchema } from './openapi';
import type { JSONSchemaProps } from '../k8s/crd/types';

const schema: JSONSchemaProps = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', pattern: '^[a-z]+$', maxLength: 5 },
    mode: { type: 'string', enum: ['A', 'B'] },
    count: { type: 'integer', minimum: 1 },
    tags: { type: 'array', items: { type: 'object', properties: { k: { type: 'string' } } } },
    labels: { type: 'object', additionalProperties: { type: 'string' } },
    free: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
    port: { 'x-kubernetes-int-or-string': true },
  },
};

describe('validateSchema', () => {
  it('accepts a valid value', () => {
    const v = {
      name: 'abc',
      mode: 'A',
      count: 2,
      tags: [{ k: 'x' }],
      labels: { a: 'b' },
      free: { anything: { goes: 1 } },
      port: 'http',
    };
    expect(validateSchema(schema, v)).toEqual([]);
  });

  it('reports each kind of error at its path', () => {
    const v = {
      mode: 'C',
      count: 0,
      tags: [{ k: 1 }],
      labels: { a: 2 },
      port: true,
      typo: 1,
    };
    const paths = validateSchema(schema, v).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '.name',
        '.mode',
        '.count',
        '.tags[0].k',
        '.labels.a',
        '.port',
        '.typo',
      ]),
    );
    expect(validateSchema(schema, { name: 'ABCDEFG' }).map((e) => e.message)).toHaveLength(2);
  });
});
