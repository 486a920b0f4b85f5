// sha224sum of GNU coreutils 8.32: md5sum.c built for SHA224 (see ../md5sum/sum.ts).
import { digestRun } from '../md5sum/sum';

export const run = digestRun('sha224sum', 'sha224');
