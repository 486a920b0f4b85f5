// git tag (builtin/tag.c): the list (-l/--list with patterns, -n[<num>] with the first lines of each message),
// a lightweight tag, an annotated one (-a, -m, -F; without a message the editor on .git/TAG_EDITMSG), -f to
// replace, -d to delete. The tag object is `object`, `type`, `tag`, `tagger` and the message, as create_tag writes it.
import type { CommandRun } from '../../types';
import type { Git } from './run';
import { USAGE } from './help';
import { ident } from './config';
import { parseOpts, tableFromUsage, has, val, vals } from './opts';
import { abbrev, fatal, readCommit, readObject, readRef, readText, refNames, resolveRev, validBranch, writeObject, writeRef, type Repo } from './repo';
import { stripspace } from './cmd-commit';
import { editMessage } from './edit';

/** The tags, by name in byte order (refs/tags, nested names with their slashes). */
export const tagNames = (r: Repo): string[] => refNames(r, 'tags');

/** wildmatch as the list uses it: `*`, `?` and `[...]`. */
const glob = (p: string) => new RegExp('^' + p.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');

function list(g: Git, r: Repo, patterns: string[], lines: number): number {
  let out = '';
  for (const name of tagNames(r)) {
    if (patterns.length && !patterns.some((p) => glob(p).test(name))) continue;
    if (!lines) {
      out += name + '\n';
      continue;
    }
    // -n: the tag's message (a lightweight tag: its commit's), its first lines, indented after the name
    const oid = readRef(r, `refs/tags/${name}`)!;
    const o = readObject(r, oid);
    let msg = '';
    if (o?.type === 'tag') msg = o.body.slice(o.body.indexOf('\n\n') + 2);
    else if (o?.type === 'commit') msg = readCommit(r, oid)!.message;
    const body = msg.replace(/\n+$/, '').split('\n').slice(0, lines);
    out += `${name.padEnd(15)} ${body.join('\n    ')}\n`;
  }
  g.ctx.out(out);
  return 0;
}

export function* tag(g: Git): CommandRun {
  const usage = USAGE.tag;
  // -n takes its number stuck to it (-n2); parse-options' optional argument
  const table = tableFromUsage(usage).map((o) => (o.short === 'n' ? { ...o, arg: 'optional' as const } : o));
  const p = parseOpts(g.args, table, usage);
  const r = g.repo();
  const ctx = g.ctx;
  const fs = ctx.host.fs;
  if (has(p, 'delete')) {
    let status = 0;
    for (const name of p.args) {
      const oid = readRef(r, `refs/tags/${name}`);
      if (!oid) {
        ctx.err(`error: tag '${name}' not found.\n`);
        status = 1;
        continue;
      }
      fs.remove(`${r.git}/refs/tags/${name}`);
      ctx.out(`Deleted tag '${name}' (was ${abbrev(r, oid)})\n`);
    }
    return status;
  }
  const nOpt = p.opts.get('n');
  const lines = nOpt ? (typeof nOpt[nOpt.length - 1] === 'string' ? Number(nOpt[nOpt.length - 1]) : 1) : 0;
  if (has(p, 'list') || !p.args.length || (nOpt && !p.args.length)) return list(g, r, has(p, 'list') || nOpt ? p.args : [], lines);
  if (p.args.length > 2) fatal('too many arguments');
  const [name, target = 'HEAD'] = p.args;
  const messages = vals(p, 'message');
  const file = val(p, 'file');
  const annotate = has(p, 'annotate') || messages.length > 0 || file !== undefined;
  const object = resolveRev(r, target, false);
  if (!object) fatal(`Failed to resolve '${target}' as a valid ref.`);
  if (!validBranch(name)) fatal(`'${name}' is not a valid tag name.`);
  const prev = readRef(r, `refs/tags/${name}`);
  if (prev && !has(p, 'force')) fatal(`tag '${name}' already exists`);
  let oid = object!;
  if (annotate) {
    let msg: string | null;
    if (messages.length) msg = messages.map((m) => stripspace(m, false)).join('\n');
    else if (file !== undefined) {
      const t = file === '-' ? (ctx.stdin ?? '') : readText(fs, fs.resolve(g.cwd, file));
      if (t === null) fatal(`could not open or read '${file}': No such file or directory`);
      msg = stripspace(String(t), true);
    } else {
      const tpl = '\n#\n# Write a message for tag:\n#   ' + name + "\n# Lines starting with '#' will be ignored.\n#\n";
      msg = yield* editMessage(g, `${r.git}/TAG_EDITMSG`, tpl);
      if (msg === null) return 130;
      if (!msg) fatal('no tag message?');
    }
    const type = readObject(r, object!)?.type ?? 'commit';
    const tagger = ident(ctx, r, 'committer', ctx.world.now);
    oid = writeObject(r, 'tag', `object ${object}\ntype ${type}\ntag ${name}\ntagger ${tagger.line}\n\n${msg}`);
  }
  writeRef(r, `refs/tags/${name}`, oid);
  if (prev && prev !== oid) ctx.out(`Updated tag '${name}' (was ${abbrev(r, prev)})\n`);
  return 0;
}
