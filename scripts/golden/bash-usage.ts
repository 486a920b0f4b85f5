/**
 * Writes `bash --help`, `bash --version` and bash's invocation options (Rocky 9.5 ships bash 5.1.8, built for
 * x86_64-redhat-linux-gnu) into src/sim/shell/bash-command/{spec,help}.ts, from shell.c (long_args[],
 * show_shell_usage()), version.c (show_shell_version()) and builtins/set.def ($SHORT_DOC of set) of the
 * bash-5.1 tag. The configure defaults are in force (DEBUGGER and RESTRICTED_SHELL on, WORDEXP_OPTION off),
 * as in the RHEL and Debian builds.
 *
 *   npx tsx scripts/golden/bash-usage.ts <bash git dir> [--check]
 *
 * --check first renders the bash-5.2 tag as Debian 12's bash 5.2.15 (x86_64-pc-linux-gnu) and compares it with
 * the host's own `bash --help`, `bash --version` and `bash --bogus`, so a reader bug shows before anything is written.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { functionBody, tokenize } from './c-usage';

const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: bash-usage.ts <bash git dir> [--check]');
  process.exit(2);
}
const show = (tag: string, p: string) => execFileSync('git', ['-C', repo, 'show', `${tag}:${p}`], { encoding: 'utf8', maxBuffer: 1 << 26 });

const DEFINES: Record<string, boolean> = { DEBUGGER: true, RESTRICTED_SHELL: true, WORDEXP_OPTION: false, TRANSLATABLE_STRINGS: true };

/** The body of a K&R or ANSI function defined at column 0 (its parameter declarations may sit before the brace). */
function kr(src: string, name: string): string {
  const at = src.search(new RegExp(`^${name} \\(`, 'm'));
  const open = src.indexOf('\n{', at) + 2;
  return functionBody(src.slice(0, at) + `${name} ()\n{` + src.slice(open), name)!;
}

/** The string literals of each printf/fprintf/fputs call in a piece of C, call by call. */
function calls(c: string): string[][] {
  const toks = tokenize(c);
  const out: string[][] = [];
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].t !== 'id' || !['printf', 'fprintf', 'fputs'].includes(toks[i].v) || toks[i + 1]?.v !== '(') continue;
    const strs: string[] = [];
    let depth = 0;
    for (i++; i < toks.length; i++) {
      if (toks[i].v === '(') depth++;
      else if (toks[i].v === ')' && --depth === 0) break;
      else if (toks[i].t === 'str') strs.push(toks[i].v);
    }
    out.push(strs);
  }
  return out;
}

/** The string literals of a piece of C, in order. */
const strings = (c: string) =>
  tokenize(c)
    .filter((t) => t.t === 'str')
    .map((t) => t.v);

interface Texts {
  long: { name: string; arg: boolean }[];
  setLetters: string;
  usage: string;
  help: string;
  version: string;
}

function render(tag: string, version: string, machtype: string, name: string): Texts {
  const shell = show(tag, 'shell.c');
  // long_args[] with its #if blocks
  const table = shell.slice(shell.indexOf('} long_args[] = {'), shell.indexOf('};', shell.indexOf('} long_args[] = {')));
  const long: Texts['long'] = [];
  let on = [true];
  for (const line of table.split('\n')) {
    const m = /^#\s*if defined \((\w+)\)/.exec(line);
    if (m) on.push(on[on.length - 1] && !!DEFINES[m[1]]);
    else if (/^#\s*endif/.test(line)) on.pop();
    else {
      const e = /\{ "([^"]+)", (Int|Charp),/.exec(line);
      if (e && on[on.length - 1]) long.push({ name: e[1], arg: e[2] === 'Charp' });
    }
  }
  on = [true];
  const body = kr(shell, 'show_shell_usage');
  // the calls in order: [0] version line (extra), [1] Usage, [2] GNU long options, [3] each long option,
  // [4] Shell options, [5] invocation-only line, [6] set's letters, [7..] the extra lines
  const parts = calls(body);
  const fmt = (s: string, ...args: string[]) => {
    let i = 0;
    return s.replace(/%s/g, () => args[i++]);
  };
  const setDoc = /^\$SHORT_DOC set \[-(?:-)*([^\]]+)\]/m.exec(show(tag, 'builtins/set.def'))!;
  const setLetters = setDoc[1];
  const ver = `${version}(1)-release`;
  let usage = fmt(parts[1][0], name, name) + parts[2][0];
  for (const l of long) usage += fmt(parts[3][0], l.name);
  usage += parts[4][0] + parts[5][0] + fmt(parts[6][0], setLetters);
  const extra = parts
    .slice(7)
    .map((c) => fmt(c[0], name))
    .join('');
  const help = fmt(parts[0][0], ver, machtype) + usage + extra;
  const vc = show(tag, 'version.c');
  const constant = (n: string) => strings(new RegExp(`${n} = N_\\(((?:"(?:[^"\\\\]|\\\\.)*"\\s*)+)\\)`).exec(vc)![1]).join('');
  const v = calls(kr(vc, 'show_shell_version'));
  // printf (_("GNU bash, version %s (%s)\n")), then copyright, license and two sentences, each as "%s\n"
  const version_ = fmt(v[0][0], ver, machtype) + [constant('bash_copyright'), constant('bash_license'), v[3][1], v[4][1]].map((x) => fmt(v[1][0], x)).join('');
  return { long, setLetters, usage, help, version: version_ };
}

