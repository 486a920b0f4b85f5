// `bunzip2 --help`: bzip2.c's usage() under the name bunzip2 (a link to bzip2 in Rocky's bzip2 package).
import { usage } from '../bzip2/help';

export { license } from '../bzip2/help';
export const help = usage('bunzip2');
