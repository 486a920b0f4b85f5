// POSIX ACLs of the guest's files as acl 2.3.1 (libacl) shows and changes them. A node's mode bits are its
// minimal ACL (user::, group::, other::); an extended one keeps the named users and groups and the owning
// group's permissions on the node (FsNode.acl), the mode's group bits being the mask (so chmod g… sets the mask,
// as the kernel does). ls -l shows `+` for a node with either an extended or a default ACL.
import type { AclEntry, FsNode, NodeAcl } from '../../fs';
import type { Host } from '../../types';
import { findGroup, findUser, groupByGid, userByUid } from './accounts';

export type Tag = 'user' | 'group' | 'mask' | 'other';
/** One entry: the owner's, the owning group's, the mask and other have no id. */
export interface Entry {
  tag: Tag;
  id?: number;
  perm: number;
}

export const permText = (p: number) => (p & 4 ? 'r' : '-') + (p & 2 ? 'w' : '-') + (p & 1 ? 'x' : '-');

const byId = (a: AclEntry, b: AclEntry) => a[0] - b[0];

/** Whether `ls -l` marks the node with `+` (acl_extended_file: an extended access ACL or a default ACL). */
export function hasAcl(node: FsNode): boolean {
  return node.type !== 'link' && !!(node.acl?.access || node.acl?.def);
}

/** The access ACL in libacl's order: user::, user:…, group::, group:…, mask::, other::. */
export function accessAcl(node: FsNode): Entry[] {
  const m = node.mode;
  const a = node.type === 'link' ? undefined : node.acl?.access;
  const out: Entry[] = [{ tag: 'user', perm: (m >> 6) & 7 }];
  if (!a) return [...out, { tag: 'group', perm: (m >> 3) & 7 }, { tag: 'other', perm: m & 7 }];
  for (const [id, perm] of [...a.users].sort(byId)) out.push({ tag: 'user', id, perm });
  out.push({ tag: 'group', perm: a.group });
  for (const [id, perm] of [...a.groups].sort(byId)) out.push({ tag: 'group', id, perm });
  out.push({ tag: 'mask', perm: (m >> 3) & 7 }, { tag: 'other', perm: m & 7 });
  return out;
}

/** The default ACL (directories), or null. */
export function defaultAcl(node: FsNode): Entry[] | null {
  const d = node.type === 'dir' ? node.acl?.def : undefined;
  if (!d) return null;
  const out: Entry[] = [{ tag: 'user', perm: d.user }];
  for (const [id, perm] of [...d.users].sort(byId)) out.push({ tag: 'user', id, perm });
  out.push({ tag: 'group', perm: d.group });
  for (const [id, perm] of [...d.groups].sort(byId)) out.push({ tag: 'group', id, perm });
  if (d.mask !== undefined) out.push({ tag: 'mask', perm: d.mask });
  out.push({ tag: 'other', perm: d.other });
  return out;
}

/** Store an ACL on the node: the mode bits take user::, the mask (else group::) and other::. */
export function storeAccess(node: FsNode, entries: Entry[]): void {
  if (node.type === 'link') return;
  const get = (tag: Tag) => entries.find((e) => e.tag === tag && e.id === undefined);
  const users = entries.filter((e) => e.tag === 'user' && e.id !== undefined).map((e): AclEntry => [e.id!, e.perm]);
  const groups = entries.filter((e) => e.tag === 'group' && e.id !== undefined).map((e): AclEntry => [e.id!, e.perm]);
  const mask = get('mask');
  const group = get('group')!.perm;
  node.mode = (node.mode & ~0o777) | (get('user')!.perm << 6) | ((mask ? mask.perm : group) << 3) | get('other')!.perm;
  const acl: NodeAcl = { ...node.acl };
  if (mask) acl.access = { users, groups, group };
  else delete acl.access;
  setAcl(node, acl);
}

export function storeDefault(node: FsNode, entries: Entry[] | null): void {
  if (node.type !== 'dir') return;
  const acl: NodeAcl = { ...node.acl };
  if (!entries) delete acl.def;
  else {
    const get = (tag: Tag) => entries.find((e) => e.tag === tag && e.id === undefined);
    acl.def = {
      user: get('user')!.perm,
      users: entries.filter((e) => e.tag === 'user' && e.id !== undefined).map((e): AclEntry => [e.id!, e.perm]),
      group: get('group')!.perm,
      groups: entries.filter((e) => e.tag === 'group' && e.id !== undefined).map((e): AclEntry => [e.id!, e.perm]),
      ...(get('mask') ? { mask: get('mask')!.perm } : {}),
      other: get('other')!.perm,
    };
  }
  setAcl(node, acl);
}

function setAcl(node: FsNode, acl: NodeAcl): void {
  if (node.type === 'link') return;
  if (acl.access || acl.def) node.acl = acl;
  else delete node.acl;
}

export function userName(host: Host, id: number): string {
  return userByUid(host, id)?.name ?? String(id);
}
export function groupName(host: Host, id: number): string {
  return groupByGid(host, id)?.name ?? String(id);
}
/** A qualifier as setfacl reads it: a name, else a number. */
export function userId(host: Host, q: string): number | undefined {
  return findUser(host, q)?.uid ?? (/^\d+$/.test(q) ? Number(q) : undefined);
}
export function groupId(host: Host, q: string): number | undefined {
  return findGroup(host, q)?.gid ?? (/^\d+$/.test(q) ? Number(q) : undefined);
}
