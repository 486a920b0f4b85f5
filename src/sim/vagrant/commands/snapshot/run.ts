// `vagrant snapshot save | list | restore | delete | push | pop` on the VirtualBox provider
// (plugins/commands/snapshot/command/*.rb and the provider's snapshot actions). Help and flags: spec.ts beside.
import type { CommandContext } from '../../../context';
import type { CommandRun, Machine, Yield } from '../../../types';
import { helpOf } from '../../../spec/engine';
import { M } from '../../messages';
import { info, detail, fail, wait, parsed } from '../../out';
import { envTargets, type Env } from '../../env';
import { upOne } from '../../boot';
import { INVALID_USAGE } from '../spec';
import { S, t } from './messages';
import { remove, restore, snapshotNames, take } from './store';

type Run = Generator<Yield, number, unknown>;

/** CLIInvalidUsage: its text and the command's help, on stderr. */
function* invalidUsage(ctx: CommandContext): Run {
  const h = (yield* helpOf(ctx.specPath ?? [])) ?? '';
  ctx.err(INVALID_USAGE + h);
  return 1;
}

/** The operands `[vm-name] <name>`: none or more than two is an invalid usage. */
function* nameAndTargets(ctx: CommandContext): Generator<Yield, { name: string; vms: string[] } | number, unknown> {
  const pos = parsed(ctx).pos;
  if (pos.length === 0 || pos.length > 2) return yield* invalidUsage(ctx);
  return { name: pos[pos.length - 1], vms: pos.slice(0, -1) };
}

function* saveOne(ctx: CommandContext, m: Machine, name: string): Generator<Yield, void, unknown> {
  info(ctx, m.name, t(S.saving, { name }));
  yield wait(m.state === 'running' ? 4000 : 1500);
  take(ctx.world, m, name);
  info(ctx, m.name, S.saved);
}

/** VBoxManage's progress, rewritten on one line and cleared at the end (Vagrant's rewriting UI). */
function* progress(ctx: CommandContext): Generator<Yield, void, unknown> {
  for (let p = 0; p <= 100; p += 10) {
    ctx.out(`\r\x1b[KProgress: ${p}%`);
    yield wait(150);
  }
  ctx.out('\r\x1b[K');
}

function* deleteOne(ctx: CommandContext, m: Machine, name: string): Generator<Yield, void, unknown> {
  info(ctx, m.name, t(S.deleting, { name }));
  yield* progress(ctx);
  remove(ctx.world, m, name);
  info(ctx, m.name, S.deleted);
}

/** action_snapshot_restore: forced halt, restore, then (unless --no-start) the start action as `vagrant up`. */
function* restoreOne(ctx: CommandContext, env: Env, m: Machine, name: string, opts: { start: boolean; provision: boolean | null; types: string[] | null; drop: boolean }): Run {
  if (m.state === 'saved') {
    info(ctx, m.name, M.discarding);
    yield wait(1000);
  } else if (m.state === 'running') {
    info(ctx, m.name, M.halt_force);
    yield wait(1500);
  }
  ctx.world.setMachineState(env.project, m.name, 'poweroff');
  info(ctx, m.name, t(S.restoring, { name }));
  yield* progress(ctx);
  const state = restore(ctx.world, m, name);
  ctx.world.setMachineState(env.project, m.name, state);
  if (opts.drop) yield* deleteOne(ctx, m, name);
  if (!opts.start) return 0;
  return yield* upOne(ctx, env, m, opts.provision, opts.types);
}

function startOptions(ctx: CommandContext): { start: boolean; provision: boolean | null; types: string[] | null } {
  const f = parsed(ctx).flags;
  const prov = f.get('--provision');
  const w = f.get('--provision-with');
  return { start: !f.has('--no-start'), provision: prov === undefined ? null : prov !== 'false', types: typeof w === 'string' ? w.split(',').filter(Boolean) : null };
}

