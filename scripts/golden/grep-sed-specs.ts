/**
 * Writes the spec and help of GNU grep and GNU sed as Rocky 9.5 ships them (grep 3.6, sed 4.8) into
 * src/sim/commands/{grep,sed}/{spec,help}.ts, read from their sources.
 *
 *   npx tsx scripts/golden/grep-sed-specs.ts <grep git dir> <sed git dir> [--check]
 *
 * --check first runs the same readers on the host's versions and compares with the host's `--help`.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { usageText } from './c-usage';
import { readOptions, type COption } from './c-options';

const [grepRepo, sedRepo] = process.argv.slice(2);
const root = path.resolve(import.meta.dirname, '../..');
const show = (repo: string, tag: string, p: string) => execSync(`git -C ${repo} show ${tag}:${p}`, { encoding: 'utf8', maxBuffer: 1 << 26 });

const grep = (tag: string) => {
  const source = show(grepRepo, tag, 'src/grep.c');
  const env = { source, systemH: '', program: 'grep', known: { PACKAGE_NAME: 'GNU grep' }, bugs: { address: 'bug-grep@gnu.org', home: 'https://www.gnu.org/software/grep/' } };
  return { help: usageText({ ...env, conditions: { 'status != 0': false } }), opts: readOptions(source, 'long_options') };
};
const sed = (tag: string) => {
  const source = show(sedRepo, tag, 'sed/sed.c');
  const env = { source, systemH: '', program: 'sed', known: { PACKAGE_BUGREPORT: 'bug-sed@gnu.org', PACKAGE_NAME: 'GNU sed' }, defines: { ENABLE_FOLLOW_SYMLINKS: true, HAVE_READLINK: true, O_BINARY: false } };
  // usage(EXIT_BAD_USAGE) prints the same text to stderr without the bug report address
  return {
    help: usageText({ ...env, conditions: { '! errmsg': true } }),
    usage: usageText({ ...env, conditions: { '! errmsg': false } }),
    opts: readOptions(source, 'longopts', 'bsnrzuEe:f:l:i::V:'),
  };
};

if (process.argv.includes('--check')) {
  const v = (cmd: string) => 'v' + /(\d+\.\d+)/.exec(execSync(`${cmd} --version`, { encoding: 'utf8' }))![1];
  const g = grep(v('grep')).help === execSync('grep --help', { encoding: 'utf8' });
  const s = sed(v('sed')).help === execSync('sed --help', { encoding: 'utf8' });
  console.log(`grep ${v('grep')}: ${g ? 'same as the host' : 'DIFFERS'}; sed ${v('sed')}: ${s ? 'same as the host' : 'DIFFERS'}`);
  if (!g || !s) process.exit(1);
}

function flagLines(flags: COption[]): string[] {
  const seen: COption[] = [];
  const out: string[] = [];
  for (const f of flags) {
    if (f.long === 'help' || (f.short && /\d/.test(f.short))) continue;
    const dup = f.short && seen.find((x) => x.short === f.short);
    seen.push(f);
    const parts: string[] = [];
    if (f.short && !dup) parts.push(`short: ${JSON.stringify(f.short)}`);
    if (f.long) parts.push(`long: ${JSON.stringify(f.long)}`);
    if (dup) parts.push(`key: ${JSON.stringify(dup.long ?? dup.short)}`);
    if (f.value !== 'none') parts.push(`value: '${f.value}'`);
    if (f.long === 'version' && f.short === 'V') parts.push("action: 'version'");
    out.push(`    { ${parts.join(', ')} },`);
  }
  return out;
}

function write(name: string, version: string, from: string, body: string[], help: string, extra = ''): void {
  const dir = path.join(root, 'src/sim/commands', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'spec.ts'),
    [`// GNU ${name} ${version} (Rocky 9.5): options from ${from}, help in help.ts.`, '// Written by scripts/golden/grep-sed-specs.ts; edit that script, not this file.', "import type { CommandSpec } from '../../spec/types';", extra, '', 'export const spec: CommandSpec = {', ...body, "  help: () => import('./help').then((m) => m.help),", '};', '']
      .filter((l) => l !== '')
      .join('\n') + '\n',
  );
  writeFileSync(path.join(dir, 'help.ts'), `// \`${name} --help\` of GNU ${name} ${version}, read from its source by scripts/golden/grep-sed-specs.ts.\nexport const help = ${JSON.stringify(help)};\n`);
}

const g = grep('v3.6');
write('grep', '3.6', 'src/grep.c', [
  "  name: 'grep',",
  "  style: 'gnu',",
  '  synopsis: "grep [OPTION]... PATTERNS [FILE]...",',
  '  usageStatus: 2,',
  `  usageTail: ${JSON.stringify("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n")},`,
  // egrep and fgrep are scripts that exec grep (src/egrep.sh): their errors carry grep's name
  "  errorName: 'grep',",
  "  version: () => import('./version').then((m) => m.version),",
  // -NUM is --context=NUM
  "  numberFlag: 'context',",
  '  flags: [',
  ...flagLines(g.opts.flags),
  '  ],',
], g.help);
const s = sed('v4.8');
write('sed', '4.8', 'sed/sed.c', [
  "  name: 'sed',",
  "  style: 'gnu',",
  '  synopsis: "sed [OPTION]... {script-only-if-no-other-script} [input-file]...",',
  '  usageTail: usage,',
  '  flags: [',
  ...flagLines(s.opts.flags),
  '  ],',
], s.help, "import { usage } from './usage';");
writeFileSync(path.join(root, 'src/sim/commands/sed/usage.ts'), `// What sed 4.8 prints on stderr after a bad option. Written by scripts/golden/grep-sed-specs.ts.\nexport const usage = ${JSON.stringify(s.usage)};\n`);
console.log('wrote grep 3.6 and sed 4.8');
