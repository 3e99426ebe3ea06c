import * as React from 'react';
import { errorMessage } from '../../../k8s/errors';

/**
 * A dialog's write: busy while it runs; on success `onDone` (the dialog closes), on failure the
 * API's message and the dialog stays open for another try.
 */
export const useDialogWrite = (onDone: () => void) => {
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState('');
  const run = async (write: () => Promise<unknown>) => {
    setBusy(true);
    setError('');
    try {
      await write();
      onDone();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return { busy, error, run };
};
