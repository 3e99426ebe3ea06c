import * as React from 'react';
import { Switch } from '@patternfly/react-core';

const DARK = 'pf-v6-theme-dark';
const KEY = 'sandbox-theme';

/** Light or dark PatternFly theme: the `pf-v6-theme-dark` class on <html>. */
export const ThemeSwitch: React.FC = () => {
  const [dark, setDark] = React.useState(() => document.documentElement.classList.contains(DARK));
  React.useEffect(() => {
    document.documentElement.classList.toggle(DARK, dark);
    localStorage.setItem(KEY, dark ? 'dark' : 'light');
  }, [dark]);
  return (
    <Switch
      id="theme-switch"
      label="Dark theme"
      isChecked={dark}
      onChange={(_e, checked) => setDark(checked)}
    />
  );
};
