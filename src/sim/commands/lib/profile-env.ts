// What Rocky 9's /etc/profile and its /etc/profile.d scripts export beyond login.ts's loginEnv (PATH, USER,
// LOGNAME, HOME, HISTSIZE, HISTCONTROL): /etc/profile's MAIL, less.sh's LESSOPEN and which2.sh's which_declare.
// One source for the ssh login's environment (ssh-env.ts) and the shells sudo -i, sudo -s and sudo -i CMD start.
import type { Host } from '../../types';
import { guestFunctions } from '../../login';

/** less.sh: `export LESSOPEN="||/usr/bin/lesspipe.sh %s"` (the '||' intentional, rhbz#1254837). */
export const LESSOPEN = '||/usr/bin/lesspipe.sh %s';

/** What the profile.d scripts export, as /etc/bashrc sources them in a shell that is not a login shell too. */
export function profileDExports(host: Host): Record<string, string> {
  const { vars } = guestFunctions(host);
  // which2.sh exports which_declare (which_opt stays a shell variable)
  return { LESSOPEN, ...(vars.which_declare !== undefined ? { which_declare: vars.which_declare } : {}) };
}

/** What /etc/profile (MAIL="/var/spool/mail/$USER") and then its profile.d scripts export to a login shell of `user`. */
export function profileExports(host: Host, user: string): Record<string, string> {
  return { MAIL: `/var/spool/mail/${user}`, ...profileDExports(host) };
}
