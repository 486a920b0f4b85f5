// base32 of GNU coreutils 8.32: basenc.c built with BASE_TYPE 32 (see ../basenc/run-basenc.ts).
import { basencRun } from '../basenc/run-basenc';

export const run = basencRun('base32', 'base32');
