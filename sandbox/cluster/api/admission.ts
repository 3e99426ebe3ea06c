/** Per-kind defaulting and validation applied on create and update (built-in kinds and CRD schemas). */
import { badRequest, invalid, type FieldError } from './errors';
import { nameRuleFor, validateLabels, validateName } from './names';
import type { ResourceType } from './registry';
import { applyDefaults, validateSchema, type Schema, type ValidationResult } from './schema';
import { asDict, isDict, type Dict, type KObj } from './types';

export interface AdmissionContext {
  strict: boolean;
  isCreate: boolean;
  allocateClusterIP: () => string;
}

/**
 * A workload's update strategy with the API's defaults: type `RollingUpdate`, and for it each
 * missing `rollingUpdate` field (apps/v1 defaults.go).
 */
const rollingDefaults = (strategy: unknown, fields: Dict): Dict => {
  const s = asDict(strategy);
  const type = s.type ?? 'RollingUpdate';
  if (type !== 'RollingUpdate') return { ...s, type };
  return { ...s, type, rollingUpdate: { ...fields, ...asDict(s.rollingUpdate) } };
};

const builtinDefaults = (obj: KObj, ctx: AdmissionContext): void => {
  const spec = asDict(obj.spec);
  switch (obj.kind) {
    case 'Namespace':
      if (ctx.isCreate) {
        obj.spec = { finalizers: ['kubernetes'], ...spec };
        obj.status = { phase: 'Active' };
      }
      obj.metadata.labels = {
        ...obj.metadata.labels,
        'kubernetes.io/metadata.name': obj.metadata.name as string,
      };
      break;
    case 'Pod':
      if (ctx.isCreate && !obj.status) obj.status = { phase: 'Pending', qosClass: 'BestEffort' };
      obj.spec = {
        restartPolicy: 'Always',
        dnsPolicy: 'ClusterFirst',
        schedulerName: 'default-scheduler',
        terminationGracePeriodSeconds: 30,
        serviceAccountName: 'default',
        ...spec,
      };
      break;
    case 'Service':
      if (ctx.isCreate) {
        const clusterIP = spec.clusterIP ?? ctx.allocateClusterIP();
        obj.spec = {
          type: 'ClusterIP',
          sessionAffinity: 'None',
          ipFamilies: ['IPv4'],
          ipFamilyPolicy: 'SingleStack',
          internalTrafficPolicy: 'Cluster',
          ...spec,
          clusterIP,
          clusterIPs: [clusterIP],
        };
        obj.status = { loadBalancer: {} };
      }
      break;
    case 'Deployment':
      obj.spec = {
        replicas: 1,
        revisionHistoryLimit: 10,
        progressDeadlineSeconds: 600,
        ...spec,
        strategy: rollingDefaults(spec.strategy, { maxSurge: '25%', maxUnavailable: '25%' }),
      };
      if (ctx.isCreate && !obj.status) obj.status = {};
      break;
    case 'DaemonSet':
      obj.spec = {
        revisionHistoryLimit: 10,
        ...spec,
        updateStrategy: rollingDefaults(spec.updateStrategy, { maxUnavailable: 1, maxSurge: 0 }),
      };
      if (ctx.isCreate && !obj.status)
        obj.status = {
          currentNumberScheduled: 0,
          numberMisscheduled: 0,
          desiredNumberScheduled: 0,
          numberReady: 0,
        };
      break;
    case 'StatefulSet':
      obj.spec = {
        replicas: 1,
        podManagementPolicy: 'OrderedReady',
        revisionHistoryLimit: 10,
        persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
        ...spec,
        updateStrategy: rollingDefaults(spec.updateStrategy, { partition: 0 }),
      };
      if (ctx.isCreate && !obj.status) obj.status = { replicas: 0, availableReplicas: 0 };
      break;
    case 'ReplicaSet':
      obj.spec = { replicas: 1, ...spec };
      if (ctx.isCreate && !obj.status) obj.status = { replicas: 0 };
      break;
    case 'Secret':
      // stringData is write-only: merged into data (base64) on every write.
      if (isDict(obj.stringData)) {
        const encoded = Object.entries(obj.stringData).map(([k, v]) => [
          k,
          Buffer.from(String(v), 'utf8').toString('base64'),
        ]);
        obj.data = { ...asDict(obj.data), ...Object.fromEntries(encoded) };
        delete obj.stringData;
      }
      obj.type ??= 'Opaque';
      break;
    case 'Job':
      obj.spec = {
        parallelism: 1,
        completions: 1,
        backoffLimit: 6,
        completionMode: 'NonIndexed',
        suspend: false,
        ...spec,
      };
      if (ctx.isCreate && !obj.status) obj.status = {};
      break;
    case 'PodDisruptionBudget':
      // Written by the disruption controller, which the sandbox does not run.
      if (ctx.isCreate)
        obj.status = {
          currentHealthy: 0,
          desiredHealthy: 0,
          disruptionsAllowed: 0,
          expectedPods: 0,
        };
      break;
    default:
      break;
  }
};

const requireField = (errs: FieldError[], v: unknown, field: string): void => {
  if (v === undefined || v === null || v === '')
    errs.push({ type: 'FieldValueRequired', field, message: 'Required value' });
};

