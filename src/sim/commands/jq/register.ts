// jq on the guests once its package is installed: the spec is registered up front, the interpreter loads on first use.
import { registerSpecCommand } from '../../registry';
import { hasCommand } from '../lib/packages';
import { jqSpec } from './spec';

registerSpecCommand(jqSpec, { shell: 'bash', available: (h) => hasCommand(h, 'jq'), load: () => import('./run').then((m) => ({ run: m.run })) });
