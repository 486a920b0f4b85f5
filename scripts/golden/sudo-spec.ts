/**
 * Writes sudo's spec and help (Rocky 9.5 ships sudo 1.9.5p2, built with SELinux, without BSD auth or login
 * classes) into src/sim/commands/sudo/{spec,help}.ts, from src/parse_args.c and src/sudo_usage.h.in.
 * sudo wraps its usage and help to the terminal width (sudo_lbuf, lib/util/lbuf.c); the text is written for
 * 80 columns, the width sudo assumes when it cannot ask the terminal.
 *
 *   npx tsx scripts/golden/sudo-spec.ts <sudo git dir>
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readOptions } from './c-options';
import { tokenize } from './c-usage';

const TAG = 'SUDO_1_9_5p2';
const COLS = 80;
const repo = process.argv[2];
const root = path.resolve(import.meta.dirname, '../..');
const show = (p: string) => execSync(`git -C ${repo} show ${TAG}:${p}`, { encoding: 'utf8', maxBuffer: 1 << 26 });

/** sudo_lbuf_println: split a line on word boundaries to `cols`, continuation lines indented by `indent`. */
function wrap(line: string, indent: number, cols = COLS): string {
  let out = '';
  let cp = 0;
  let have = cols;
  while (cp < line.length) {
    let need = line.length - cp;
    let ep = -1;
    if (need > have) {
      ep = line.lastIndexOf(' ', cp + have - 1);
      if (ep < cp) ep = line.indexOf(' ', cp + have);
      if (ep >= 0) need = ep - cp;
    }
    if (cp !== 0) out += ' '.repeat(indent);
    out += line.slice(cp, cp + need);
    if (ep >= 0) {
      have = cols - indent;
      cp = ep;
      while (cp < line.length && (line[cp] === ' ' || line[cp] === '\t')) cp++;
    } else cp = line.length;
    out += '\n';
  }
  return out;
}

/** sudo_lbuf_print: each line of the buffer, empty lines as they are. */
const print = (buf: string, indent: number) =>
  buf
    .split('\n')
    .slice(0, -1)
    .map((l) => (l === '' ? '\n' : wrap(l, indent)))
    .join('');

const usageH = show('src/sudo_usage.h.in')
  .replace(/@BSDAUTH_USAGE@/g, '')
  .replace(/@LOGINCAP_USAGE@/g, '')
  .replace(/@SELINUX_USAGE@/g, '[-r role] [-t type] ');
const usages = [1, 2, 3, 4, 5].map((n) => new RegExp(`#define SUDO_USAGE${n} "([^"]*)"`).exec(usageH)![1]);
const usageText = usages.map((u) => print(`usage: sudo${u}\n`, 'sudo'.length + 8)).join('');
// display_usage() as sudoedit: SUDO_USAGE5 without its " -e"
const editUsageText = print(`usage: sudoedit${usages[4].slice(3)}\n`, 'sudoedit'.length + 8);

const src = show('src/parse_args.c');
const helpBody = src.slice(src.indexOf('\nhelp(void)'), src.indexOf('\n}', src.indexOf('\nhelp(void)')));
// keep the SELinux options, drop the BSD auth and login class ones (not built on Rocky)
const kept = helpBody.replace(/#ifdef (HAVE_BSD_AUTH_H|HAVE_LOGIN_CAP_H)[\s\S]*?#endif/g, '').replace(/#(ifdef|endif).*\n/g, '');
let options = '\nOptions:\n';
const re = /sudo_lbuf_append\(&lbuf, "(  [^"]*)%s\\n",\s*_\(("(?:[^"\\]|\\.)*")\)\);/g;
for (let m = re.exec(kept); m; m = re.exec(kept)) options += m[1] + (tokenize(m[2])[0] as { v: string }).v + '\n';
const help = print('sudo - execute a command as another user\n\n', 32) + usageText + print(options, 32);

const opts = readOptions(src, 'long_opts', 'Aa:BbC:c:D:Eeg:Hh::iKklnPp:R:r:SsT:t:U:u:Vv');
const flags = opts.flags
  .filter((f) => !['auth-type', 'login-class'].includes(f.long ?? '') && !(f.short === 'a' || f.short === 'c'))
  .map((f) => {
    const parts: string[] = [];
    if (f.short) parts.push(`short: ${JSON.stringify(f.short)}`);
    if (f.long) parts.push(`long: ${JSON.stringify(f.long)}`);
    if (f.value !== 'none') parts.push(`value: '${f.value}'`);
    if (f.long === 'help' || (f.short === 'h' && !f.long)) parts.push("action: 'help'");
    return `    { ${parts.join(', ')} },`;
  });
const dir = path.join(root, 'src/sim/commands/sudo');
mkdirSync(dir, { recursive: true });
writeFileSync(
  path.join(dir, 'spec.ts'),
  [
    `// sudo ${TAG.slice(5).replace(/_/g, '.')} (Rocky 9.5): options from src/parse_args.c; help and usage in help.ts.`,
    '// Written by scripts/golden/sudo-spec.ts; edit that script, not this file.',
    "import type { CommandSpec } from '../../spec/types';",
    "import { usage } from './usage';",
    '',
    'export const spec: CommandSpec = {',
    "  name: 'sudo',",
    "  style: 'gnu',",
    // "+" in the short options: the first operand (the command) ends sudo's options
    '  permute: false,',
    '  helpFlags: [],',
    '  usageTail: usage,',
    '  flags: [',
    ...flags,
    '  ],',
    "  help: () => import('./help').then((m) => m.help),",
    '};',
    '',
  ].join('\n'),
);
writeFileSync(path.join(dir, 'usage.ts'), `// sudo's usage lines (stderr after a bad option, and with no command), 80 columns. Written by scripts/golden/sudo-spec.ts.\nexport const usage = ${JSON.stringify(usageText)};\n\n// The same as sudoedit prints it.\nexport const editUsage = ${JSON.stringify(editUsageText)};\n`);
writeFileSync(path.join(dir, 'help.ts'), `// \`sudo --help\` of sudo ${TAG.slice(5).replace(/_/g, '.')}, 80 columns. Written by scripts/golden/sudo-spec.ts.\nexport const help = ${JSON.stringify(help)};\n`);
console.log(help);
