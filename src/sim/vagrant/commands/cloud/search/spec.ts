// `vagrant cloud search`: flags and operands as data; its help loads on first use.
import type { CommandSpec } from '../../../../spec/types';

export const spec: CommandSpec = {
  name: 'search',
  style: 'ruby',
  synopsis: 'vagrant cloud search [options] query',
  flags: [
    { short: 'a', long: 'architecture', value: 'required', arg: 'ARCH' },
    { short: 'j', long: 'json' },
    { long: 'page', value: 'required', arg: 'PAGE' },
    { short: 's', long: 'short' },
    { short: 'o', long: 'order', value: 'required', arg: 'ORDER' },
    { short: 'l', long: 'limit', value: 'required', arg: 'LIMIT' },
    { short: 'p', long: 'provider', value: 'required', arg: 'PROVIDER' },
    { long: 'sort-by', value: 'required', arg: 'SORT' },
    { long: 'auth', negatable: true },
  ],
  operands: { min: 1, max: 1 },
  help: () => import('./help').then((m) => m.default),
};
