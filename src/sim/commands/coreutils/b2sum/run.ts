// b2sum of GNU coreutils 8.32: md5sum.c built for BLAKE2b, -l BITS from 8 to 512 (see ../md5sum/sum.ts).
import { digestRun } from '../md5sum/sum';

export const run = digestRun('b2sum', 'blake2b');
