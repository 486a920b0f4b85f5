// Who owns a node of a guest's file system. The image's files carry no owner of their own: the path tells it
// (root's, and what is under /home/USER is USER's, as the box ships it). A node made while a command runs records
// its maker (Vfs.creator: the command's user and primary group, root under sudo), chown changes it, mv keeps it.
import { inheritAcl, type NodeAcl } from './fs-acl';

export interface Owner {
  user: string;
  group: string;
}
/** Who makes nodes now: the owner they get and the making process's file-creation mask (umask). */
export interface Maker extends Owner {
  umask?: number;
}

/**
 * The permission bits a new node gets (open(2), mkdir(2)): what its maker asks for (0666 for a file, 0777 for a
 * directory when it does not say) less the maker's umask. Nodes made with no maker (the image's own files) get
 * what they ask for, 0644 and 0755 when they do not say.
 */
export function newMode(maker: Maker | undefined, asked: number | undefined, dir: boolean): number {
  if (maker?.umask === undefined) return asked ?? (dir ? 0o755 : 0o644);
  return (asked ?? (dir ? 0o777 : 0o666)) & ~(maker.umask & 0o777);
}

/** A new node: the ACL its directory passes on (files and directories), and its maker as owner. */
export function born<T extends { type: 'file' | 'dir' | 'link'; mode: number; acl?: NodeAcl; owner?: Owner }>(creator: Owner | undefined, parent: { acl?: NodeAcl }, node: T): T {
  if (node.type !== 'link') inheritAcl(parent, node as { type: 'file' | 'dir'; mode: number; acl?: NodeAcl });
  if (creator) node.owner = { user: creator.user, group: creator.group };
  return node;
}

/**
 * The owner the image gives a path: the user of /home/USER; the SSH user (vagrant) for the synced folder /vagrant
 * ("By default, Vagrant mounts the synced folders with the owner/group set to the SSH user", Vagrant's synced
 * folder docs); root elsewhere.
 */
export function pathOwner(path: string): string {
  const m = /^\/home\/([^/]+)/.exec(path);
  if (m) return m[1];
  return path === '/vagrant' || path.startsWith('/vagrant/') ? 'vagrant' : 'root';
}

/** A node's owner and group: its own, else its path's (user and group of the same name). */
export function ownerOf(node: { owner?: Owner }, path: string): Owner {
  if (node.owner) return node.owner;
  const user = pathOwner(path);
  return { user, group: user };
}

type Accounts = { users: Map<string, { gid: number; uid?: number }>; groups?: Map<string, { name: string; gid: number }> };

/** Who a user's new nodes belong to: the user and the group of its primary gid; with `frame`, its shell's umask. */
export function makerOf(host: Accounts, user: string, frame?: { umask?: number; user: string }): Maker {
  const gid = host.users.get(user)?.gid;
  const group = gid === undefined ? user : ([...(host.groups?.values() ?? [])].find((g) => g.gid === gid)?.name ?? user);
  return frame ? { user, group, umask: umaskOf(frame, host) } : { user, group };
}

/**
 * The umask a login gives `user`: pam_umask (session of /etc/pam.d/postlogin, which sshd and su include; Rocky 9's
 * /etc/profile and /etc/bashrc set none) takes UMASK of Rocky's login.defs (022) and, as USERGROUPS_ENAB is yes,
 * for a user other than root whose primary group has the user's name makes the group bits the owner's (002).
 */
export function loginUmask(host: Accounts, user: string): number {
  return user !== 'root' && host.users.get(user)?.uid !== 0 && makerOf(host, user).group === user ? 0o002 : 0o022;
}

/** A shell's umask: what `umask` set, else its login's. */
export const umaskOf = (frame: { umask?: number; user: string }, host?: Accounts): number => frame.umask ?? (host ? loginUmask(host, frame.user) : frame.user === 'root' ? 0o022 : 0o002);

/** Write `path` as `maker` (an editor pane saving after its command ended): its owner and umask for a new file. */
export function writeAs(fs: { creator: Maker | undefined; write(abs: string, content: string): unknown }, maker: Maker | undefined, path: string, content: string): boolean {
  const was = fs.creator;
  fs.creator = maker ?? was;
  try {
    return fs.write(path, content) === null;
  } finally {
    fs.creator = was;
  }
}
