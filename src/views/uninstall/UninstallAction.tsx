import * as React from 'react';
import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import { useNavigate } from 'react-router-dom-v5-compat';
import { useAmbientTranslation } from '../../utils/useAmbientTranslation';

/** The overview's Actions menu: the ways to the upgrade and uninstall pages. */
export const UninstallAction: React.FC = () => {
  const { t } = useAmbientTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = React.useState(false);
  return (
    <Dropdown
      isOpen={open}
      onOpenChange={setOpen}
      onSelect={() => setOpen(false)}
      popperProps={{ position: 'right' }}
      toggle={(ref) => (
        <MenuToggle ref={ref} onClick={() => setOpen(!open)} isExpanded={open}>
          {t('Actions')}
        </MenuToggle>
      )}
    >
      <DropdownList>
        <DropdownItem onClick={() => navigate('/ambient-mesh/upgrade')}>
          {t('Upgrade ambient mode')}
        </DropdownItem>
        <DropdownItem onClick={() => navigate('/ambient-mesh/uninstall')}>
          {t('Uninstall ambient mode')}
        </DropdownItem>
      </DropdownList>
    </Dropdown>
  );
};
