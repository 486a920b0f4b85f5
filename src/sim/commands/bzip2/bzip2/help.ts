// bzip2 1.0.8's usage() and license() (bzip2.c), both written to standard error; `%s` is the name it was run by
// (bzip2, bunzip2, bzcat). BZ2_bzlibVersion() is "1.0.8, 13-Jul-2019". Debian 12's bzip2 1.0.8 prints the same
// (tests/golden/linux bzip2-*).
const VERSION = '1.0.8, 13-Jul-2019';

export const usage = (prog: string): string =>
  `bzip2, a block-sorting file compressor.  Version ${VERSION}.\n` +
  `\n   usage: ${prog} [flags and input files in any order]\n` +
  '\n' +
  '   -h --help           print this message\n' +
  '   -d --decompress     force decompression\n' +
  '   -z --compress       force compression\n' +
  "   -k --keep           keep (don't delete) input files\n" +
  '   -f --force          overwrite existing output files\n' +
  '   -t --test           test compressed file integrity\n' +
  '   -c --stdout         output to standard out\n' +
  '   -q --quiet          suppress noncritical error messages\n' +
  '   -v --verbose        be verbose (a 2nd -v gives more)\n' +
  '   -L --license        display software version & license\n' +
  '   -V --version        display software version & license\n' +
  '   -s --small          use less memory (at most 2500k)\n' +
  '   -1 .. -9            set block size to 100k .. 900k\n' +
  '   --fast              alias for -1\n' +
  '   --best              alias for -9\n' +
  '\n' +
  "   If invoked as `bzip2', default action is to compress.\n" +
  "              as `bunzip2',  default action is to decompress.\n" +
  "              as `bzcat', default action is to decompress to stdout.\n" +
  '\n' +
  '   If no file names are given, bzip2 compresses or decompresses\n' +
  '   from standard input to standard output.  You can combine\n' +
  "   short flags, so `-v -4' means the same as -v4 or -4v, &c.\n" +
  '\n';

export const license =
  `bzip2, a block-sorting file compressor.  Version ${VERSION}.\n` +
  '   \n' +
  '   Copyright (C) 1996-2019 by Julian Seward.\n' +
  '   \n' +
  '   This program is free software; you can redistribute it and/or modify\n' +
  '   it under the terms set out in the LICENSE file, which is included\n' +
  '   in the bzip2 source distribution.\n' +
  '   \n' +
  '   This program is distributed in the hope that it will be useful,\n' +
  '   but WITHOUT ANY WARRANTY; without even the implied warranty of\n' +
  '   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the\n' +
  '   LICENSE file for more details.\n' +
  '   \n';

export const help = usage('bzip2');
