// vi (vim-minimal), vim (vim-enhanced) and nano (nano 5.6.1) on the command spec. Each reads its own argv (run.ts).
// vim's --help, --version and its complaint about an unknown option all start with the build's long version line
// (`VIM - Vi IMproved 8.2 (2019 Dec 12, compiled <date of Rocky's build>)`), and nano's --help and --version list the
// build's configure options; no public source gives Rocky's, so these texts are left out (DIFFERENCES.md).
import type { CommandSpec } from '../../spec/types';

const editor = (name: string, synopsis: string): CommandSpec => ({ name, style: 'gnu', synopsis, rawArgs: true, helpFlags: [] });

export const viSpec = editor('vi', 'vi [arguments] [file ..]');
export const vimSpec = editor('vim', 'vim [arguments] [file ..]');
export const nanoSpec = editor('nano', 'nano [OPTIONS] [[+LINE[,COLUMN]] FILE]...');
