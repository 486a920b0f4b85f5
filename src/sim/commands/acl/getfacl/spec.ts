// getfacl of acl 2.3.1 (Rocky 9.5: acl-2.3.1-4.el9): getopt_long over "aceEsRLPtpndvh" (getfacl/getfacl.c). A bad
// option is getopt's line, then the synopsis and "Try `getfacl --help'…" on stderr, status 2.
import type { CommandSpec, UsageError } from '../../../spec/types';

export const SYNOPSIS = "Usage: getfacl [-aceEsRLPtpndvh] file ...\nTry `getfacl --help' for more information.\n";

function onError(e: UsageError) {
  const msg =
    e.code === 'missing-value'
      ? `option '${e.option}' requires an argument`
      : e.code === 'needless-value'
        ? `option '${e.option}' doesn't allow an argument`
        : e.code === 'ambiguous'
          ? `option '${e.option}' is ambiguous; possibilities:${(e.candidates ?? []).map((c) => ` '--${c}'`).join('')}`
          : e.short
            ? `invalid option -- '${e.option}'`
            : `unrecognized option '${e.option}'`;
  return { stderr: `getfacl: ${msg}\n${SYNOPSIS}`, status: 2 };
}

export const spec: CommandSpec = {
  name: 'getfacl',
  style: 'gnu',
  synopsis: 'getfacl [-aceEsRLPtpndvh] file ...',
  summary: 'get file access control lists',
  helpFlags: ['--help', '-h'],
  onError,
  flags: [
    { short: 'a', long: 'access' },
    { short: 'd', long: 'default' },
    { short: 'c', long: 'omit-header' },
    { short: 'e', long: 'all-effective' },
    { short: 'E', long: 'no-effective' },
    { short: 's', long: 'skip-base' },
    { short: 'R', long: 'recursive' },
    { short: 'L', long: 'logical' },
    { short: 'P', long: 'physical' },
    { short: 't', long: 'tabular' },
    { short: 'n', long: 'numeric' },
    { long: 'one-file-system' },
    { short: 'p', long: 'absolute-names' },
    { short: 'v', long: 'version', action: 'version' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: 'getfacl 2.3.1\n',
};
