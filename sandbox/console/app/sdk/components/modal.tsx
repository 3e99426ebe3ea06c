import * as React from 'react';
import type * as SDK from '@openshift-console/dynamic-plugin-sdk';

type AnyModal = React.ComponentType<{ closeModal: () => void }>;
type Open = { id: string; Component: AnyModal; props: Record<string, unknown> };
type Launch = (component: AnyModal, props: unknown, id?: string) => void;

const ModalContext = React.createContext<Launch>(() => undefined);

/** Renders the modals launched through useModal; one per id. */
export const ModalProvider: React.FC<{ children?: React.ReactNode }> = ({ children }) => {
  const [open, setOpen] = React.useState<Open[]>([]);
  const launch = React.useCallback<Launch>((Component, props, id = '__default__') => {
    setOpen((o) => [
      ...o.filter((m) => m.id !== id),
      { id, Component, props: (props ?? {}) as Record<string, unknown> },
    ]);
  }, []);
  return (
    <ModalContext.Provider value={launch}>
      {children}
      {open.map(({ id, Component, props }) => (
        <Component
          key={id}
          {...props}
          closeModal={() => setOpen((o) => o.filter((m) => m.id !== id))}
        />
      ))}
    </ModalContext.Provider>
  );
};

export const useModal: typeof SDK.useModal = () =>
  React.useContext(ModalContext) as unknown as ReturnType<typeof SDK.useModal>;
