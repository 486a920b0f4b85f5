// md5sum of GNU coreutils 8.32: md5sum.c built for MD5 (see ../md5sum/sum.ts).
import { digestRun } from './sum';

export const run = digestRun('md5sum', 'md5');
