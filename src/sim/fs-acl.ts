// POSIX ACLs on the file system's nodes (setfacl/getfacl, ls's `+`): the shapes, and how a new node inherits a default ACL.

/** An ACL entry's qualifier (uid or gid) and permission bits (4 r, 2 w, 1 x). */
export type AclEntry = [id: number, perm: number];
/**
 * A POSIX ACL beyond the mode bits (setfacl). `access`: the named users and groups and the owning group's
 * permissions (group::), the mask being the mode's group bits. `def`: a directory's default ACL, whole.
 */
export interface NodeAcl {
  access?: { users: AclEntry[]; groups: AclEntry[]; group: number };
  def?: { user: number; users: AclEntry[]; group: number; groups: AclEntry[]; mask?: number; other: number };
}

/** A new file or directory in a directory with a default ACL takes it (the umask does not apply). */
export function inheritAcl(parent: { acl?: NodeAcl }, node: { type: 'file' | 'dir'; mode: number; acl?: NodeAcl }): void {
  const d = parent.acl?.def;
  if (!d) return;
  const req = node.type === 'dir' ? 0o777 : 0o666;
  const mask = d.mask ?? d.group;
  node.mode = (node.mode & ~0o777) | ((d.user & (req >> 6)) << 6) | ((mask & ((req >> 3) & 7)) << 3) | (d.other & req & 7);
  const acl: NodeAcl = {};
  if (d.mask !== undefined) acl.access = { users: d.users.map(([i, q]) => [i, q]), groups: d.groups.map(([i, q]) => [i, q]), group: d.group };
  if (node.type === 'dir') acl.def = { ...d, users: d.users.map(([i, q]) => [i, q]), groups: d.groups.map(([i, q]) => [i, q]) };
  if (acl.access || acl.def) node.acl = acl;
}
