// id of GNU coreutils 8.32 (options and help in spec.ts).
import { parseFlags } from '../../../util';
import { def } from '../../lib/guest';

def({
  name: 'id',
  summary: 'print real and effective user and group IDs',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    const u = ctx.host.users.get(pos[0] ?? ctx.frame.user);
    if (!u) {
      ctx.err(`id: ‘${pos[0]}’: no such user\n`);
      return 1;
    }
    const nameOnly = flags.has('n');
    if (flags.has('u')) {
      ctx.out((nameOnly ? u.name : String(u.uid)) + '\n');
      return 0;
    }
    if (flags.has('g')) {
      ctx.out((nameOnly ? u.name : String(u.gid)) + '\n');
      return 0;
    }
    if (flags.has('G')) {
      ctx.out((nameOnly ? (u.name === 'root' ? 'root' : `${u.name} wheel`) : u.name === 'root' ? '0' : `${u.gid} 10`) + '\n');
      return 0;
    }
    const groups = u.name === 'root' ? '0(root)' : `${u.gid}(${u.name}),10(wheel)`;
    const ctxLabel = pos[0] ? '' : ' context=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023';
    ctx.out(`uid=${u.uid}(${u.name}) gid=${u.gid}(${u.name}) groups=${groups}${ctxLabel}\n`);
    return 0;
  },
});
