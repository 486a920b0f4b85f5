/**
 * kubectl edit in a shell: the object as YAML in an editor (the page's pane, or line by line without one);
 * saving applies the changes as a patch of what was edited; an edit the server refuses, or that does not
 * parse, reopens with the reasons in the header, as kubectl's editor loop does.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { CommandContext } from '../../../../context';
import { Interrupt, type CommandRun } from '../../../../types';
import { editFile } from '../../../../commands/editor';
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { nameOf } from '../../result';
import { toApi, toYaml } from '../../../format';
import { clone, type Obj } from '../../../objects';
import type { ResourceInfo } from '../../../resources';
import * as api from '../../../apiserver';
import { commit } from '../../update';

const HEADER =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n# and an empty file will abort the edit. If an error occurs while saving this file will be\n# reopened with the relevant failures.\n#\n";

interface Reason {
  head: string;
  other: string[];
}

/** kubectl's header, with the reasons of the last failed attempt */
function header(reasons: Reason[]): string {
  let h = HEADER;
  const hash = (s: string) => s.replace(/\n(?!#)/g, '\n# ');
  for (const r of reasons) {
    h += r.other.length ? `# ${hash(r.head)}:\n` : `# ${hash(r.head)}\n`;
    for (const o of r.other) h += `# * ${hash(o)}\n`;
    h += '#\n';
  }
  return h;
}

/** the text without its comment lines (what kubectl compares) */
const strip = (t: string) =>
  t
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('#'))
    .join('\n')
    .trim();

/** A JSON merge patch from the object as shown to the object as saved. */
function diff(a: any, e: any): any {
  const out: any = {};
  for (const k of Object.keys(a)) if (!(k in e)) out[k] = null;
  for (const k of Object.keys(e)) {
    if (JSON.stringify(a[k]) === JSON.stringify(e[k])) continue;
    const plain = (v: any) => v && typeof v === 'object' && !Array.isArray(v);
    if (plain(a[k]) && plain(e[k])) {
      const d = diff(a[k], e[k]);
      if (Object.keys(d).length) out[k] = d;
    } else out[k] = clone(e[k]);
  }
  return out;
}

function applyPatch(dst: any, patch: any): void {
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete dst[k];
    else if (v && typeof v === 'object' && !Array.isArray(v) && dst[k] && typeof dst[k] === 'object' && !Array.isArray(dst[k])) applyPatch(dst[k], v);
    else dst[k] = clone(v);
  }
}

export interface EditIO {
  parseYaml(text: string): any;
}

/** `kubectl edit TYPE NAME` (or TYPE/NAME) against a reachable cluster. */
export function* editSession(ctx: CommandContext, k: Kubectl, p: Parsed, io: EditIO): CommandRun {
  const c = k.c;
  const t = k.targets(p.args, p.path);
  if ('code' in t) {
    ctx.err(t.err);
    return t.code;
  }
  const target = t[0] as { r: ResourceInfo; name?: string };
  if (!target.name) {
    ctx.err("error: edit cancelled, no objects found\n");
    return 1;
  }
  const o = k.find(target.r, k.ns(p), target.name);
  if (!o) {
    ctx.err(k.notFound(target.r, target.name) + '\n');
    return 1;
  }
  const resource = target.r.group ? `${target.r.name}.${target.r.group}` : target.r.name;
  // the object as it was shown: the patch is what the user changed from it
  const shownObj = toApi(o);
  const original = toYaml(shownObj) + '\n';
  const path = `/tmp/kubectl-edit-${c.rng.int(4294967295)}.yaml`;
  const preserved = () => ctx.err(`A copy of your changes has been stored to "${path}"\n`);
  let reasons: Reason[] = [];
  let containsError = false;
  let edited = '';
  for (;;) {
    const shown = header(reasons) + (containsError ? strip(edited) + '\n' : original);
    ctx.host.fs.write(path, shown);
    const previous = edited;
    yield* editFile(ctx, path, 'vi');
    edited = String(ctx.host.fs.read(path));
    if (ctx.session.interactiveEditor) {
      // the pane is open: the command goes on when the file is saved, or when the pane is closed, as
      // when an editor exits (closed unsaved, the text is as shown: kubectl cancels); Ctrl+C gives up
      try {
        while (edited === shown && !ctx.session.editorClosed?.(ctx.host.id, path)) {
          yield { wait: 500 };
          edited = String(ctx.host.fs.read(path));
        }
      } catch (e) {
        if (e instanceof Interrupt) {
          ctx.err('Edit cancelled, no changes made.\n');
          return 0;
        }
        throw e;
      }
    }
    if (containsError && strip(previous) === strip(edited)) {
      preserved();
      ctx.err('error: Edit cancelled, no valid changes were saved.\n');
      return 1;
    }
    if (strip(original) === strip(edited)) {
      ctx.err('Edit cancelled, no changes made.\n');
      return 0;
    }
    if (!strip(edited)) {
      ctx.err('Edit cancelled, saved file was empty.\n');
      return 0;
    }
    let doc: any;
    try {
      doc = io.parseYaml(edited);
      if (!doc || typeof doc !== 'object') throw new Error('Object \'Kind\' is missing in \'' + strip(edited) + '\'');
    } catch (e) {
      containsError = true;
      const line = /line (\d+)/.exec((e as Error).message)?.[1];
      const why = (e as Error).message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      reasons = [{ head: `The edited file had a syntax error: error converting YAML to JSON: yaml: ${line ? `line ${line}: ` : ''}${why.charAt(0).toLowerCase() + why.slice(1)}`, other: [] }];
      continue;
    }
    if (doc.apiVersion !== shownObj.apiVersion || doc.kind !== shownObj.kind || doc.metadata?.name !== shownObj.metadata.name) {
      preserved();
      ctx.err('error: At least one of apiVersion, kind and name was changed\n');
      return 1;
    }
    const cur = c.get(o.kind, o.metadata.namespace, o.metadata.name);
    if (!cur) {
      ctx.err(`error: ${resource} "${o.metadata.name}" could not be found on the server\n`);
      ctx.err(`The edits you made on deleted resources have been saved to "${path}"\n`);
      return 1;
    }
    const patch = diff(shownObj, doc);
    const next = clone(cur);
    applyPatch(next, patch);
    const bad = api.validate(toApi(next), path);
    if (bad) {
      // `The Deployment "web" is invalid: spec.selector: Required value` → the field and its message
      const cause = bad.trim().replace(/^The \S+ "[^"]*" is invalid: /, '');
      containsError = true;
      reasons = [{ head: `${resource} "${o.metadata.name}" was not valid`, other: [cause] }];
      ctx.err(`error: ${resource} "${o.metadata.name}" is invalid\n`);
      continue;
    }
    commit(k, cur, next, patch);
    ctx.out(`${nameOf(cur)} edited\n`);
    return 0;
  }
}
