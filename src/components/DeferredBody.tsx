import * as React from 'react';
import { Loading } from './Loading';

/** Marks the spinner shown until the body is in (tests wait for it to go). */
export const DEFERRED_LOADING = 'deferred-body-loading';

const Pending: React.FC = () => (
  <div data-test={DEFERRED_LOADING}>
    <Loading />
  </div>
);

/**
 * A page's body whose code is a chunk of its own (`React.lazy`), asked for only once the page has
 * committed: the watches its hooks start in that commit send their list requests first, and the
 * body's code then loads beside the lists instead of ahead of them (over HTTP/1.1 the browser
 * opens six connections to the console). Until the body is in, a spinner.
 */
export const DeferredBody: React.FC<{ children: React.ReactNode }> = ({ children }) => {
  const [committed, setCommitted] = React.useState(false);
  React.useEffect(() => setCommitted(true), []);
  return (
    <React.Suspense fallback={<Pending />}>{committed ? children : <Pending />}</React.Suspense>
  );
};
