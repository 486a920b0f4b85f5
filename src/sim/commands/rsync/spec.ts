// rsync 3.2.3 (Rocky 9.5's rsync-3.2.3-20.el9): the options of its --help (options.c, read through popt). A bad
// option is `rsync: -j: unknown option` and the usage error line of main.c; --help prints to stdout, `-h` alone is
// help too (it means --human-readable beside other words).
import type { CommandSpec, FlagSpec } from '../../spec/types';
import { completeHosts } from '../openssh/lib/complete';

/** `long,short` for the flags without a value, `long=,short` for those with one (the order of --help). */
const OPTIONS =
  'verbose,v info= debug= stderr= quiet,q no-motd checksum,c archive,a recursive,r relative,R no-implied-dirs backup,b ' +
  'backup-dir= suffix= update,u inplace append append-verify dirs,d mkpath links,l copy-links,L copy-unsafe-links ' +
  'safe-links munge-links copy-dirlinks,k keep-dirlinks,K hard-links,H perms,p executability,E chmod= acls,A xattrs,X ' +
  'owner,o group,g devices specials D times,t atimes,U open-noatime crtimes,N omit-dir-times,O omit-link-times,J super ' +
  'fake-super sparse,S preallocate write-devices dry-run,n whole-file,W checksum-choice= one-file-system,x ' +
  'block-size=,B rsh=,e rsync-path= existing ignore-existing remove-source-files del delete delete-before delete-during ' +
  'delete-delay delete-after delete-excluded ignore-missing-args delete-missing-args ignore-errors force max-delete= ' +
  'max-size= min-size= max-alloc= partial partial-dir= delay-updates prune-empty-dirs,m numeric-ids usermap= groupmap= ' +
  'chown= timeout= contimeout= ignore-times,I size-only modify-window=,@ temp-dir=,T fuzzy,y compare-dest= copy-dest= ' +
  'link-dest= compress,z compress-choice= compress-level= skip-compress= cvs-exclude,C filter=,f F exclude= ' +
  'exclude-from= include= include-from= files-from= from0,0 protect-args,s copy-as= address= port= sockopts= ' +
  'blocking-io outbuf= stats 8-bit-output,8 human-readable,h progress P itemize-changes,i remote-option=,M out-format= ' +
  'log-file= log-file-format= password-file= early-input= list-only bwlimit= stop-after= stop-at= write-batch= ' +
  'only-write-batch= read-batch= protocol= iconv= checksum-seed= ipv4,4 ipv6,6 version,V';

function flags(): FlagSpec[] {
  return OPTIONS.split(' ').map((w) => {
    const [name, short] = w.split(',');
    const value = name.endsWith('=');
    const long = name.replace(/=$/, '');
    if (long.length === 1) return { short: long, key: long, repeatable: true };
    return {
      long,
      ...(short ? { short } : {}),
      key: long,
      repeatable: true,
      ...(value ? { value: 'required' as const, arg: 'VALUE' } : {}),
    };
  });
}

/** The closing line of a usage error (exit_cleanup(RERR_SYNTAX) in main.c's option parsing). */
export const USAGE_ERROR = 'rsync error: syntax or usage error (code 1) at main.c(1746) [client=3.2.3]\n';

export const spec: CommandSpec = {
  name: 'rsync',
  style: 'gnu',
  synopsis: 'rsync [OPTION]... SRC [SRC]... DEST',
  summary: 'a fast, versatile, remote (and local) file-copying tool',
  flags: flags(),
  helpFlags: ['--help'],
  abbreviations: true,
  onError: (e) => {
    const word = e.short ? `-${e.option ?? ''}`.replace(/^--/, '-') : (e.option ?? '').replace(/=.*$/, '');
    if (e.code === 'missing-value')
      return {
        stderr: `rsync: ${word}: missing argument\n${USAGE_ERROR}`,
        status: 1,
      };
    if (e.code === 'unknown-option' || e.code === 'ambiguous' || e.code === 'needless-value')
      return {
        stderr: `rsync: ${word}: unknown option\n${USAGE_ERROR}`,
        status: 1,
      };
    return undefined;
  },
  // a word naming a known host (or with `@`) completes to `host:`, as scp's does; others are local files
  complete: (operands, word, ctx) => (word.includes('/') || word.includes(':') ? [] : completeHosts(ctx, word, false)),
  help: () => import('./help').then((m) => m.help),
};