const builtinValidate = (obj: KObj): FieldError[] => {
  const errs: FieldError[] = [];
  const spec = asDict(obj.spec);
  switch (obj.kind) {
    case 'Pod': {
      const containers = spec.containers;
      if (!Array.isArray(containers) || containers.length === 0)
        requireField(errs, undefined, 'spec.containers');
      else
        containers.forEach((c, i) =>
          requireField(errs, asDict(c).name, `spec.containers[${i}].name`),
        );
      break;
    }
    case 'Deployment':
    case 'DaemonSet':
    case 'StatefulSet':
    case 'ReplicaSet': {
      const sel = asDict(spec.selector);
      const tmplLabels = asDict(asDict(asDict(spec.template).metadata).labels);
      if (!isDict(spec.selector)) requireField(errs, undefined, 'spec.selector');
      else {
        const ml = asDict(sel.matchLabels);
        if (Object.keys(ml).length === 0 && !Array.isArray(sel.matchExpressions)) {
          errs.push({
            type: 'FieldValueInvalid',
            field: 'spec.selector',
            message:
              'Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
          });
        }
        for (const [k, v] of Object.entries(ml)) {
          if (tmplLabels[k] !== v) {
            errs.push({
              type: 'FieldValueInvalid',
              field: 'spec.template.metadata.labels',
              message: `Invalid value: ${JSON.stringify(tmplLabels)}: \`selector\` does not match template \`labels\``,
            });
            break;
          }
        }
      }
      const containers = asDict(asDict(spec.template).spec).containers;
      if (!Array.isArray(containers) || containers.length === 0)
        requireField(errs, undefined, 'spec.template.spec.containers');
      break;
    }
    case 'Secret':
      Object.entries(asDict(obj.data)).forEach(([k, v]) => {
        if (typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v) || v.length % 4 !== 0)
          errs.push({
            type: 'FieldValueInvalid',
            field: `data[${k}]`,
            message: 'Invalid value: illegal base64 data',
          });
      });
      break;
    case 'Job': {
      const policy = asDict(asDict(spec.template).spec).restartPolicy;
      if (policy !== 'Never' && policy !== 'OnFailure')
        errs.push({
          type: 'FieldValueNotSupported',
          field: 'spec.template.spec.restartPolicy',
          message: `Unsupported value: "${String(policy ?? 'Always')}": supported values: "OnFailure", "Never"`,
        });
      const containers = asDict(asDict(spec.template).spec).containers;
      if (!Array.isArray(containers) || containers.length === 0)
        requireField(errs, undefined, 'spec.template.spec.containers');
      break;
    }
    case 'RoleBinding':
    case 'ClusterRoleBinding': {
      const ref = asDict(obj.roleRef);
      requireField(errs, ref.kind, 'roleRef.kind');
      requireField(errs, ref.name, 'roleRef.name');
      break;
    }
    case 'CustomResourceDefinition': {
      const names = asDict(spec.names);
      requireField(errs, spec.group, 'spec.group');
      requireField(errs, names.plural, 'spec.names.plural');
      requireField(errs, names.kind, 'spec.names.kind');
      if (spec.scope !== 'Namespaced' && spec.scope !== 'Cluster') {
        errs.push({
          type: 'FieldValueNotSupported',
          field: 'spec.scope',
          message: `Unsupported value: "${String(spec.scope ?? '')}": supported values: "Cluster", "Namespaced"`,
        });
      }
      if (
        names.plural &&
        spec.group &&
        obj.metadata.name !== `${String(names.plural)}.${String(spec.group)}`
      ) {
        errs.push({
          type: 'FieldValueInvalid',
          field: 'metadata.name',
          message: `Invalid value: "${obj.metadata.name}": must be spec.names.plural+"."+spec.group`,
        });
      }
      const versions = spec.versions;
      if (!Array.isArray(versions) || versions.length === 0)
        requireField(errs, undefined, 'spec.versions');
      else if (versions.filter((v) => asDict(v).storage === true).length !== 1) {
        errs.push({
          type: 'FieldValueInvalid',
          field: 'spec.versions',
          message: `Invalid value: ${JSON.stringify(versions.map((v) => asDict(v).name))}: must have exactly one version marked as storage version`,
        });
      }
      break;
    }
    default:
      break;
  }
  return errs;
};

/** Defaults, prunes and validates `obj` in place; throws a 422 (or 400 for strict unknown fields). */
export const admit = (
  rt: ResourceType,
  version: string,
  obj: KObj,
  old: KObj | undefined,
  ctx: AdmissionContext,
): void => {
  const errs: FieldError[] = [];
  const name = obj.metadata.name ?? '';
  if (ctx.isCreate) {
    if (!name)
      errs.push({
        type: 'FieldValueRequired',
        field: 'metadata.name',
        message: 'Required value: name or generateName is required',
      });
    else errs.push(...validateName(name, nameRuleFor(rt.kind)));
  }
  errs.push(...validateLabels(obj.metadata.labels));
  const vinfo = rt.versions.find((v) => v.name === version);
  if (rt.crd && vinfo?.schema) {
    const schema = vinfo.schema as Schema;
    applyDefaults(obj, schema);
    const res: ValidationResult = { errors: [], unknown: [] };
    validateSchema(obj as unknown as Dict, schema, '', old, res);
    if (ctx.strict && res.unknown.length > 0) {
      throw badRequest(
        `${rt.kind} in version "${version}" cannot be handled as a ${rt.kind}: strict decoding error: ${res.unknown.map((u) => `unknown field "${u}"`).join(', ')}`,
      );
    }
    errs.push(...res.errors);
  } else if (!rt.crd) {
    builtinDefaults(obj, ctx);
    errs.push(...builtinValidate(obj));
  }
  if (errs.length > 0) throw invalid(rt.kind, rt.group, name, errs);
};
