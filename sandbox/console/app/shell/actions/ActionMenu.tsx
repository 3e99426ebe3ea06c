import * as React from 'react';
import type { K8sGroupVersionKind, K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';
import { Dropdown, DropdownList, MenuToggle, Spinner, DropdownItem } from '@patternfly/react-core';
import EllipsisVIcon from '@patternfly/react-icons/dist/esm/icons/ellipsis-v-icon';
import { ActionItem } from './ActionItem';
import { type ProviderResult, ProviderRunner } from './ProviderRunner';
import { useActionProviders } from './useActionProviders';

type Props = {
  resource: K8sResourceCommon;
  model: K8sGroupVersionKind;
  /** A kebab in list rows, a labelled "Actions" button on details pages. */
  variant?: 'kebab' | 'button';
};

/**
 * The actions of a resource from the plugins' action providers. As the console's lazy action
 * menu, providers run only once the menu is first opened.
 */
export const ActionMenu: React.FC<Props> = ({ resource, model, variant = 'kebab' }) => {
  const [open, setOpen] = React.useState(false);
  const [opened, setOpened] = React.useState(false);
  const providers = useActionProviders(model, opened);
  const [results, setResults] = React.useState<Record<string, ProviderResult>>({});
  const report = React.useMemo(
    () =>
      Object.fromEntries(
        (providers ?? []).map((p) => [
          p.uid,
          (r: ProviderResult) => setResults((prev) => ({ ...prev, [p.uid]: r })),
        ]),
      ),
    [providers],
  );
  const actions = (providers ?? []).flatMap((p) => results[p.uid]?.actions ?? []);
  const loading =
    !providers ||
    providers.some((p) => p.hook && !results[p.uid]?.loaded && !results[p.uid]?.error);
  const name = resource.metadata?.name ?? '';
  return (
    <>
      {providers?.map((p) =>
        p.hook ? (
          <ProviderRunner
            key={p.uid}
            useProvider={p.hook}
            resource={resource}
            onResult={report[p.uid]}
          />
        ) : null,
      )}
      <Dropdown
        isOpen={open}
        onOpenChange={setOpen}
        popperProps={{ position: 'right' }}
        toggle={(ref) => (
          <MenuToggle
            ref={ref}
            variant={variant === 'kebab' ? 'plain' : 'default'}
            aria-label={variant === 'kebab' ? `Actions for ${name}` : 'Actions'}
            isExpanded={open}
            onClick={() => {
              setOpened(true);
              setOpen((o) => !o);
            }}
            icon={variant === 'kebab' ? <EllipsisVIcon /> : undefined}
          >
            {variant === 'kebab' ? undefined : 'Actions'}
          </MenuToggle>
        )}
      >
        <DropdownList aria-label={`Actions for ${name}`}>
          {actions.map((a) => (
            <ActionItem key={a.id} action={a} onDone={() => setOpen(false)} />
          ))}
          {loading && (
            <DropdownItem isDisabled key="loading">
              <Spinner size="sm" aria-label="Loading actions" />
            </DropdownItem>
          )}
          {!loading && actions.length === 0 && (
            <DropdownItem isDisabled key="none">
              No actions
            </DropdownItem>
          )}
        </DropdownList>
      </Dropdown>
    </>
  );
};
