import * as React from 'react';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

export const PRODUCT_NAME = 'Local Console';

/** Sets the browser tab's title while mounted. */
export const DocumentTitle: typeof SDK.DocumentTitle = ({ children }) => {
  React.useEffect(() => {
    document.title = children ? `${children} · ${PRODUCT_NAME}` : PRODUCT_NAME;
  }, [children]);
  return null;
};
