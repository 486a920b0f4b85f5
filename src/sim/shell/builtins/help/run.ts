// help: bash 5.1's own help (help.def): the list of builtins, `help NAME` (exact or glob matches first, then
// prefixes), -d the description line, -s the synopsis, -m in the layout of a manual page.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { globMatch } from '../../../util';

const VERSION = '5.1.8(1)-release (x86_64-redhat-linux-gnu)';
const COPYRIGHT = 'Copyright (C) 2020 Free Software Foundation, Inc.';
const LICENSE = 'License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>\n';

export function* run(ctx: CommandContext): CommandRun {
  const words = ctx.operands ?? [];
  if (!words.length) {
    ctx.out((yield { load: () => import('./list').then((m) => m.list) }) as string);
    return 0;
  }
  const topics = (yield { load: () => import('./topics').then((m) => m.topics) }) as [string, string, string][];
  const o = ctx.opts;
  let out = '';
  if (/[*?[]/.test(words[0])) out += `Shell commands matching keyword${words.length > 1 ? 's' : ''} \`${words.join(', ')}'\n\n`;
  let found = 0;
  for (const pattern of words) {
    for (let pass = 1; pass < 3; pass++) {
      let here = 0;
      for (const [name, short, long] of topics) {
        const m = pass === 1 ? pattern === name || globMatch(pattern, name) : name.startsWith(pattern);
        if (!m) continue;
        here++;
        found++;
        const first = long.split('\n')[0].replace(/^ {4}/, '');
        if (o?.has('d')) out += `${name} - ${first}\n`;
        else if (o?.has('m'))
          out += `NAME\n    ${name} - ${first}\n\nSYNOPSIS\n    ${short}\n\nDESCRIPTION\n${long}\nSEE ALSO\n    bash(1)\n\nIMPLEMENTATION\n    GNU bash, version ${VERSION}\n    ${COPYRIGHT}\n    ${LICENSE}\n`;
        else out += `${name}: ${short}\n` + (o?.has('s') ? '' : long);
      }
      if (pass === 1 && here) break;
    }
  }
  ctx.out(out);
  if (!found) {
    const p = words[words.length - 1];
    ctx.err(`-bash: help: no help topics match \`${p}'.  Try \`help help' or \`man -k ${p}' or \`info ${p}'.\n`);
    return 1;
  }
  return 0;
}
