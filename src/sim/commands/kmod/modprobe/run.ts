// modprobe of kmod 28: loads a module and what it needs (-a: every operand), -r unloads it and the modules it
// leaves unused; kmod's messages (`modprobe: FATAL: ...` ends the run, `ERROR` does not) from tools/modprobe.c and
// libkmod. Options, help and getopt's errors come from spec.ts.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { chain, holders, load, missing, moduleExists, moduleName, modulePath, unload } from '../modules';
import { kmsgModules } from '../../lib/kmsg';
import { spec } from './spec';

class Fatal extends Error {}

function* modprobe(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const args = ctx.operands ?? [];
  const sys = ctx.host.sys!;
  const quiet = o.has('quiet');
  const all = o.has('all');
  const dry = o.has('dry-run');
  // LOG() prints at the priority kmod runs with: FATAL (and exit) by default, WARNING with -a; -q silences it
  const log = (msg: string) => {
    if (quiet) return;
    ctx.err(`modprobe: ${all ? 'WARNING' : 'FATAL'}: ${msg}\n`);
    if (!all) throw new Fatal();
  };
  const error = (msg: string) => {
    if (!quiet) ctx.err(`modprobe: ERROR: ${msg}\n`);
  };
  if (o.has('showconfig')) return 0;
  if (!args.length) {
    ctx.err('modprobe: ERROR: missing parameters. See -h.\n');
    return 1;
  }
  const dir = `/lib/modules/${o.str('set-version') ?? sys.kernel}`;
  const insert = (alias: string): boolean => {
    if (!moduleExists(alias)) {
      log(`Module ${alias} not found in directory ${dir}`);
      return false;
    }
    const name = moduleName(alias);
    if (o.has('resolve-alias')) {
      ctx.out(name + '\n');
      return true;
    }
    // -v and -D print each insmod it does (or would do, -D: every module of the chain), print_action()
    const shows = (mods: string[]) => {
      const paths = mods.map((x) => modulePath(sys.kernel, x));
      if (paths.every((x) => x !== undefined)) ctx.out(paths.map((x) => `insmod ${x} \n`).join(''));
    };
    if (o.has('show-depends')) {
      shows(chain(name));
      return true;
    }
    const need = missing(sys, name);
    if (!need.length) {
      if (!o.has('first-time')) return true;
      error(`could not insert '${name}': Module already in kernel`);
      return false;
    }
    // -n alone inserts nothing and says nothing; with -v it shows what it would do
    const verbose = o.has('verbose');
    if (dry) {
      if (verbose) shows(need);
      return true;
    }
    if (!isRoot(ctx)) {
      // the first insert refused is the deepest module the chain needs
      if (o.has('verbose')) shows(need.slice(0, 1));
      error(`could not insert '${name}': Operation not permitted`);
      return false;
    }
    if (verbose) shows(need);
    kmsgModules(ctx.host, ctx.world.now, load(sys, name));
    return true;
  };
  const remove = (alias: string): boolean => {
    if (!moduleExists(alias)) {
      log(`Module ${alias} not found.`);
      return false;
    }
    const name = moduleName(alias);
    if (!sys.modules.has(name)) {
      if (!o.has('first-time')) return true;
      log(`Module ${name} is not in kernel.`);
      return false;
    }
    if (holders(sys, name).length) {
      log(`Module ${name} is in use.`);
      return false;
    }
    // -v: SHOW("rmmod %s") before each removal
    if (o.has('verbose')) ctx.out(`rmmod ${name}\n`);
    if (dry) return true;
    if (!isRoot(ctx)) {
      error(`could not remove '${name}': Operation not permitted`);
      return false;
    }
    const gone = unload(sys, name);
    if (o.has('verbose')) ctx.out(gone.slice(1).map((m) => `rmmod ${m}\n`).join(''));
    return true;
  };
  try {
    let ok = true;
    // without -a the first operand is the module and the rest its parameters (-r takes every operand)
    const mods = o.has('remove') || all ? args : args.slice(0, 1);
    for (const m of mods) {
      ok = (o.has('remove') ? remove(m) : insert(m)) && ok;
      if (!ok && !all && !o.has('remove')) break;
    }
    return ok ? 0 : 1;
  } catch (e) {
    if (e instanceof Fatal) return 1;
    throw e;
  }
}

def({ name: 'modprobe', summary: 'Add and remove modules from the Linux Kernel', available: linuxOnly, spec, run: modprobe });
