import * as React from 'react';
import { USERS, USER_COOKIE, isSandboxUser, type SandboxUser } from '../../users';
import { ChoiceSelect } from './ChoiceSelect';

export const currentUser = (): SandboxUser => {
  const raw = document.cookie
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${USER_COOKIE}=`))
    ?.slice(USER_COOKIE.length + 1);
  return isSandboxUser(raw) ? raw : 'admin';
};

/** Chooses the user whose token the console sends; the page reloads as after a new login. */
export const UserSwitch: React.FC = () => {
  const user = currentUser();
  return (
    <ChoiceSelect
      label="User"
      text={user}
      value={user}
      options={Object.keys(USERS).map((u) => ({ value: u, label: u }))}
      onChange={(next) => {
        document.cookie = `${USER_COOKIE}=${encodeURIComponent(next)}; path=/; SameSite=Strict`;
        window.location.reload();
      }}
    />
  );
};
