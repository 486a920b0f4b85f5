// ipcrm of util-linux 2.37.4 (sys-utils/ipcrm.c) on a guest with no System V IPC objects: every id is the
// kernel's EINVAL ("invalid id (N)") and every key names nothing ("invalid key (KEY)"; 0 is IPC_PRIVATE, "illegal
// key"); -a removes nothing. The old form `ipcrm shm|msg|sem ID...` answers the same.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { spec } from './spec';

function* ipcrm(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  let status = 0;
  const fail = (m: string) => {
    ctx.err(`ipcrm: ${m}\n`);
    return 1;
  };
  const num = (v: string, base?: number) => {
    const t = v.trim();
    if (base === undefined ? !/^[-+]?\d+$/.test(t) : !/^[-+]?(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)$/i.test(t)) return null;
    return base === undefined ? Number(t) : Number(t.startsWith('-') ? -parseInt(t.slice(1)) : t.toLowerCase().startsWith('0x') ? parseInt(t, 16) : t.startsWith('0') && t.length > 1 ? parseInt(t, 8) : Number(t));
  };
  for (const { key, value } of o.list) {
    const v = String(value);
    if (['shmem-id', 'queue-id', 'semaphore-id'].includes(key)) {
      const id = num(v);
      if (id === null) return fail(`failed to parse argument: '${v}'`);
      ctx.err(`ipcrm: invalid id (${id})\n`);
      status = 1;
    } else if (['shmem-key', 'queue-key', 'semaphore-key'].includes(key)) {
      const k = num(v, 16);
      if (k === null) return fail(`failed to parse argument: '${v}'`);
      ctx.err(k === 0 ? `ipcrm: illegal key (${v})\n` : `ipcrm: invalid key (${v})\n`);
      status = 1;
    }
  }
  const ops = ctx.operands ?? [];
  if (ops.length) {
    // the old syntax: a type word, then ids
    if (!['shm', 'msg', 'sem'].includes(ops[0])) return fail(`unknown argument: ${ops[0]}\nTry 'ipcrm --help' for more information.`);
    if (ops.length < 2) {
      ctx.err("ipcrm: not enough arguments\nTry 'ipcrm --help' for more information.\n");
      return 1;
    }
    for (const a of ops.slice(1)) {
      if (!/^[-+]?\d+$/.test(a)) {
        ctx.err(`ipcrm: invalid id: ${a}\n`);
        status = 1;
        continue;
      }
      ctx.err(`ipcrm: invalid id (${Number(a)})\n`);
      status = 1;
    }
  }
  return status;
}

def({ name: 'ipcrm', summary: 'remove certain IPC resources', available: linuxOnly, spec, run: ipcrm });
