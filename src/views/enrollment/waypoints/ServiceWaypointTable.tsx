import * as React from 'react';
import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { HelperText, HelperTextItem } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { errorMessage } from '../../../k8s/errors';
import { USE_WAYPOINT_LABEL } from '../../../mesh/labels';
import { resolveWaypoint } from '../../../mesh/waypoints/resolve';
import { setServiceWaypoint } from '../../../resources/service/mutations';
import type { ServiceKind } from '../../../k8s/service/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import type { NamespaceTabData } from '../common/useNamespaceTabData';
import { UseWaypointSelect } from './UseWaypointSelect';
import { getLabel, getName } from '../../../k8s/common/selectors';

/** Per service: its own `istio.io/use-waypoint`, and the waypoint that applies. */
export const ServiceWaypointTable: React.FC<{ data: NamespaceTabData; waypoints: string[] }> = ({
  data,
  waypoints,
}) => {
  const { t } = useAmbientTranslation();
  const [allowed, checking] = useAccessReview({
    group: '',
    resource: 'services',
    verb: 'patch',
    namespace: data.name,
  });
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const stateText = (svc: ServiceKind): string => {
    const r = resolveWaypoint(svc, data.namespace, 'service', data.waypointIndex);
    if (!r) return t('None');
    const states = {
      ready: t('ready'),
      'not-ready': t('no address yet'),
      missing: t('no such Gateway'),
      denied: t('its allowedRoutes do not admit this namespace'),
      'wrong-traffic-type': t('does not take service traffic'),
    };
    return t('{{name}} ({{state}}, from {{source}})', {
      name: r.name,
      state: states[r.state],
      source: r.source,
    });
  };
  const set = async (svc: ServiceKind, v: string | null) => {
    const name = getName(svc);
    try {
      setErrors((e) => ({ ...e, [name]: '' }));
      await setServiceWaypoint(svc, v);
    } catch (e) {
      setErrors((errs) => ({ ...errs, [name]: errorMessage(e) }));
    }
  };
  return (
    <Table aria-label={t('Services')} variant="compact">
      <Thead>
        <Tr>
          <Th>{t('Service')}</Th>
          <Th>{t('Service label')}</Th>
          <Th>{t('Waypoint that applies')}</Th>
        </Tr>
      </Thead>
      <Tbody>
        {data.services.map((svc) => {
          const name = getName(svc);
          return (
            <Tr key={name} data-test={`service-row-${name}`}>
              <Td dataLabel={t('Service')}>{name}</Td>
              <Td dataLabel={t('Service label')}>
                <UseWaypointSelect
                  value={getLabel(svc, USE_WAYPOINT_LABEL)}
                  waypoints={waypoints}
                  onChange={(v) => void set(svc, v)}
                  ariaLabel={t('Waypoint of service {{name}}', { name })}
                  unsetLabel={t('Inherit from namespace')}
                  disabledReason={
                    checking
                      ? t('Checking permissions')
                      : allowed
                        ? undefined
                        : t('You may not change services in {{name}}', { name: data.name })
                  }
                />
                {errors[name] && (
                  <HelperText>
                    <HelperTextItem variant="error">{errors[name]}</HelperTextItem>
                  </HelperText>
                )}
              </Td>
              <Td dataLabel={t('Waypoint that applies')} data-test="service-waypoint">
                {stateText(svc)}
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
