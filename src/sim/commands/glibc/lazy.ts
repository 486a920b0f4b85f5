// The glibc tools of the guest (glibc-common): their specs here, each body loads on first use.
import { registerSpecCommand } from '../../registry';
import { spec as getent } from './getent/spec';
import { spec as iconv } from './iconv/spec';
import { spec as locale } from './locale/spec';
import { spec as ldd } from './ldd/spec';

registerSpecCommand(getent, { shell: 'bash', summary: 'get entries from Name Service Switch libraries', load: () => import('./getent/run') });
registerSpecCommand(iconv, { shell: 'bash', summary: 'convert text from one character encoding to another', load: () => import('./iconv/run') });
registerSpecCommand(locale, { shell: 'bash', summary: 'get locale-specific information', load: () => import('./locale/run') });
registerSpecCommand(ldd, { shell: 'bash', summary: 'print shared object dependencies', load: () => import('./ldd/run') });
