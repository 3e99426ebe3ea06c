import * as React from 'react';
import {
  Alert,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  List,
  ListItem,
  Stack,
  Tab,
  TabTitleText,
  Tabs,
} from '@patternfly/react-core';
import { YamlBlock } from '../../../components/YamlBlock';
import { installRevision, istiodAddress } from '../../../mesh/install/revision';
import { ocCommands } from '../../../mesh/install/oc';
import { planYaml } from '../../../mesh/install/yaml';
import type { InstallChoices, InstallPlan } from '../../../mesh/install/types';
import { useAmbientTranslation } from '../../../utils/useAmbientTranslation';
import type { InstallAccess } from './useInstallAccess';
import type { DryRun } from './useDryRun';
import { ReviewChanges } from './ReviewChanges';

type Props = {
  choices: InstallChoices;
  plan: InstallPlan;
  dryRun: DryRun;
  access: InstallAccess;
  ztunnelVersion: string;
  live: Record<string, unknown>;
};

export const ReviewStep: React.FC<Props> = ({
  choices: c,
  plan,
  dryRun,
  access,
  ztunnelVersion,
  live,
}) => {
  const { t } = useAmbientTranslation();
  const [tab, setTab] = React.useState<string | number>('yaml');
  const yaml = React.useMemo(() => planYaml(plan), [plan]);
  const oc = React.useMemo(() => ocCommands(plan), [plan]);
  const revision = installRevision(c);
  const ztunnel = plan.steps.find((s) => s.kind === 'ZTunnel')?.manifest;
  const address = istiodAddress(revision, c.istioNamespace);
  const row = (term: string, value: string) => (
    <DescriptionListGroup key={term}>
      <DescriptionListTerm>{term}</DescriptionListTerm>
      <DescriptionListDescription>{value}</DescriptionListDescription>
    </DescriptionListGroup>
  );
  return (
    <Stack hasGutter>
      {!access.loading && !access.canApply && (
        <Alert variant="danger" isInline title={t('You may not install ambient mode')}>
          {t(
            'Your user lacks these permissions: {{missing}}. You can still review and download the manifests and give them to a cluster administrator.',
            {
              missing: access.missing.join(', '),
            },
          )}
        </Alert>
      )}
      {dryRun.running && (
        <Alert
          variant="info"
          isInline
          title={t('Checking every write with the API server (dry run)…')}
        />
      )}
      {dryRun.done && !dryRun.problems.length && (
        <Alert
          variant="success"
          isInline
          title={t(
            'The API server accepted every write in a dry run. Nothing has been changed yet.',
          )}
        />
      )}
      {dryRun.problems.length > 0 && (
        <Alert
          variant="danger"
          isInline
          title={t('The API server refused some writes (dry run). Nothing has been changed.')}
        >
          <List>
            {dryRun.problems.map((p) => (
              <ListItem key={`${p.stepId}-${p.message}`}>
                {t('{{step}}: {{message}}', { step: p.stepId, message: p.message })}
              </ListItem>
            ))}
          </List>
          {t('Fix the fields marked in the earlier steps, then come back.')}
        </Alert>
      )}
      <DescriptionList isHorizontal isCompact>
        {row(
          t('Istio'),
          t('{{name}} ({{version}}, {{strategy}}) in {{namespace}}', {
            name: c.istioName,
            version: c.version,
            strategy: c.updateStrategy,
            namespace: c.istioNamespace,
          }),
        )}
        {row(t('Revision'), revision)}
        {row(t('IstioCNI'), t('default in {{namespace}}', { namespace: c.cniNamespace }))}
        {row(
          t('ZTunnel'),
          t('default (sailoperator.io/{{version}}) in {{namespace}}', {
            version: ztunnelVersion,
            namespace: c.ztunnelNamespace,
          }),
        )}
        {row(
          t('ZTunnel connects to'),
          ztunnel?.spec?.targetRef
            ? t('{{address}}, through spec.targetRef (Istio {{name}})', {
                address,
                name: c.istioName,
              })
            : t('{{address}}, through spec.values.ztunnel', { address }),
        )}
        {row(
          t('Scope'),
          c.scope === 'cluster'
            ? c.discoverySelectors.length
              ? t('The whole cluster (the existing discovery selectors are removed)')
              : t('The whole cluster')
            : t('Namespaces labelled {{label}}: {{names}}', {
                label: c.discoveryLabel,
                names: plan.steps
                  .filter((s) => s.kind === 'Namespace')
                  .map((s) => s.name)
                  .join(', '),
              }),
        )}
      </DescriptionList>
      <ReviewChanges plan={plan} dryRun={dryRun} live={live} />
      <Tabs
        activeKey={tab}
        onSelect={(_e, k) => setTab(k)}
        aria-label={t('Manifests and commands')}
      >
        <Tab eventKey="yaml" title={<TabTitleText>{t('YAML')}</TabTitleText>}>
          <YamlBlock
            id="install-yaml"
            code={yaml}
            fileName="ambient-install.yaml"
            ariaLabel={t('Install manifests')}
          />
        </Tab>
        <Tab eventKey="oc" title={<TabTitleText>{t('oc commands')}</TabTitleText>}>
          <YamlBlock
            id="install-oc"
            code={oc}
            fileName="ambient-install.sh"
            ariaLabel={t('oc commands')}
            language="shell"
          />
        </Tab>
      </Tabs>
    </Stack>
  );
};
