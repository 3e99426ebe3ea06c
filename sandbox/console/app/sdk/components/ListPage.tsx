import type * as SDK from '@openshift-console/dynamic-plugin-sdk';
import { Flex, FlexItem, PageSection, Title } from '@patternfly/react-core';

/** The heading of a list page: title, badge, help text and the primary action. */
export const ListPageHeader: typeof SDK.ListPageHeader = ({
  title,
  badge,
  helpText,
  helpAlert,
  children,
}) => (
  <PageSection hasBodyWrapper={false}>
    <Flex justifyContent={{ default: 'justifyContentSpaceBetween' }}>
      {title && (
        <FlexItem>
          <Title headingLevel="h1">
            {title} {badge}
          </Title>
        </FlexItem>
      )}
      {children && <FlexItem>{children}</FlexItem>}
    </Flex>
    {helpText && <p className="pf-v6-u-mt-sm">{helpText}</p>}
    {helpAlert}
  </PageSection>
);

/** The body of a list page. */
export const ListPageBody: typeof SDK.ListPageBody = ({ children }) => (
  <PageSection hasBodyWrapper={false}>{children}</PageSection>
);
