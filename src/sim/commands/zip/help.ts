// Zip 3.0's texts (zip.c help() and version_info()), as recorded from Info-ZIP zip 3.0 (the version Rocky 9.5's
// zip-3.0-35.el9 packages): `zip -h` (and `zip` alone on a terminal), and the head of `zip -v`. -v's build lines
// (compiler, special compilation options, encryption notice, environment) differ per build and are left out.
export const HELP =
  "Copyright (c) 1990-2008 Info-ZIP - Type 'zip \"-L\"' for software license.\n" +
  "Zip 3.0 (July 5th 2008). Usage:\n" +
  "zip [-options] [-b path] [-t mmddyyyy] [-n suffixes] [zipfile list] [-xi list]\n" +
  "  The default action is to add or replace zipfile entries from list, which\n" +
  "  can include the special name - to compress standard input.\n" +
  "  If zipfile and list are omitted, zip compresses stdin to stdout.\n" +
  "  -f   freshen: only changed files  -u   update: only changed or new files\n" +
  "  -d   delete entries in zipfile    -m   move into zipfile (delete OS files)\n" +
  "  -r   recurse into directories     -j   junk (don't record) directory names\n" +
  "  -0   store only                   -l   convert LF to CR LF (-ll CR LF to LF)\n" +
  "  -1   compress faster              -9   compress better\n" +
  "  -q   quiet operation              -v   verbose operation/print version info\n" +
  "  -c   add one-line comments        -z   add zipfile comment\n" +
  "  -@   read names from stdin        -o   make zipfile as old as latest entry\n" +
  "  -x   exclude the following names  -i   include only the following names\n" +
  "  -F   fix zipfile (-FF try harder) -D   do not add directory entries\n" +
  "  -A   adjust self-extracting exe   -J   junk zipfile prefix (unzipsfx)\n" +
  "  -T   test zipfile integrity       -X   eXclude eXtra file attributes\n" +
  "  -y   store symbolic links as the link instead of the referenced file\n" +
  "  -e   encrypt                      -n   don't compress these suffixes\n" +
  "  -h2  show more help\n" +
  "  \n";

export const VERSION_HEAD =
  "Copyright (c) 1990-2008 Info-ZIP - Type 'zip \"-L\"' for software license.\n" +
  "This is Zip 3.0 (July 5th 2008), by Info-ZIP.\n" +
  "Currently maintained by E. Gordon.  Please send bug reports to\n" +
  "the authors using the web page at www.info-zip.org; see README for details.\n" +
  "\n" +
  "Latest sources and executables are at ftp://ftp.info-zip.org/pub/infozip,\n" +
  "as of above date; see http://www.info-zip.org/ for other sites.\n" +
  "\n";
