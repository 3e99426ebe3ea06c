import { isConditionTrue } from '../common/selectors';
import type { IstioRevisionTagKind } from './types';

/** The revision a tag resolves to, once the operator has reconciled it. */
export const getTagRevision = (tag: IstioRevisionTagKind): string | undefined =>
  isConditionTrue(tag, 'Reconciled') ? tag.status?.istioRevision || undefined : undefined;

export const getTagTarget = (tag: IstioRevisionTagKind): { kind?: string; name?: string } =>
  tag.spec?.targetRef ?? {};

/** Whether the operator counts the tag as used by a namespace or pod (its `InUse` condition). */
export const isTagInUse = (tag: IstioRevisionTagKind): boolean => isConditionTrue(tag, 'InUse');
