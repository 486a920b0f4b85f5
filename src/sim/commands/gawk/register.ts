// awk and gawk on the guests: the spec is registered up front, the interpreter loads on first use.
import { registerSpecCommand } from '../../registry';
import { awkSpec, gawkSpecGawk } from './spec';

for (const spec of [awkSpec, gawkSpecGawk]) registerSpecCommand(spec, { shell: 'bash', load: () => import('./run').then((m) => ({ run: m.run })) });
