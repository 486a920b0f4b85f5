// setfacl of acl 2.3.1 over the guest's files (setfacl/do_set.c): -m/-M add or change entries, -x/-X remove them,
// -b removes every extended entry and the default ACL, -k the default ACL, --set replaces the ACL; -d works on
// the default ACL (a directory without one starts from a copy of its access ACL). Unless -n, or a mask is given,
// the mask becomes the union of the group class (group::, named users and groups). Only the owner or root may
// change an ACL. -R walks directories (physically unless -L). Errors in setfacl's words; --test and --restore
// are not modelled, and --set keeps the base entries it leaves out rather than refusing the ACL.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import type { FsNode } from '../../../fs';
import { def, isRoot } from '../../lib/guest';
import { ownerOf, readFile } from '../../lib/files';
import { accessAcl, defaultAcl, storeAccess, storeDefault, type Entry } from '../../lib/acl';
import { parseAcl, type Spec } from './parse';
import { spec, SYNOPSIS } from './spec';

type Op = { kind: 'modify' | 'remove' | 'set'; entries: Spec[] } | { kind: 'remove-all' | 'remove-default' };

/** libacl's entry order. */
const ORDER = ['user', 'user:', 'group', 'group:', 'mask', 'other'];

const same = (a: Entry, b: { tag: string; id?: number }) => a.tag === b.tag && a.id === b.id;

/** The group class's union, as acl_calc_mask() makes it. */
function recalc(acl: Entry[]): void {
  const named = acl.some((e) => e.id !== undefined);
  const mask = acl.find((e) => e.tag === 'mask');
  if (!named && !mask) return;
  const perm = acl.filter((e) => (e.tag === 'group' || e.id !== undefined) && e.tag !== 'mask').reduce((p, e) => p | e.perm, 0);
  if (mask) mask.perm = perm;
  else acl.splice(acl.findIndex((e) => e.tag === 'other'), 0, { tag: 'mask', perm });
}

function apply(acl: Entry[], entries: Spec[], node: FsNode): void {
  const canExec = node.type === 'dir' || (node.mode & 0o111) !== 0;
  for (const s of entries) {
    const perm = s.perm | (s.X && canExec ? 1 : 0);
    const e = acl.find((x) => same(x, s));
    if (e) e.perm = perm;
    else if (s.tag === 'mask') acl.splice(acl.findIndex((x) => x.tag === 'other'), 0, { tag: 'mask', perm });
    else if (s.id !== undefined) {
      // named entries after the base entry of their kind
      const last = acl.map((x) => x.tag === s.tag).lastIndexOf(true);
      acl.splice(last + 1, 0, { tag: s.tag, id: s.id, perm });
    }
  }
}

