import * as React from 'react';
import { DocumentTitle, ListPageBody, ListPageHeader } from '@openshift-console/dynamic-plugin-sdk';
import { PageState } from './PageState';

type Props = {
  title: string;
  /** The browser tab's title, when it differs from the heading. */
  documentTitle?: string;
  /** Buttons in the page's header. */
  actions?: React.ReactNode;
  /** Loading, error and empty states of the body (`PageState`); without `loaded`, none. */
  loaded?: boolean;
  error?: unknown;
  empty?: boolean;
  emptyTitle?: string;
  emptyMessage?: React.ReactNode;
  /** Shown after the body: the page's modals. */
  after?: React.ReactNode;
  children: React.ReactNode;
};

/** A page of the plugin as the console frames it: tab title, heading, body and its states. */
export const PageFrame: React.FC<Props> = ({
  title,
  documentTitle,
  actions,
  loaded,
  after,
  children,
  ...states
}) => (
  <>
    <DocumentTitle>{documentTitle ?? title}</DocumentTitle>
    <ListPageHeader title={title}>{actions}</ListPageHeader>
    <ListPageBody>
      {loaded === undefined ? (
        children
      ) : (
        <PageState loaded={loaded} {...states}>
          {children}
        </PageState>
      )}
    </ListPageBody>
    {after}
  </>
);
