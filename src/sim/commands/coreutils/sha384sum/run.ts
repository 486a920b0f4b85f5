// sha384sum of GNU coreutils 8.32: md5sum.c built for SHA384 (see ../md5sum/sum.ts).
import { digestRun } from '../md5sum/sum';

export const run = digestRun('sha384sum', 'sha384');
