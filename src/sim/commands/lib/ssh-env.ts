// The environment of an ssh login (sshd's, PAM's session modules', /etc/profile(.d)'s) and the figures it shares
// with ss and loginctl. Loaded with the guest commands: a lab that starts in an ssh login gets these variables when
// its shell starts (shell/startvars.ts).
import type { Host } from '../../types';
import type { World } from '../../world';
import { loginEnv } from '../../login';
import { profileExports } from './profile-env';

/** The session number logind gave the interactive login (the connections `vagrant up` made before had the lower ones). */
export const SESSION_ID = '4';

/** The client port of the guest's ssh login, as ss shows the connection (set by each `vagrant ssh`). */
export function sshPeerPort(world: World, hostId: string): number {
  return (world.ext.get(`ssh-port:${hostId}`) as number | undefined) ?? 50_000 + (world.seed % 15_000);
}

/**
 * The environment of an ssh login to `host`: sshd's (MAIL, SSH_CLIENT, SSH_CONNECTION, SSH_TTY), PAM's session
 * modules' (pam_systemd's XDG_* and DBUS_SESSION_BUS_ADDRESS, pam_motd's MOTD_SHOWN, pam_selinux's empty SELINUX_*),
 * then what /etc/profile and /etc/profile.d export (less.sh's LESSOPEN), as `env` shows it on Rocky 9.
 */
export function sshEnv(host: Host, user: string, conn: { from: string; port: number; to: string; tty?: string }): Record<string, string> {
  return { ...loginEnv(host, user), ...sshSessionVars(host, user, conn) };
}

/** What an ssh login adds to the login environment (sshEnv less loginEnv). */
export function sshSessionVars(host: Host, user: string, conn: { from: string; port: number; to: string; tty?: string }): Record<string, string> {
  const uid = host.users.get(user)?.uid ?? 0;
  // sshd's MAIL is the one /etc/profile sets again; less.sh's LESSOPEN comes last
  const { MAIL, LESSOPEN } = profileExports(host, user);
  return {
    MAIL,
    SSH_CLIENT: `${conn.from} ${conn.port} 22`,
    SSH_CONNECTION: `${conn.from} ${conn.port} ${conn.to} 22`,
    ...(conn.tty ? { SSH_TTY: conn.tty } : {}),
    XDG_SESSION_ID: SESSION_ID,
    XDG_RUNTIME_DIR: `/run/user/${uid}`,
    XDG_SESSION_TYPE: 'tty',
    XDG_SESSION_CLASS: 'user',
    DBUS_SESSION_BUS_ADDRESS: `unix:path=/run/user/${uid}/bus`,
    MOTD_SHOWN: 'pam',
    SELINUX_ROLE_REQUESTED: '',
    SELINUX_LEVEL_REQUESTED: '',
    SELINUX_USE_CURRENT_RANGE: '',
    LESSOPEN,
  };
}

