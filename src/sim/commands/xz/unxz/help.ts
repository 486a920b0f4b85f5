// `unxz --help`: xz 5.2.5's help under the name unxz (a link to xz in Rocky's xz package).
import { shortHelp } from '../xz/help';

export { longHelp, version } from '../xz/help';
export const help = shortHelp('unxz');
