// Commands that exist once their package is installed and are modelled only as far as --version.
import { def } from '../lib/guest';
import { hasCommand } from '../lib/packages';

/** Commands that exist once their package is installed (the Kubernetes model registers the real ones). */
for (const [name, summary] of [
  ['git', 'the stupid content tracker'],
] as const) {
  def({
    name,
    summary,
    available: (h) => hasCommand(h, name),
    *run(ctx) {
      if (name === 'git' && ctx.args[0] === '--version') ctx.out('git version 2.43.5\n');
      else ctx.err(`${name}: this lab does not model ${name} beyond --version\n`);
      return ctx.args[0] === '--version' ? 0 : 1;
    },
  });
}
