// Who owns a node of a guest's file system. The image's files carry no owner of their own: the path tells it
// (root's, and what is under /home/USER is USER's, as the box ships it). A node made while a command runs records
// its maker (Vfs.creator: the command's user and primary group, root under sudo), chown changes it, mv keeps it.
import { inheritAcl, type NodeAcl } from './fs-acl';

export interface Owner {
  user: string;
  group: string;
}

/** A new node: the ACL its directory passes on (files and directories), and its maker as owner. */
export function born<T extends { type: 'file' | 'dir' | 'link'; mode: number; acl?: NodeAcl; owner?: Owner }>(creator: Owner | undefined, parent: { acl?: NodeAcl }, node: T): T {
  if (node.type !== 'link') inheritAcl(parent, node as { type: 'file' | 'dir'; mode: number; acl?: NodeAcl });
  if (creator) node.owner = { ...creator };
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

/** Who a user's new nodes belong to: the user and the group of its primary gid. */
export function makerOf(host: { users: Map<string, { gid: number }>; groups?: Map<string, { name: string; gid: number }> }, user: string): Owner {
  const gid = host.users.get(user)?.gid;
  const group = gid === undefined ? user : ([...(host.groups?.values() ?? [])].find((g) => g.gid === gid)?.name ?? user);
  return { user, group };
}
