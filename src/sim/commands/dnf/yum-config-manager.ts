// yum-config-manager of yum-utils: dnf config-manager under its old name.
import { def } from '../lib/guest';
import { dnf } from './run';

def({
  name: 'yum-config-manager',
  summary: 'manage yum configuration options and yum repositories',
  available: (h) => !!h.sys?.packages.has('yum-utils'),
  *run(ctx) {
    return yield* dnf({ ...ctx, args: ['config-manager', ...ctx.args] });
  },
});
