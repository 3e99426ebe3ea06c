import * as React from 'react';
import { Checkbox, List, ListItem, Stack, StackItem } from '@patternfly/react-core';
import type { RestartTarget } from '../../../mesh/migration/plan';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';

export type MoveOptions = { waypoint: boolean; restart: boolean };

type Props = {
  options: MoveOptions;
  onChange: (o: MoveOptions) => void;
  /** The waypoint to create; undefined when the namespace has one already. */
  newWaypoint?: string;
  existingWaypoint?: string;
  targets: RestartTarget[];
  /** Why a choice cannot be made, if it cannot. */
  waypointDenied?: string;
  restartDenied?: string;
};

/** The choices of the move: a waypoint, and the consent to restart the listed workloads. */
export const MigrationOptions: React.FC<Props> = ({
  options,
  onChange,
  newWaypoint,
  existingWaypoint,
  targets,
  waypointDenied,
  restartDenied,
}) => {
  const { t } = useAmbientTranslation();
  return (
    <Stack hasGutter>
      <StackItem>
        {newWaypoint ? (
          <Checkbox
            id="migration-waypoint"
            label={t('Create waypoint {{name}} and use it for the namespace', {
              name: newWaypoint,
            })}
            description={waypointDenied}
            isChecked={options.waypoint}
            isDisabled={!!waypointDenied}
            onChange={(_e, waypoint) => onChange({ ...options, waypoint })}
          />
        ) : (
          <Checkbox
            id="migration-waypoint"
            label={t('Use waypoint {{name}} for the namespace', { name: existingWaypoint })}
            isChecked={options.waypoint}
            onChange={(_e, waypoint) => onChange({ ...options, waypoint })}
          />
        )}
      </StackItem>
      <StackItem>
        {targets.length === 0 ? (
          t('No workload runs a sidecar: nothing to restart')
        ) : (
          <Checkbox
            id="migration-restart"
            label={t(
              'Restart these workloads one at a time, as kubectl rollout restart does, so their pods come back without a sidecar',
            )}
            description={restartDenied}
            isChecked={options.restart}
            isDisabled={!!restartDenied}
            onChange={(_e, restart) => onChange({ ...options, restart })}
            body={
              <List data-test="restart-targets">
                {targets.map((w) => (
                  <ListItem key={w.id}>
                    {t('{{kind}} {{name}} ({{count}} pod)', {
                      kind: w.kind,
                      name: w.name,
                      count: w.pods.length,
                    })}
                  </ListItem>
                ))}
              </List>
            }
          />
        )}
      </StackItem>
    </Stack>
  );
};
