// setenforce of libselinux 3.6 (utils/setenforce.c): the argument count, then whether SELinux is enabled, then
// the word; writing the mode needs root (the kernel refuses others with EACCES).
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { spec } from './spec';

def({
  name: 'setenforce',
  summary: 'modify the mode SELinux is running in',
  available: linuxOnly,
  spec,
  *run(ctx) {
    const sys = ctx.host.sys!;
    const usage = function* () {
      const { usage: text } = (yield { load: () => import('./help') }) as typeof import('./help');
      ctx.err(text.replace('%s', ctx.name));
      return 1;
    };
    if (ctx.args.length !== 1) return yield* usage();
    if (sys.selinux === 'Disabled') {
      ctx.err(`${ctx.name}: SELinux is disabled\n`);
      return 1;
    }
    const a = ctx.args[0];
    const mode = a === '0' || /^permissive$/i.test(a) ? 'Permissive' : a === '1' || /^enforcing$/i.test(a) ? 'Enforcing' : null;
    if (!mode) return yield* usage();
    if (!isRoot(ctx)) {
      ctx.err(`${ctx.name}:  security_setenforce() failed:  Permission denied\n`);
      return 2;
    }
    sys.selinux = mode;
    return 0;
  },
});
