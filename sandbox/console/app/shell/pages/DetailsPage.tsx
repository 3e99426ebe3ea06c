import * as React from 'react';
import { useExtensions } from '@openshift/dynamic-plugin-sdk';
import type { K8sGroupVersionKind, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Breadcrumb,
  BreadcrumbItem,
  Bullseye,
  Flex,
  FlexItem,
  PageSection,
  Spinner,
  Tab,
  TabTitleText,
  Tabs,
  Title,
} from '@patternfly/react-core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom-v5-compat';
import { CodeRefComponent } from '../../plugins/CodeRefComponent';
import { isHorizontalNavTab, sameModel } from '../../plugins/extensions';
import { DocumentTitle } from '../../sdk/components/DocumentTitle';
import { useK8sWatchResource } from '../../sdk/useK8sWatchResource';
import { ActionMenu } from '../actions/ActionMenu';
import { labelNamespaces, translateLabel } from '../i18n';
import { DetailsTab } from './DetailsTab';

const PANEL_ID = 'details-page-tab-panel';

type Props = { gvk: K8sGroupVersionKind; listPath: string; listTitle: string };

/** A Namespace or Project details page: Details plus the plugins' horizontalNav tabs. */
export const DetailsPage: React.FC<Props> = ({ gvk, listPath, listTitle }) => {
  const { name = '', '*': rest = '' } = useParams();
  const tabHref = rest.split('/')[0];
  const navigate = useNavigate();
  const tabs = useExtensions(isHorizontalNavTab).filter((e) => sameModel(e.properties.model, gvk));
  const { t } = useTranslation(labelNamespaces(tabs.map((e) => e.properties.page.name)));
  const [obj, loaded, error] = useK8sWatchResource<K8sResourceCommon>({
    groupVersionKind: gvk,
    name,
  });
  const base = `${listPath}/${encodeURIComponent(name)}`;
  const active = tabs.find((e) => e.properties.page.href === tabHref);

  let content: React.ReactNode;
  if (error) {
    content = (
      <Alert variant="danger" isInline title={`${gvk.kind} ${name} could not be loaded`}>
        {(error as { message?: string }).message ?? String(error)}
      </Alert>
    );
  } else if (!loaded || !obj) {
    content = (
      <Bullseye>
        <Spinner aria-label="Loading" />
      </Bullseye>
    );
  } else if (active) {
    content = (
      <CodeRefComponent
        codeRef={active.properties.component}
        props={{ obj }}
        pluginName={active.pluginName}
      />
    );
  } else {
    content = <DetailsTab obj={obj} model={gvk} />;
  }

  return (
    <>
      <DocumentTitle>{`${name} · ${gvk.kind} details`}</DocumentTitle>
      <PageSection hasBodyWrapper={false}>
        <Breadcrumb>
          <BreadcrumbItem>
            <Link to={listPath}>{listTitle}</Link>
          </BreadcrumbItem>
          <BreadcrumbItem isActive>{`${gvk.kind} details`}</BreadcrumbItem>
        </Breadcrumb>
        <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }} className="pf-v6-u-mt-md">
          <FlexItem>
            <Title headingLevel="h1">{name}</Title>
          </FlexItem>
          <FlexItem>
            {obj && loaded && <ActionMenu resource={obj} model={gvk} variant="button" />}
          </FlexItem>
        </Flex>
      </PageSection>
      <Tabs
        activeKey={active ? active.properties.page.href : ''}
        onSelect={(_e, key) => navigate(key ? `${base}/${key}` : base)}
        aria-label={`${gvk.kind} tabs`}
        // The page body is a flex column: without this, long tab content squeezes the tab bar.
        className="pf-v6-u-px-md pf-v6-u-flex-shrink-0"
      >
        {[
          <Tab
            key="details"
            eventKey=""
            title={<TabTitleText>Details</TabTitleText>}
            tabContentId={PANEL_ID}
          />,
          ...tabs.map((e) => (
            <Tab
              key={e.uid}
              eventKey={e.properties.page.href}
              title={<TabTitleText>{translateLabel(e.properties.page.name, t)}</TabTitleText>}
              tabContentId={PANEL_ID}
            />
          )),
        ]}
      </Tabs>
      {/* the tabs are links: one panel shows the active tab's page */}
      <div
        id={PANEL_ID}
        role="tabpanel"
        aria-label={active ? translateLabel(active.properties.page.name, t) : 'Details'}
      >
        {content}
      </div>
    </>
  );
};
