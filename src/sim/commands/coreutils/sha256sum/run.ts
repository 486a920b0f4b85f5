// sha256sum of GNU coreutils 8.32: md5sum.c built for SHA256 (see ../md5sum/sum.ts).
import { digestRun } from '../md5sum/sum';

export const run = digestRun('sha256sum', 'sha256');
