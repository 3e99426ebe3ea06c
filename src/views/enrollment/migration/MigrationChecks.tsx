import * as React from 'react';
import { List, ListItem, Stack, StackItem, Title } from '@patternfly/react-core';
import { Status, type StatusKind } from '../../../components/Status';
import type { CheckState, MigrationChecks as Checks } from '../../../mesh/migration/checks';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

const ICON: Record<CheckState, StatusKind> = {
  pass: 'success',
  fail: 'danger',
  unknown: 'unknown',
};

type Props = { checks: Checks };

/** What the move checks first, from upstream's migration guide. */
export const MigrationChecks: React.FC<Props> = ({ checks }) => {
  const { t } = useAmbientTranslation();
  const ambient: Record<CheckState, string> = {
    pass: t('Ambient is installed: ZTunnel and IstioCNI are Ready'),
    fail: t('Ambient is not ready: {{reasons}}', {
      reasons: checks.ambient.reasons.join(', ') || t('not installed'),
    }),
    unknown: t('Could not read the ZTunnel and IstioCNI resources'),
  };
  const discovered: Record<CheckState, string> = {
    pass: t('The namespace is seen by istiod (discovery selectors)'),
    fail: t(
      "The namespace is not seen by istiod: it matches none of the Istio's discovery selectors",
    ),
    unknown: t("Could not read the Istio resource's discovery selectors"),
  };
  return (
    <Stack hasGutter data-test="migration-checks">
      <StackItem>
        <Title headingLevel="h3" size="md">
          {t('Checks')}
        </Title>
      </StackItem>
      <StackItem data-test="check-ambient">
        <Status status={ICON[checks.ambient.state]} label={ambient[checks.ambient.state]} />
      </StackItem>
      <StackItem data-test="check-discovered">
        <Status status={ICON[checks.discovered]} label={discovered[checks.discovered]} />
      </StackItem>
      <StackItem data-test="check-waypoint-users">
        {checks.waypointUsers.length === 0 ? (
          <Status status="success" label={t('No L7 policy or route needs a waypoint')} />
        ) : (
          <>
            <Status
              status="warning"
              label={t('{{count}} object needs a waypoint in ambient', {
                count: checks.waypointUsers.length,
              })}
            />
            <List>
              {checks.waypointUsers.map((u) => (
                <ListItem
                  key={`${u.kind}/${u.name}`}
                  data-test={`waypoint-user-${u.kind}-${u.name}`}
                >
                  {t('{{kind}} {{name}} ({{why}})', {
                    kind: u.kind,
                    name: u.name,
                    why: u.why.join(', '),
                  })}
                  {u.selectorBound &&
                    ` ${t('Bound to pods by selector: once the sidecars are gone, ztunnel denies all traffic to them until the policy targets the waypoint (targetRefs)')}`}
                </ListItem>
              ))}
            </List>
            {checks.waypointUsers.some((u) => u.kind === 'VirtualService') &&
              t(
                'A waypoint serves VirtualServices in ambient as an Alpha feature; upstream recommends HTTPRoute',
              )}
          </>
        )}
      </StackItem>
      <StackItem>
        <Status
          status="info"
          label={t(
            'Sidecar resources in this namespace no longer apply: ambient pods have no sidecar to configure',
          )}
        />
      </StackItem>
    </Stack>
  );
};