function run(args: string[]): { out: string; err: string; status: number } {
  const r = spawnSync('bash', args, { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', LC_ALL: 'C' } });
  return { out: r.stdout, err: r.stderr, status: r.status ?? -1 };
}

if (process.argv.includes('--check')) {
  const hostVer = /version (\d+\.\d+\.\d+)\(1\)-release \(([^)]+)\)/.exec(run(['--version']).out)!;
  const t = render('bash-5.2', hostVer[1], hostVer[2], 'bash');
  const h = run(['--help']);
  const v = run(['--version']);
  const b = run(['--bogus']);
  const ok = h.out === t.help && v.out === t.version && b.err === `bash: --bogus: invalid option\n${t.usage}` && b.status === 2;
  if (!ok) {
    console.error('reader differs from the host bash:\n', JSON.stringify({ help: [h.out, t.help], version: [v.out, t.version], bogus: [b.err, t.usage] }, null, 1));
    process.exit(1);
  }
  console.log('bash-5.2 rendered as the host prints it');
}

const lab = render('bash-5.1', '5.1.8', 'x86_64-redhat-linux-gnu', '${name}');
const dir = path.join(root, 'src/sim/shell/bash-command');
mkdirSync(dir, { recursive: true });
const tpl = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\$(?!\{name\})/g, '\\$') + '`';
writeFileSync(
  path.join(dir, 'help.ts'),
  [
    '// `bash --help` and `bash --version` of bash 5.1.8 (Rocky 9.5), under the name bash or sh.',
    '// Written by scripts/golden/bash-usage.ts from the bash-5.1 tag; edit that script, not this file.',
    `export const help = (name: string) => ${tpl(lab.help)};`,
    `export const version = ${JSON.stringify(lab.version)};`,
    '',
  ].join('\n'),
);
const flags = [
  ...lab.long.map((l) =>
    l.name === 'help' ? "    { long: 'help', action: 'help' }," : l.name === 'version' ? "    { long: 'version', action: 'version' }," : `    { long: ${JSON.stringify(l.name)}${l.arg ? ", value: 'required'" : ''} },`,
  ),
  // the invocation-only letters, then set's letters, then -o and -O (show_shell_usage's lines)
  ...[...new Set(['i', 'l', 'r', 's', 'D', 'c', ...lab.setLetters])].map((c) => `    { short: ${JSON.stringify(c)} },`),
  "    { short: 'o', value: 'required' },",
  "    { short: 'O', value: 'required' },",
];
writeFileSync(
  path.join(dir, 'spec.ts'),
  [
    '// bash 5.1.8 as a command (`bash`, `sh`): the long options of shell.c\'s long_args[], the invocation letters',
    '// and set\'s letters; `--bogus` and `-j` get "NAME: --bogus: invalid option" and the short usage, exit 2.',
    '// Long options are matched whole (no prefixes) and end at the first operand (the script or -c\'s command).',
    '// Written by scripts/golden/bash-usage.ts; edit that script, not this file.',
    "import type { CommandSpec, UsageError } from '../../spec/types';",
    '',
    `const usage = (name: string) => ${tpl(lab.usage)};`,
    '',
    'function onError(name: string, e: UsageError) {',
    "  const word = e.short ? '-' + e.option : e.option;",
    "  // --rcfile, --init-file: shell.c's report_error (_(\"%s: option requires an argument\"), long_args[i].name).",
    "  // A bare -o or -O makes bash list the set/shopt options and go on; that listing is not modelled, and the",
    "  // simulator answers as bash does for a bare -c instead.",
    "  if (e.code === 'missing-value') return { stderr: `${name}: ${e.short ? word : e.flag?.long}: option requires an argument\\n`, status: 2 };",
    '  return { stderr: `${name}: ${word}: invalid option\\n${usage(name)}`, status: 2 };',
    '}',
    '',
    'export const shellSpec = (name: string): CommandSpec => ({',
    '  name,',
    "  style: 'gnu',",
    `  synopsis: \`\${name} [GNU long option] [option] ...\`,`,
    '  permute: false,',
    '  abbreviations: false,',
    '  usageStatus: 2,',
    '  onError: (e) => onError(name, e),',
    '  flags: [',
    ...flags,
    '  ],',
    "  help: () => import('./help').then((m) => m.help(name)),",
    "  version: () => import('./help').then((m) => m.version),",
    '});',
    '',
  ].join('\n'),
);
console.log(lab.help.replace(/\$\{name\}/g, 'bash'));
console.log(lab.version);
