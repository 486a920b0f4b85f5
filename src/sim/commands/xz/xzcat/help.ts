// `xzcat --help`: xz 5.2.5's help under the name xzcat (a link to xz in Rocky's xz package).
import { shortHelp } from '../xz/help';

export { longHelp, version } from '../xz/help';
export const help = shortHelp('xzcat');
