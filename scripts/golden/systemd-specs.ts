/**
 * Writes systemctl's spec and help (Rocky 9.5 ships systemd 252-46.el9_5) into
 * src/sim/commands/systemd/systemctl/{spec,help}.ts, from src/systemctl/systemctl.c of the RHEL 9 systemd tree
 * (https://github.com/redhat-plumbers/systemd-rhel9, tag v252-46). The help is the one printed when stdout is
 * not a terminal: no colours, no pager, and the man page link as plain text.
 *
 *   npx tsx scripts/golden/systemd-specs.ts <systemd-rhel9 git dir>
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { functionBody, tokenize } from './c-usage';
import { readOptions } from './c-options';

const TAG = 'v252-46';
const repo = process.argv[2];
const root = path.resolve(import.meta.dirname, '../..');
const show = (p: string) => execSync(`git -C ${repo} show ${TAG}:${p}`, { encoding: 'utf8', maxBuffer: 1 << 26 });

const src = show('src/systemctl/systemctl.c');
const body = functionBody(src.replace(/^static int systemctl_help\(void\) \{/m, 'systemctl_help (void)\n{'), 'systemctl_help')!;
const call = body.slice(body.indexOf('printf('));
const toks = tokenize(call);
let fmt = '';
for (let i = 2; toks[i].t === 'str'; i++) fmt += toks[i].v;
// the arguments: program name, the man page link, then underline/normal/highlight/normal (empty off a terminal)
const args = ['systemctl', 'systemctl(1) man page', '', '', '', ''];
const help = fmt.replace(/%(\d)\$s/g, (_m, n: string) => args[Number(n) - 1]);

const opts = readOptions(src, 'options', 'ht:p:P:alqfs:H:M:n:o:iTr.::');
const flags = opts.flags
  .filter((f) => f.short !== '.' && f.long !== 'version')
  .map((f) => {
    const parts: string[] = [];
    if (f.short) parts.push(`short: ${JSON.stringify(f.short)}`);
    if (f.long) parts.push(`long: ${JSON.stringify(f.long)}`);
    if (f.value !== 'none') parts.push(`value: '${f.value}'`);
    if (f.long === 'help') parts.push("action: 'help'");
    return `    { ${parts.join(', ')} },`;
  });
const dir = path.join(root, 'src/sim/commands/systemd/systemctl');
mkdirSync(dir, { recursive: true });
writeFileSync(
  path.join(dir, 'spec.ts'),
  [
    `// systemctl of systemd 252 (Rocky 9.5, ${TAG}.el9): options from src/systemctl/systemctl.c, help in help.ts.`,
    '// Written by scripts/golden/systemd-specs.ts; edit that script, not this file.',
    "import type { CommandSpec } from '../../../spec/types';",
    '',
    'export const spec: CommandSpec = {',
    "  name: 'systemctl',",
    "  style: 'gnu',",
    '  helpFlags: [],',
    // systemctl reports getopt's message and exits 1, without a "Try" line
    "  usageTail: '',",
    '  flags: [',
    ...flags,
    "    { long: 'version', action: 'version' },",
    '  ],',
    "  help: () => import('./help').then((m) => m.help),",
    // --version: version() of src/basic/util.c, with the build features of the box (../version.ts)
    "  version: () => import('../version').then((m) => m.version),",
    '};',
    '',
  ].join('\n'),
);
writeFileSync(path.join(dir, 'help.ts'), `// \`systemctl --help\` of systemd 252 (${TAG}), stdout not a terminal. Written by scripts/golden/systemd-specs.ts.\nexport const help = ${JSON.stringify(help)};\n`);
console.log(help.slice(0, 400), '...', help.slice(-200), flags.length, 'flags');