export function* save(ctx: CommandContext): CommandRun {
  const args = yield* nameAndTargets(ctx);
  if (typeof args === 'number') return args;
  const found = yield* envTargets(ctx, args.vms, false);
  if (typeof found === 'number') return found;
  yield wait(500);
  for (const m of found.list) {
    if (m.state === 'not_created') {
      ctx.out(t(S.save_vm_not_created, { name: m.name }) + '\n');
      continue;
    }
    if (!snapshotNames(ctx.world, m).includes(args.name)) yield* saveOne(ctx, m, args.name);
    else if (parsed(ctx).flags.has('--force')) {
      yield* deleteOne(ctx, m, args.name);
      yield* saveOne(ctx, m, args.name);
    } else return fail(ctx, S.force);
  }
  return 0;
}

export function* list(ctx: CommandContext): CommandRun {
  const found = yield* envTargets(ctx, parsed(ctx).pos, false);
  if (typeof found === 'number') return found;
  yield wait(500);
  for (const m of found.list) {
    if (m.state === 'not_created') {
      info(ctx, m.name, M.common_vm_not_created);
      continue;
    }
    const names = snapshotNames(ctx.world, m);
    if (!names.length) {
      info(ctx, m.name, S.list_none);
      detail(ctx, m.name, S.list_none_detail);
      continue;
    }
    info(ctx, m.name, '');
    for (const n of names) ctx.out(n + '\n');
  }
  return 0;
}

export function* restoreCmd(ctx: CommandContext): CommandRun {
  const args = yield* nameAndTargets(ctx);
  if (typeof args === 'number') return args;
  const found = yield* envTargets(ctx, args.vms, false);
  if (typeof found === 'number') return found;
  yield wait(500);
  for (const m of found.list) {
    if (!snapshotNames(ctx.world, m).includes(args.name)) return fail(ctx, t(S.not_found, { snapshot_name: args.name, machine: m.name }));
    const code = yield* restoreOne(ctx, found.env, m, args.name, { ...startOptions(ctx), drop: false });
    if (code) return code;
  }
  return 0;
}

export function* del(ctx: CommandContext): CommandRun {
  const args = yield* nameAndTargets(ctx);
  if (typeof args === 'number') return args;
  const found = yield* envTargets(ctx, args.vms, false);
  if (typeof found === 'number') return found;
  yield wait(500);
  for (const m of found.list) {
    if (!snapshotNames(ctx.world, m).includes(args.name)) return fail(ctx, t(S.not_found, { snapshot_name: args.name, machine: m.name }));
    yield* deleteOne(ctx, m, args.name);
  }
  return 0;
}

/**
 * push and pop share Vagrant's loop (push_shared.rb `shared_exec`): every target machine, those not created
 * skipped with the same line; `each` does the one machine's part and may end the command with a code.
 */
function* pushShared(ctx: CommandContext, each: (m: Machine, env: Env) => Generator<Yield, number | void, unknown>): CommandRun {
  const found = yield* envTargets(ctx, parsed(ctx).pos, false);
  if (typeof found === 'number') return found;
  yield wait(500);
  for (const m of found.list) {
    if (m.state === 'not_created') {
      info(ctx, m.name, 'Not created. Cannot push snapshot state.');
      continue;
    }
    const code = yield* each(m, found.env);
    if (code) return code;
  }
  return 0;
}

/** push: a snapshot named push_<unix seconds>_<0..9999>. */
export function* push(ctx: CommandContext): CommandRun {
  return yield* pushShared(ctx, function* (m) {
    yield* saveOne(ctx, m, `push_${Math.floor(ctx.world.now / 1000)}_${ctx.world.rng.int(0, 9999)}`);
  });
}

/** pop: restore the newest pushed snapshot and delete it (unless --no-delete). */
export function* pop(ctx: CommandContext): CommandRun {
  return yield* pushShared(ctx, function* (m, env) {
    const name = snapshotNames(ctx.world, m)
      .sort()
      .reverse()
      .find((n) => /^push_\d+_\d+$/.test(n));
    if (!name) {
      info(ctx, m.name, S.no_push_snapshot);
      return;
    }
    return yield* restoreOne(ctx, env, m, name, { ...startOptions(ctx), drop: !parsed(ctx).flags.has('--no-delete') });
  });
}
