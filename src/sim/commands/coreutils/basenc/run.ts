// basenc of GNU coreutils 8.32: basenc.c with BASE_TYPE 42, the encoding chosen by option (see run-basenc.ts).
import { basencRun } from './run-basenc';

export const run = basencRun('basenc');
