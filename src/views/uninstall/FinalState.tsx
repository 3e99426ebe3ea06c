import * as React from 'react';
import { Alert, Card, CardBody, CardTitle, List, ListItem } from '@patternfly/react-core';
import { Link } from 'react-router-dom-v5-compat';
import type { Leftover, LeftoverReason } from '../../mesh/uninstall/leftovers';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

/** The console's page of installed operators (where the Service Mesh operator can be removed). */
const INSTALLED_OPERATORS =
  '/k8s/all-namespaces/operators.coreos.com~v1alpha1~ClusterServiceVersion';

/** What is left on the cluster after the run, and why. */
export const FinalState: React.FC<{ leftovers: Leftover[]; finished: boolean }> = ({
  leftovers,
  finished,
}) => {
  const { t } = useAmbientTranslation();
  const why: Record<LeftoverReason, string> = {
    'kept-by-choice': t('kept: you did not ask to delete it'),
    'holds-others': t('kept: it holds objects the operator did not create'),
    protected: t('kept: a namespace of the platform'),
    'still-there': t('still there'),
  };
  return (
    <Card data-test="final-state">
      <CardTitle>{finished ? t('Ambient mode is uninstalled') : t('What is left')}</CardTitle>
      <CardBody>
        <List data-test="leftovers">
          {leftovers.map((l) => (
            <ListItem key={l.what} data-test={`leftover-${l.what}`}>
              {l.what}: {why[l.reason]}
              {l.others?.length
                ? ` (${l.others.map((o) => `${o.kind}/${o.name}`).join(', ')})`
                : ''}
            </ListItem>
          ))}
          <ListItem data-test="leftover-operator">
            {t('The Service Mesh operator: still installed; this page never removes it.')}{' '}
            <Link to={INSTALLED_OPERATORS}>{t('Installed Operators')}</Link>
          </ListItem>
        </List>
        {finished && leftovers.length === 0 && (
          <Alert
            variant="success"
            isInline
            isPlain
            title={t('Nothing of ambient mode is left on the cluster.')}
          />
        )}
      </CardBody>
    </Card>
  );
};