function* setfacl(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const files = ctx.operands ?? [];
  const ops: Op[] = [];
  for (const opt of o.list) {
    const flag = opt.key;
    if (flag === 'remove-all' || flag === 'remove-default') ops.push({ kind: flag });
    if (!['modify', 'remove', 'set', 'modify-file', 'remove-file', 'set-file'].includes(flag) || typeof opt.value !== 'string') continue;
    let text = opt.value;
    if (flag.endsWith('-file')) {
      const r = opt.value === '-' ? { ok: true as const, text: ctx.stdin ?? '' } : readFile(ctx, ctx.host.fs.resolve(ctx.frame.cwd, opt.value, ctx.frame.env.HOME));
      if (!r.ok) {
        ctx.err(`setfacl: ${opt.value}: No such file or directory\n`);
        return 2;
      }
      text = r.text;
    }
    const kind = flag.startsWith('modify') ? 'modify' : flag.startsWith('remove') ? 'remove' : 'set';
    const p = parseAcl(ctx.host, text, kind !== 'remove');
    const label = ({ modify: '-m', remove: '-x', 'modify-file': '-M', 'remove-file': '-X', set: '--set', 'set-file': '--set-file' } as Record<string, string>)[flag];
    if (!p.ok) {
      ctx.err('incomplete' in p ? `setfacl: Option ${label} incomplete\n` : `setfacl: Option ${label}: Invalid argument near character ${p.at}\n`);
      return 2;
    }
    ops.push({ kind, entries: p.entries.map((e) => ({ ...e, def: e.def || o.has('default') })) });
  }
  if (!ops.length || !files.length) {
    ctx.err(SYNOPSIS);
    return 2;
  }
  const wantsDefault = ops.some((op) => 'entries' in op && op.entries.some((e) => e.def));
  const fs = ctx.host.fs;
  let status = 0;
  const change = (name: string, abs: string, node: FsNode, top: boolean) => {
    if (node.type === 'link') return;
    if (wantsDefault && node.type !== 'dir') {
      if (top) {
        ctx.err(`setfacl: ${name}: Only directories can have default ACLs\n`);
        status = 1;
      }
      return;
    }
    if (!isRoot(ctx) && ownerOf(node, abs).user !== ctx.frame.user) {
      ctx.err(`setfacl: ${name}: Operation not permitted\n`);
      status = 1;
      return;
    }
    let acc = accessAcl(node).map((e) => ({ ...e }));
    let dflt = defaultAcl(node)?.map((e) => ({ ...e })) ?? null;
    let accChanged = false;
    let defChanged = false;
    let accMask = false;
    let defMask = false;
    for (const op of ops) {
      if (op.kind === 'remove-all') {
        acc = [acc.find((e) => e.tag === 'user' && e.id === undefined)!, acc.find((e) => e.tag === 'group' && e.id === undefined)!, acc.find((e) => e.tag === 'other')!];
        dflt = null;
        defChanged = true;
        continue;
      }
      if (op.kind === 'remove-default') {
        dflt = null;
        defChanged = true;
        continue;
      }
      const specs: Spec[] = 'entries' in op ? op.entries : [];
      for (const which of [false, true]) {
        const entries = specs.filter((e) => e.def === which);
        if (!entries.length) continue;
        if (which && !dflt) dflt = acc.map((e) => ({ ...e }));
        const acl = which ? dflt! : acc;
        if (op.kind === 'remove') {
          for (const s of entries) {
            if (s.id === undefined && s.tag !== 'mask') continue;
            const k = acl.findIndex((x) => same(x, s));
            if (k >= 0) acl.splice(k, 1);
          }
        } else if (op.kind === 'set') {
          // the base entries --set leaves out stay as they were
          const base = acl.filter((x) => x.id === undefined && x.tag !== 'mask' && !entries.some((s) => same(x, s)));
          acl.splice(0, acl.length, ...base);
          apply(acl, entries, node);
          acl.sort((x, y) => ORDER.indexOf(x.tag + (x.id === undefined ? '' : ':')) - ORDER.indexOf(y.tag + (y.id === undefined ? '' : ':')));
        } else apply(acl, entries, node);
        if (entries.some((s) => s.tag === 'mask' && op.kind !== 'remove')) {
          if (which) defMask = true;
          else accMask = true;
        }
        if (which) defChanged = true;
        else accChanged = true;
      }
    }
    const recalcMask = o.has('mask') || !o.has('no-mask');
    if (accChanged && recalcMask && !accMask) recalc(acc);
    if (dflt && defChanged && recalcMask && !defMask) recalc(dflt);
    storeAccess(node, acc);
    storeDefault(node, dflt);
    node.ctime = ctx.world.now;
  };
  const walk = (name: string, abs: string, top: boolean) => {
    const found = fs.lookup(abs, !(top || o.has('logical')));
    if (typeof found === 'string') {
      ctx.err(`setfacl: ${name}: ${found === 'ENOTDIR' ? 'Not a directory' : 'No such file or directory'}\n`);
      status = 1;
      return;
    }
    change(name, found.path, found.node, top);
    if (o.has('recursive') && found.node.type === 'dir') {
      const list = fs.list(found.path);
      if (typeof list !== 'string') for (const e of list) walk(`${name.replace(/\/+$/, '')}/${e.name}`, fs.join(found.path, e.name), false);
    }
  };
  for (const f of files) walk(f, fs.resolve(ctx.frame.cwd, f, ctx.frame.env.HOME), true);
  return status;
}

def({ name: 'setfacl', summary: 'set file access control lists', spec, run: setfacl });
