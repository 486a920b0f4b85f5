// yum-config-manager of yum-utils: dnf config-manager under its old name (options and help in spec.ts).
import { def } from '../../lib/guest';
import { dnf } from '../run';
import { dnfSpec } from '../spec';
import { spec } from './spec';

// the body is dnf's config-manager: it reads the command from ctx.specPath
const dnfPath = dnfSpec('dnf');
const cm = dnfPath.subcommands!.find((s) => s.name === 'config-manager')!;

def({
  name: 'yum-config-manager',
  summary: 'manage yum configuration options and yum repositories',
  available: (h) => !!h.sys?.packages.has('yum-utils'),
  spec,
  *run(ctx) {
    return yield* dnf({ ...ctx, specPath: [dnfPath, cm] });
  },
});
