// file 5.39 (Rocky 9.5: file-5.39-16.el9): getopt_long over OPTSTRING "bcCde:Ef:F:hiklLm:nNpP:rsSvzZ0" and the
// long options of src/file_opts.h. A bad option is getopt's line, then usage() on stderr, status 1; --help prints
// help() (help.ts) and exits 0.
import type { CommandSpec, UsageError } from '../../../spec/types';
import { usage } from './help';

function onError(e: UsageError) {
  let msg: string;
  if (e.code === 'missing-value') msg = e.short ? `option requires an argument -- '${e.option}'` : `option '${e.option}' requires an argument`;
  else if (e.code === 'needless-value') msg = `option '${e.option}' doesn't allow an argument`;
  else if (e.code === 'ambiguous') msg = `option '${e.option}' is ambiguous; possibilities:${(e.candidates ?? []).map((c) => ` '--${c}'`).join('')}`;
  else msg = e.short ? `invalid option -- '${e.option}'` : `unrecognized option '${e.option}'`;
  return { stderr: `file: ${msg}\n${usage}`, status: 1 };
}

export const spec: CommandSpec = {
  name: 'file',
  style: 'gnu',
  synopsis: 'file [OPTION...] [FILE...]',
  summary: 'determine file type',
  helpFlags: ['--help'],
  onError,
  flags: [
    { short: 'v', long: 'version', action: 'version' },
    { short: 'm', long: 'magic-file', value: 'required', arg: 'LIST' },
    { short: 'z', long: 'uncompress' },
    { short: 'Z', long: 'uncompress-noreport' },
    { short: 'b', long: 'brief' },
    { short: 'c', long: 'checking-printout' },
    { short: 'e', long: 'exclude', value: 'required', arg: 'TEST' },
    { long: 'exclude-quiet', value: 'required', arg: 'TEST' },
    { short: 'f', long: 'files-from', value: 'required', arg: 'FILE' },
    { short: 'F', long: 'separator', value: 'required', arg: 'STRING' },
    { short: 'i', long: 'mime' },
    { long: 'apple' },
    { long: 'extension' },
    { long: 'mime-type' },
    { long: 'mime-encoding' },
    { short: 'k', long: 'keep-going' },
    { short: 'l', long: 'list' },
    { short: 'L', long: 'dereference' },
    { short: 'h', long: 'no-dereference' },
    { short: 'n', long: 'no-buffer' },
    { short: 'N', long: 'no-pad' },
    { short: '0', long: 'print0' },
    { short: 'p', long: 'preserve-date' },
    { short: 'P', long: 'parameter', value: 'required', arg: 'PARAM' },
    { short: 'r', long: 'raw' },
    { short: 's', long: 'special-files' },
    { short: 'S', long: 'no-sandbox' },
    { short: 'C', long: 'compile' },
    { short: 'd', long: 'debug' },
    { short: 'E' },
  ],
  help: () => import('./help').then((m) => m.help),
  version: 'file-5.39\nmagic file from /etc/magic:/usr/share/misc/magic\n',
};
