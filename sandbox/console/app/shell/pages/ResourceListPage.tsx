import * as React from 'react';
import type { K8sGroupVersionKind, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Bullseye, Label, Spinner } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { DocumentTitle } from '../../sdk/components/DocumentTitle';
import { ListPageBody, ListPageHeader } from '../../sdk/components/ListPage';
import { ResourceLink } from '../../sdk/components/ResourceLink';
import { Timestamp } from '../../sdk/components/Timestamp';
import { useK8sWatchResource } from '../../sdk/useK8sWatchResource';
import { ActionMenu } from '../actions/ActionMenu';

type Props = { title: string; gvk: K8sGroupVersionKind };
type WithPhase = K8sResourceCommon & { status?: { phase?: string } };

const errorText = (e: unknown) =>
  (e as { json?: { message?: string } })?.json?.message ?? (e as Error)?.message ?? String(e);

/** The Namespaces or Projects list: name, status, created, and each row's action menu. */
export const ResourceListPage: React.FC<Props> = ({ title, gvk }) => {
  const [items, loaded, error] = useK8sWatchResource<WithPhase[]>({
    groupVersionKind: gvk,
    isList: true,
  });
  const sorted = [...(items ?? [])].sort((a, b) =>
    (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? ''),
  );
  let body: React.ReactNode;
  if (error) {
    body = (
      <Alert variant="danger" isInline title={`Could not list ${title.toLowerCase()}`}>
        {errorText(error)}
      </Alert>
    );
  } else if (!loaded) {
    body = (
      <Bullseye>
        <Spinner aria-label="Loading" />
      </Bullseye>
    );
  } else {
    body = (
      <Table aria-label={title} variant="compact">
        <Thead>
          <Tr>
            <Th>Name</Th>
            <Th>Status</Th>
            <Th>Created</Th>
            <Th screenReaderText="Actions" />
          </Tr>
        </Thead>
        <Tbody>
          {sorted.map((o) => (
            <Tr key={o.metadata?.uid ?? o.metadata?.name}>
              <Td dataLabel="Name">
                <ResourceLink groupVersionKind={gvk} name={o.metadata?.name} />
              </Td>
              <Td dataLabel="Status">
                <Label isCompact>{o.status?.phase ?? 'Active'}</Label>
              </Td>
              <Td dataLabel="Created">
                <Timestamp timestamp={o.metadata?.creationTimestamp ?? ''} />
              </Td>
              <Td isActionCell>
                <ActionMenu resource={o} model={gvk} />
              </Td>
            </Tr>
          ))}
        </Tbody>
      </Table>
    );
  }
  return (
    <>
      <DocumentTitle>{title}</DocumentTitle>
      <ListPageHeader title={title} />
      <ListPageBody>{body}</ListPageBody>
    </>
  );
};
