// coredumpctl of systemd 252 (src/coredump/coredumpctl.c of v252-46): the guest's journal holds no coredump, so
// list and info say "No coredumps found." (log_notice, exit 1: -ESRCH), dump and debug "No match found." (focus()),
// -F lists no value and succeeds; the verb table and dispatch_verb()'s errors (src/shared/verbs.c). Options and help
// are in spec.ts and help.ts.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { spec } from './spec';

const VERBS = ['list', 'info', 'dump', 'debug', 'gdb', 'help'];

function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const fail = (msg: string) => {
    ctx.err(msg + '\n');
    return 1;
  };
  // parse_argv()'s own checks, in its order of the options
  let outputs = 0;
  let fields = 0;
  for (const x of o.list) {
    if (x.key === 'output' && ++outputs > 1) return fail('Cannot set output more than once.');
    if (x.key === 'field' && ++fields > 1) return fail('Cannot use --field/-F more than once.');
    if (x.key === 'n' && typeof x.value === 'string' && !(/^\d+$/.test(x.value) && Number(x.value) >= 1)) {
      return fail(`Invalid numeric parameter to -n: ${x.value}`);
    }
  }
  const ops = ctx.operands ?? [];
  const verb = ops[0] ?? 'list';
  if (!VERBS.includes(verb)) return fail(`Unknown command verb ${verb}.`);
  if (verb === 'help') {
    if (ops.length > 1) return fail('Too many arguments.');
    ctx.out((yield { load: () => import('./help').then((m) => m.help) }) as string);
    return 0;
  }
  if (verb === 'list' || verb === 'info') {
    if (o.has('field')) return 0;
    if (!o.has('quiet')) ctx.err('No coredumps found.\n');
    return 1;
  }
  if (o.has('field')) return fail('Option --field/-F only makes sense with list');
  return fail('No match found.');
}

def({ name: 'coredumpctl', spec, summary: 'Retrieve and process saved core dumps and metadata', available: linuxOnly, run });
