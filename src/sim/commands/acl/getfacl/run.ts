// getfacl of acl 2.3.1 over the guest's files: the comment header (# file, # owner, # group), the access ACL, the
// default ACL of a directory with "default:" before each entry, a blank line; #effective comments where the mask
// takes rights away (all of them with -e, none with -E), aligned to column 32 on a terminal (TEXT_SMART_INDENT);
// -a/-d one ACL only (-d prints the default entries without the prefix), -c no header, -s skip minimal ACLs,
// -n numbers, -R recursion, -p keeps a leading '/', -t the tabular form of the access ACL.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import type { FsNode } from '../../../fs';
import { def } from '../../lib/guest';
import { ownerOf } from '../../lib/files';
import { accessAcl, defaultAcl, groupName, hasAcl, permText, userName, type Entry } from '../../lib/acl';
import { canRead } from '../../../util';
import { spec, SYNOPSIS } from './spec';

interface Show {
  numeric: boolean;
  effective: 'some' | 'all' | 'none';
  indent: boolean;
}

function entryText(ctx: CommandContext, e: Entry, prefix: string, mask: number | undefined, show: Show): string {
  const q = e.id === undefined ? '' : show.numeric ? String(e.id) : e.tag === 'user' ? userName(ctx.host, e.id) : groupName(ctx.host, e.id);
  const text = `${prefix}${e.tag}:${q}:${permText(e.perm)}`;
  const masked = mask !== undefined && (e.id !== undefined || e.tag === 'group') && e.tag !== 'mask' && e.tag !== 'other';
  if (!masked || show.effective === 'none') return text + '\n';
  const eff = e.perm & mask;
  if (eff === e.perm && show.effective !== 'all') return text + '\n';
  let tabs = '\t';
  if (show.indent) for (let col = (text.length & ~7) + 8; col < 32; col += 8) tabs += '\t';
  return `${text}${tabs}#effective:${permText(eff)}\n`;
}

function aclText(ctx: CommandContext, entries: Entry[], prefix: string, show: Show): string {
  const mask = entries.find((e) => e.tag === 'mask')?.perm;
  return entries.map((e) => entryText(ctx, e, prefix, mask, show)).join('');
}

/** -t: the access ACL as a table (owner and owning group in capitals). */
function tabular(ctx: CommandContext, entries: Entry[], own: string): string {
  return entries
    .map((e) => {
      const label = e.tag === 'user' ? (e.id === undefined ? 'USER' : 'user') : e.tag === 'group' ? (e.id === undefined ? 'GROUP' : 'group') : e.tag;
      const q = e.id !== undefined ? (e.tag === 'user' ? userName(ctx.host, e.id) : groupName(ctx.host, e.id)) : e.tag === 'user' || e.tag === 'group' ? own : '';
      return `${label.padEnd(6)} ${q.padEnd(9)} ${permText(e.perm).padEnd(8)}\n`;
    })
    .join('');
}

function* getfacl(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const files = ctx.operands ?? [];
  if (!files.length) {
    ctx.err(SYNOPSIS);
    return 2;
  }
  const show: Show = { numeric: o.has('numeric'), effective: o.has('all-effective') ? 'all' : o.has('no-effective') ? 'none' : 'some', indent: ctx.tty };
  const onlyAccess = o.has('access') && !o.has('default');
  const onlyDefault = o.has('default') && !o.has('access');
  let status = 0;
  let warned = false;
  const fs = ctx.host.fs;
  const one = (name: string, abs: string, node: FsNode) => {
    if (o.has('skip-base') && !hasAcl(node)) return;
    let shown = name;
    if (!o.has('absolute-names') && shown.startsWith('/')) {
      shown = shown.replace(/^\/+/, '') || '.';
      if (!warned) ctx.err("getfacl: Removing leading '/' from absolute path names\n");
      warned = true;
    }
    const { user: who, group: grp } = ownerOf(node, abs);
    const uid = ctx.host.users.get(who)?.uid ?? 0;
    const gid = ctx.host.groups?.get(grp)?.gid ?? ctx.host.users.get(grp)?.gid ?? 0;
    let out = '';
    if (o.has('tabular')) {
      out += `# file: ${shown}\n` + tabular(ctx, accessAcl(node), who);
      ctx.out(out + '\n');
      return;
    }
    if (!o.has('omit-header')) out += `# file: ${shown}\n# owner: ${show.numeric ? uid : who}\n# group: ${show.numeric ? gid : grp}\n`;
    if (!onlyDefault) out += aclText(ctx, accessAcl(node), '', show);
    const d = defaultAcl(node);
    if (d && !onlyAccess) out += aclText(ctx, d, onlyDefault ? '' : 'default:', show);
    ctx.out(out + '\n');
  };
  const walk = (name: string, abs: string, top: boolean) => {
    const found = fs.lookup(abs, !(top || o.has('logical')));
    if (typeof found === 'string' || !canRead(ctx.frame.user, abs)) {
      ctx.err(`getfacl: ${name}: ${typeof found === 'string' && found === 'ENOTDIR' ? 'Not a directory' : typeof found === 'string' ? 'No such file or directory' : 'Permission denied'}\n`);
      status = 1;
      return;
    }
    one(name, found.path, found.node);
    if (o.has('recursive') && found.node.type === 'dir') {
      const list = fs.list(found.path);
      if (typeof list === 'string') return;
      for (const e of list) walk(`${name.replace(/\/+$/, '')}/${e.name}`, fs.join(found.path, e.name), false);
    }
  };
  for (const f of files) walk(f, fs.resolve(ctx.frame.cwd, f, ctx.frame.env.HOME), true);
  return status;
}

def({ name: 'getfacl', summary: 'get file access control lists', spec, run: getfacl });
