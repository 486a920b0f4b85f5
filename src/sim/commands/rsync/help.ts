// rsync 3.2.3's --help (usage() of options.c and the version text of print_rsync_version()), recorded from 3.2.3
// built from its tag with xxhash, zstd and lz4 (scripts/golden/rsync.sh). `rsync` with no operands prints it to stderr.
export const help =
  'rsync  version 3.2.3  protocol version 31\n' +
  'Copyright (C) 1996-2020 by Andrew Tridgell, Wayne Davison, and others.\n' +
  'Web site: https://rsync.samba.org/\n' +
  'Capabilities:\n' +
  '    64-bit files, 64-bit inums, 64-bit timestamps, 64-bit long ints,\n' +
  '    socketpairs, hardlinks, hardlink-specials, symlinks, IPv6, atimes,\n' +
  '    batchfiles, inplace, append, ACLs, xattrs, optional protect-args,\n' +
  '    iconv, symtimes, prealloc, stop-at, no crtimes\n' +
  'Optimizations:\n' +
  '    SIMD, asm, no openssl-crypto\n' +
  'Checksum list:\n' +
  '    xxh128 xxh3 xxh64 (xxhash) md5 md4 none\n' +
  'Compress list:\n' +
  '    zstd lz4 zlibx zlib none\n' +
  '\n' +
  'rsync comes with ABSOLUTELY NO WARRANTY.  This is free software, and you\n' +
  'are welcome to redistribute it under certain conditions.  See the GNU\n' +
  'General Public Licence for details.\n' +
  '\n' +
  'rsync is a file transfer program capable of efficient remote update\n' +
  'via a fast differencing algorithm.\n' +
  '\n' +
  'Usage: rsync [OPTION]... SRC [SRC]... DEST\n' +
  '  or   rsync [OPTION]... SRC [SRC]... [USER@]HOST:DEST\n' +
  '  or   rsync [OPTION]... SRC [SRC]... [USER@]HOST::DEST\n' +
  '  or   rsync [OPTION]... SRC [SRC]... rsync://[USER@]HOST[:PORT]/DEST\n' +
  '  or   rsync [OPTION]... [USER@]HOST:SRC [DEST]\n' +
  '  or   rsync [OPTION]... [USER@]HOST::SRC [DEST]\n' +
  '  or   rsync [OPTION]... rsync://[USER@]HOST[:PORT]/SRC [DEST]\n' +
  "The ':' usages connect via remote shell, while '::' & 'rsync://' usages connect\n" +
  'to an rsync daemon, and require SRC or DEST to start with a module name.\n' +
  '\n' +
  'Options\n' +
  '--verbose, -v            increase verbosity\n' +
  '--info=FLAGS             fine-grained informational verbosity\n' +
  '--debug=FLAGS            fine-grained debug verbosity\n' +
  '--stderr=e|a|c           change stderr output mode (default: errors)\n' +
  '--quiet, -q              suppress non-error messages\n' +
  '--no-motd                suppress daemon-mode MOTD\n' +
  '--checksum, -c           skip based on checksum, not mod-time & size\n' +
  '--archive, -a            archive mode; equals -rlptgoD (no -H,-A,-X)\n' +
  '--no-OPTION              turn off an implied OPTION (e.g. --no-D)\n' +
  '--recursive, -r          recurse into directories\n' +
  '--relative, -R           use relative path names\n' +
  "--no-implied-dirs        don't send implied dirs with --relative\n" +
  '--backup, -b             make backups (see --suffix & --backup-dir)\n' +
  '--backup-dir=DIR         make backups into hierarchy based in DIR\n' +
  '--suffix=SUFFIX          backup suffix (default ~ w/o --backup-dir)\n' +
  '--update, -u             skip files that are newer on the receiver\n' +
  '--inplace                update destination files in-place\n' +
  '--append                 append data onto shorter files\n' +
  '--append-verify          --append w/old data in file checksum\n' +
  '--dirs, -d               transfer directories without recursing\n' +
  "--mkpath                 create the destination's path component\n" +
  '--links, -l              copy symlinks as symlinks\n' +
  '--copy-links, -L         transform symlink into referent file/dir\n' +
  '--copy-unsafe-links      only "unsafe" symlinks are transformed\n' +
  '--safe-links             ignore symlinks that point outside the tree\n' +
  '--munge-links            munge symlinks to make them safe & unusable\n' +
  '--copy-dirlinks, -k      transform symlink to dir into referent dir\n' +
  '--keep-dirlinks, -K      treat symlinked dir on receiver as dir\n' +
  '--hard-links, -H         preserve hard links\n' +
  '--perms, -p              preserve permissions\n' +
  '--executability, -E      preserve executability\n' +
  '--chmod=CHMOD            affect file and/or directory permissions\n' +
  '--acls, -A               preserve ACLs (implies --perms)\n' +
  '--xattrs, -X             preserve extended attributes\n' +
  '--owner, -o              preserve owner (super-user only)\n' +
  '--group, -g              preserve group\n' +
  '--devices                preserve device files (super-user only)\n' +
  '--specials               preserve special files\n' +
  '-D                       same as --devices --specials\n' +
  '--times, -t              preserve modification times\n' +
  '--atimes, -U             preserve access (use) times\n' +
  '--open-noatime           avoid changing the atime on opened files\n' +
  '--crtimes, -N            preserve create times (newness)\n' +
  '--omit-dir-times, -O     omit directories from --times\n' +
  '--omit-link-times, -J    omit symlinks from --times\n' +
  '--super                  receiver attempts super-user activities\n' +
  '--fake-super             store/recover privileged attrs using xattrs\n' +
  '--sparse, -S             turn sequences of nulls into sparse blocks\n' +
  '--preallocate            allocate dest files before writing them\n' +
  '--write-devices          write to devices as files (implies --inplace)\n' +
  '--dry-run, -n            perform a trial run with no changes made\n' +
  '--whole-file, -W         copy files whole (w/o delta-xfer algorithm)\n' +
  '--checksum-choice=STR    choose the checksum algorithm (aka --cc)\n' +
  "--one-file-system, -x    don't cross filesystem boundaries\n" +
  '--block-size=SIZE, -B    force a fixed checksum block-size\n' +
  '--rsh=COMMAND, -e        specify the remote shell to use\n' +
  '--rsync-path=PROGRAM     specify the rsync to run on remote machine\n' +
  '--existing               skip creating new files on receiver\n' +
  '--ignore-existing        skip updating files that exist on receiver\n' +
  '--remove-source-files    sender removes synchronized files (non-dir)\n' +
  '--del                    an alias for --delete-during\n' +
  '--delete                 delete extraneous files from dest dirs\n' +
  '--delete-before          receiver deletes before xfer, not during\n' +
  '--delete-during          receiver deletes during the transfer\n' +
  '--delete-delay           find deletions during, delete after\n' +
  '--delete-after           receiver deletes after transfer, not during\n' +
  '--delete-excluded        also delete excluded files from dest dirs\n' +
  '--ignore-missing-args    ignore missing source args without error\n' +
  '--delete-missing-args    delete missing source args from destination\n' +
  '--ignore-errors          delete even if there are I/O errors\n' +
  '--force                  force deletion of dirs even if not empty\n' +
  "--max-delete=NUM         don't delete more than NUM files\n" +
  "--max-size=SIZE          don't transfer any file larger than SIZE\n" +
  "--min-size=SIZE          don't transfer any file smaller than SIZE\n" +
  '--max-alloc=SIZE         change a limit relating to memory alloc\n' +
  '--partial                keep partially transferred files\n' +
  '--partial-dir=DIR        put a partially transferred file into DIR\n' +
  '--delay-updates          put all updated files into place at end\n' +
  '--prune-empty-dirs, -m   prune empty directory chains from file-list\n' +
  "--numeric-ids            don't map uid/gid values by user/group name\n" +
  '--usermap=STRING         custom username mapping\n' +
  '--groupmap=STRING        custom groupname mapping\n' +
  '--chown=USER:GROUP       simple username/groupname mapping\n' +
  '--timeout=SECONDS        set I/O timeout in seconds\n' +
  '--contimeout=SECONDS     set daemon connection timeout in seconds\n' +
  "--ignore-times, -I       don't skip files that match size and time\n" +
  '--size-only              skip files that match in size\n' +
  '--modify-window=NUM, -@  set the accuracy for mod-time comparisons\n' +
  '--temp-dir=DIR, -T       create temporary files in directory DIR\n' +
  '--fuzzy, -y              find similar file for basis if no dest file\n' +
  '--compare-dest=DIR       also compare destination files relative to DIR\n' +
  '--copy-dest=DIR          ... and include copies of unchanged files\n' +
  '--link-dest=DIR          hardlink to files in DIR when unchanged\n' +
  '--compress, -z           compress file data during the transfer\n' +
  '--compress-choice=STR    choose the compression algorithm (aka --zc)\n' +
  '--compress-level=NUM     explicitly set compression level (aka --zl)\n' +
  '--skip-compress=LIST     skip compressing files with suffix in LIST\n' +
  '--cvs-exclude, -C        auto-ignore files in the same way CVS does\n' +
  '--filter=RULE, -f        add a file-filtering RULE\n' +
  "-F                       same as --filter='dir-merge /.rsync-filter'\n" +
  "                         repeated: --filter='- .rsync-filter'\n" +
  '--exclude=PATTERN        exclude files matching PATTERN\n' +
  '--exclude-from=FILE      read exclude patterns from FILE\n' +
  "--include=PATTERN        don't exclude files matching PATTERN\n" +
  '--include-from=FILE      read include patterns from FILE\n' +
  '--files-from=FILE        read list of source-file names from FILE\n' +
  '--from0, -0              all *-from/filter files are delimited by 0s\n' +
  '--protect-args, -s       no space-splitting; wildcard chars only\n' +
  '--copy-as=USER[:GROUP]   specify user & optional group for the copy\n' +
  '--address=ADDRESS        bind address for outgoing socket to daemon\n' +
  '--port=PORT              specify double-colon alternate port number\n' +
  '--sockopts=OPTIONS       specify custom TCP options\n' +
  '--blocking-io            use blocking I/O for the remote shell\n' +
  '--outbuf=N|L|B           set out buffering to None, Line, or Block\n' +
  '--stats                  give some file-transfer stats\n' +
  '--8-bit-output, -8       leave high-bit chars unescaped in output\n' +
  '--human-readable, -h     output numbers in a human-readable format\n' +
  '--progress               show progress during transfer\n' +
  '-P                       same as --partial --progress\n' +
  '--itemize-changes, -i    output a change-summary for all updates\n' +
  '--remote-option=OPT, -M  send OPTION to the remote side only\n' +
  '--out-format=FORMAT      output updates using the specified FORMAT\n' +
  "--log-file=FILE          log what we're doing to the specified FILE\n" +
  '--log-file-format=FMT    log updates using the specified FMT\n' +
  '--password-file=FILE     read daemon-access password from FILE\n' +
  "--early-input=FILE       use FILE for daemon's early exec input\n" +
  '--list-only              list the files instead of copying them\n' +
  '--bwlimit=RATE           limit socket I/O bandwidth\n' +
  '--stop-after=MINS        Stop rsync after MINS minutes have elapsed\n' +
  '--stop-at=y-m-dTh:m      Stop rsync at the specified point in time\n' +
  '--write-batch=FILE       write a batched update to FILE\n' +
  '--only-write-batch=FILE  like --write-batch but w/o updating dest\n' +
  '--read-batch=FILE        read a batched update from FILE\n' +
  '--protocol=NUM           force an older protocol version to be used\n' +
  '--iconv=CONVERT_SPEC     request charset conversion of filenames\n' +
  '--checksum-seed=NUM      set block/file checksum seed (advanced)\n' +
  '--ipv4, -4               prefer IPv4\n' +
  '--ipv6, -6               prefer IPv6\n' +
  '--version, -V            print the version + other info and exit\n' +
  '--help, -h (*)           show this help (* -h is help only on its own)\n' +
  '\n' +
  'Use "rsync --daemon --help" to see the daemon-mode command-line options.\n' +
  'Please see the rsync(1) and rsyncd.conf(5) man pages for full documentation.\n' +
  'See https://rsync.samba.org/ for updates, bug reports, and answers\n';
