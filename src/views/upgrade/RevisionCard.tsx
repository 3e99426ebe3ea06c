import * as React from 'react';
import { Card, CardBody, CardTitle, List, ListItem } from '@patternfly/react-core';
import {
  getAnnotation,
  getCondition,
  getLabel,
  getName,
  getNamespace,
  isConditionTrue,
} from '../../k8s/common/selectors';
import type { UpgradePlan } from '../../mesh/upgrade/plan';
import { activeRevisionName } from '../../mesh/enrollment/revisions';
import { ISTIO_REV_LABEL } from '../../mesh/labels';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';
import type { UpgradeData } from './useUpgradeData';
import { RemoveRevision } from './RemoveRevision';

/**
 * RevisionBased: the tags (moved by the upgrade, or following the Istio by themselves), the
 * namespaces that follow each, and the Istio's other revisions with what still uses them. The
 * operator deletes an inactive revision once nothing uses it (`InUse` False) and its grace
 * period has passed; what pins it is a namespace or pod labelled `istio.io/rev` with its name.
 */
export const RevisionCard: React.FC<{ data: UpgradeData; plan: UpgradePlan }> = ({
  data,
  plan,
}) => {
  const { t } = useAmbientTranslation();
  const istio = data.install.istio;
  if (!istio || plan.strategy !== 'RevisionBased') return null;
  const active = activeRevisionName(istio);
  const uid = istio.metadata?.uid;
  const others = data.revisions.filter(
    (r) => getName(r) !== active && (r.metadata?.ownerReferences ?? []).some((o) => o.uid === uid),
  );
  const pinnedBy = (name: string) =>
    data.namespaces.filter((n) => getLabel(n, ISTIO_REV_LABEL) === name).map(getName);
  // pods the revision injected (its annotation) or that name it; not its own istiod
  const podsOf = (name: string) =>
    data.allPods
      .filter(
        (p) =>
          getLabel(p, 'app') !== 'istiod' &&
          (getAnnotation(p, ISTIO_REV_LABEL) === name || getLabel(p, ISTIO_REV_LABEL) === name),
      )
      .map((p) => `${getNamespace(p)}/${getName(p)}`);
  return (
    <Card data-test="revisions">
      <CardTitle>{t('Revisions')}</CardTitle>
      <CardBody>
        <List>
          <ListItem>{t('Active revision: {{name}}', { name: active })}</ListItem>
          {plan.tags.map((tag) => (
            <ListItem key={tag.name} data-test={`tag-${tag.name}`}>
              {tag.moves
                ? t('Tag {{tag}} names the old revision: the upgrade moves it to the new one.', {
                    tag: tag.name,
                  })
                : t('Tag {{tag}} targets the Istio: it follows the active revision by itself.', {
                    tag: tag.name,
                  })}{' '}
              {t('Namespaces following it: {{names}}', {
                names: pinnedBy(tag.name).join(', ') || t('none labelled'),
              })}
            </ListItem>
          ))}
          {others.map((r) => {
            const name = getName(r);
            const inUse = isConditionTrue(r, 'InUse');
            const pinned = [...pinnedBy(name), ...podsOf(name)];
            return (
              <ListItem key={name} data-test={`old-revision-${name}`}>
                {inUse
                  ? t('Revision {{name}} is still in use: {{why}}', {
                      name,
                      why: [getCondition(r, 'InUse')?.message, pinned.join(', ')]
                        .filter(Boolean)
                        .join('; '),
                    })
                  : t(
                      'Revision {{name}} is no longer in use: the operator removes it after its grace period.',
                      { name },
                    )}
                {!inUse && (
                  <>
                    {' '}
                    <RemoveRevision
                      name={name}
                      uid={r.metadata?.uid}
                      istiodNamespace={r.spec?.namespace ?? ''}
                    />
                  </>
                )}
              </ListItem>
            );
          })}
        </List>
      </CardBody>
    </Card>
  );
};
