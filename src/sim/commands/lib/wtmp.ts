// The login records of a guest's /var/log/wtmp (host.sys.wtmp): the world writes a boot record when the guest
// starts and a shutdown record when it stops cleanly (world.ts setMachineState, as systemd-update-utmp does), sshd a
// login record for each interactive ssh login (login.ts lastLogin) and a logout record when that shell exits.
import type { Host } from '../../types';

export type WtmpRecord = NonNullable<NonNullable<Host['sys']>['wtmp']>[number];

/** The open ssh logins since the last boot or shutdown, oldest first. */
export function openLogins(host: Host): WtmpRecord[] {
  const open: WtmpRecord[] = [];
  for (const r of host.sys?.wtmp ?? []) {
    if (r.type === 'login') open.push(r);
    else if (r.type === 'logout') {
      const i = open.findIndex((o) => o.line === r.line);
      if (i >= 0) open.splice(i, 1);
    } else open.length = 0;
  }
  return open;
}

/** sshd's logout record (an empty user on the login's terminal) when the newest open login of `user` ends. */
export function recordLogout(host: Host, user: string, at: number): void {
  const login = openLogins(host).filter((r) => r.user === user).pop();
  if (login) host.sys!.wtmp!.push({ type: 'logout', at, line: login.line });
}
