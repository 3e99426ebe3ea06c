import * as React from 'react';
import { Alert, AlertActionLink, List, ListItem, Stack } from '@patternfly/react-core';
import { useNavigate } from 'react-router-dom-v5-compat';
import { progressOf, type RunState } from '../../../mesh/common/stepRunner';
import type { FieldChange } from '../../../mesh/install/merge';
import type { PlanStep } from '../../../mesh/install/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import { ApplyProgress } from './ApplyProgress';
import { FieldChanges } from './FieldChanges';

type Props = { state: RunState<PlanStep, FieldChange[]> };

const useNow = (running: boolean): number => {
  const [now, setNow] = React.useState(Date.now());
  React.useEffect(() => {
    if (!running) return undefined;
    // A clock for the elapsed column only: it makes no request.
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [running]);
  return running ? now : Date.now();
};

export const ApplyStep: React.FC<Props> = ({ state }) => {
  const { t } = useAmbientTranslation();
  const navigate = useNavigate();
  const now = useNow(state.status === 'running');
  const steps = progressOf(state);
  const failed = steps.find((s) => s.status === 'failed');
  const done = steps.filter((s) => s.status === 'done');
  return (
    <Stack hasGutter>
      {state.status === 'idle' && <Alert variant="info" isInline title={t('Starting…')} />}
      {state.status === 'running' && (
        <Alert
          variant="info"
          isInline
          title={t(
            'Installing. Each resource is written in order and must become Ready before the next one.',
          )}
        />
      )}
      {failed && state.status === 'failed' && (
        <Alert variant="danger" isInline isLiveRegion title={t('{{id}} failed', { id: failed.id })}>
          <Stack hasGutter>
            {failed.changes ? (
              <>
                <div>
                  {t(
                    '{{id}} changed after you reviewed it, so nothing was written to it. Retry writes only your changes onto it as it is now:',
                    { id: failed.id },
                  )}
                </div>
                <FieldChanges
                  id={`meanwhile-${failed.id}`}
                  changes={failed.changes}
                  caption={t('Changed meanwhile on {{id}}', { id: failed.id })}
                  columns={[t('When reviewed'), t('Now')]}
                />
              </>
            ) : (
              <div>
                {failed.timedOut
                  ? t('It did not become Ready in time. Last reason: {{reason}}. {{message}}', {
                      reason: failed.reason ?? '-',
                      message: failed.message ?? '',
                    })
                  : failed.error}
              </div>
            )}
            <div>
              {done.length
                ? t('Already in place (kept on Retry, never created twice):')
                : t('Nothing has been written yet.')}
            </div>
            {done.length > 0 && (
              <List>
                {done.map((s) => (
                  <ListItem key={s.id}>{s.id}</ListItem>
                ))}
              </List>
            )}
            <div>
              {t('Retry resumes from the failed resource. Back keeps everything you typed.')}
            </div>
          </Stack>
        </Alert>
      )}
      {state.status === 'succeeded' && (
        <Alert
          variant="success"
          isInline
          isLiveRegion
          title={t('Ambient mode is installed')}
          actionLinks={
            <>
              <AlertActionLink onClick={() => navigate('/ambient-mesh')}>
                {t('View the overview')}
              </AlertActionLink>
              <AlertActionLink onClick={() => navigate('/ambient-mesh/namespaces')}>
                {t('Enroll namespaces')}
              </AlertActionLink>
            </>
          }
        >
          {t(
            'Istio, IstioCNI and ZTunnel are Ready. Next, enroll namespaces so that their pods join the mesh.',
          )}
        </Alert>
      )}
      <ApplyProgress steps={steps} now={now} />
    </Stack>
  );
};
