import type { Resource } from '../common/types';

export type JSONSchemaProps = {
  type?: string;
  description?: string;
  enum?: unknown[];
  default?: unknown;
  pattern?: string;
  required?: string[];
  properties?: Record<string, JSONSchemaProps>;
  items?: JSONSchemaProps;
  additionalProperties?: boolean | JSONSchemaProps;
  'x-kubernetes-validations'?: { rule: string; message?: string }[];
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  [key: string]: unknown;
};

export type CRDVersion = {
  name: string;
  served: boolean;
  storage: boolean;
  deprecated?: boolean;
  schema?: { openAPIV3Schema?: JSONSchemaProps };
  subresources?: { status?: Record<string, never> };
};

export type CustomResourceDefinitionKind = Resource<
  {
    group: string;
    names: { kind: string; plural: string; singular?: string; listKind?: string };
    scope: 'Namespaced' | 'Cluster';
    versions: CRDVersion[];
  },
  { conditions?: { type: string; status: string }[]; storedVersions?: string[] }
>;
