/**
 * Writes the specs and texts of gzip, gunzip and zcat as gzip 1.12 has them (Rocky 9.5: gzip-1.12-1.el9) into
 * src/sim/commands/gzip/<tool>/{spec,help}.ts: gzip's from gzip.c (help_msg[], license_msg[], version(), the
 * getopt_long table), gunzip's and zcat's from the shell scripts gunzip.in and zcat.in (their usage and version,
 * printed for a first word --help or --version; anything else is `exec gzip -d` / `exec gzip -cd`).
 *
 *   npx tsx scripts/golden/gzip-spec.ts <gzip git dir>
 *
 * The git dir is a clone of https://git.savannah.gnu.org/git/gzip.git (or a GitHub mirror) with its tags.
 * Debian 12 has the same gzip 1.12: tests/golden/linux (gzip-*) compares these texts with its output.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { preprocess, tokenize } from './c-usage';
import { readOptions } from './c-options';

const TAG = 'v1.12';
const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: gzip-spec.ts <gzip git dir>');
  process.exit(2);
}
const show = (p: string) => execSync(`git -C ${repo} show ${TAG}:${p}`, { encoding: 'utf8', maxBuffer: 1 << 26 });

/** The strings of a `static char const *const NAME[] = { "...", ..., 0};` array, one a line. */
function lines(src: string, name: string): string[] {
  const at = src.indexOf(`${name}[] = {`);
  if (at < 0) throw new Error(`no ${name}[]`);
  const body = preprocess(src.slice(at, src.indexOf('0};', at)), { O_BINARY: false, UNDOCUMENTED: false, NO_DIR: false, '! NO_DIR': true }).replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  let cur: string | null = null;
  for (const t of tokenize(body.slice(body.indexOf('{') + 1))) {
    if (t.t === 'str') cur = (cur ?? '') + t.v;
    else if (t.t === 'p' && t.v === ',' && cur !== null) {
      out.push(cur);
      cur = null;
    }
  }
  if (cur !== null) out.push(cur);
  return out;
}

/** A shell variable's double-quoted value in gunzip.in / zcat.in (`$0` stays for the script's path). */
function shellVar(src: string, name: string): string {
  const m = new RegExp(`^${name}="([\\s\\S]*?)"$`, 'm').exec(src);
  if (!m) throw new Error(`no ${name}= in script`);
  return m[1].replace(/@VERSION@/g, TAG.slice(1));
}

const gzipC = show('gzip.c');
const VERSION = TAG.slice(1);
const gzipHelp = `Usage: gzip [OPTION]... [FILE]...\n${lines(gzipC, 'help_msg').map((l) => l + '\n').join('')}`;
const license = `gzip ${VERSION}\n${lines(gzipC, 'license_msg').map((l) => l + '\n').join('')}`;
const written = /printf \("(Written by [^"]*)\\n"\)/.exec(gzipC.slice(gzipC.indexOf('local void version()')))![1];
const gzipVersion = `${license}\nWritten by ${written.slice('Written by '.length)}\n`;
const opts = readOptions(gzipC.replace(/\/\*[\s\S]*?\*\//g, ''));

interface Out {
  help: string;
  version: string;
  license?: string;
}
const texts: Record<string, Out> = {
  gzip: { help: gzipHelp, version: gzipVersion, license },
};
for (const name of ['gunzip', 'zcat']) {
  const sh = show(`${name}.in`);
  // printf '%s\n' "$usage": $0 is the path bash ran the script by (/usr/bin/NAME through PATH)
  texts[name] = { help: shellVar(sh, 'usage').replace('$0', `/usr/bin/${name}`) + '\n', version: shellVar(sh, 'version') + '\n' };
}

// one flag a letter: its first long name, the others (--stdout, --uncompress, --silent) as aliases
const byShort = new Map<string, { short?: string; longs: string[]; value: string }>();
const flagList: { short?: string; longs: string[]; value: string }[] = [];
for (const f of opts.flags) {
  if (f.long === '-presume-input-tty') continue;
  const seen = f.short ? byShort.get(f.short) : undefined;
  if (seen) {
    if (f.long) seen.longs.push(f.long);
    continue;
  }
  const e = { short: f.short, longs: f.long ? [f.long] : [], value: f.value };
  if (f.short) byShort.set(f.short, e);
  flagList.push(e);
}
const flagLines = flagList.map((f) => {
  const parts: string[] = [];
  if (f.short) parts.push(`short: ${JSON.stringify(f.short)}`);
  if (f.longs[0]) parts.push(`long: ${JSON.stringify(f.longs[0])}`);
  if (f.longs.length > 1) parts.push(`longAliases: ${JSON.stringify(f.longs.slice(1))}`);
  if (f.value !== 'none') parts.push(`value: '${f.value}'`);
  return `    { ${parts.join(', ')} },`;
});

for (const [name, t] of Object.entries(texts)) {
  const dir = path.join(root, 'src/sim/commands/gzip', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'help.ts'),
    `// \`${name} --help\` and \`${name} --version\` of gzip ${VERSION}, read from ${name === 'gzip' ? 'gzip.c' : name + '.in'} by scripts/golden/gzip-spec.ts.\n` +
      `export const help = ${JSON.stringify(t.help)};\n\nexport const version = ${JSON.stringify(t.version)};\n` +
      (t.license ? `\nexport const license = ${JSON.stringify(t.license)};\n` : ''),
  );
  const own = name !== 'gzip';
  writeFileSync(
    path.join(dir, 'spec.ts'),
    [
      own
        ? `// ${name} of gzip ${VERSION} (Rocky 9.5): the script ${name}.in, which answers a first word --help or --version and runs \`gzip ${name === 'zcat' ? '-cd' : '-d'}\` with the words otherwise.`
        : `// gzip ${VERSION} (Rocky 9.5): options from gzip.c's getopt_long table (-h/-H/-? print the help, -V the version, -L the license), texts in help.ts.`,
      '// Written by scripts/golden/gzip-spec.ts; edit that script, not this file.',
      "import type { CommandSpec } from '../../../spec/types';",
      '',
      'export const spec: CommandSpec = {',
      `  name: ${JSON.stringify(name)},`,
      "  style: 'gnu',",
      ...(own
        ? ['  rawArgs: true,']
        : ["  helpFlags: ['--help', '-h', '-H'],", "  usageTail: 'Try `gzip --help\\' for more information.\\n',", '  flags: [', ...flagLines.filter((l) => !/"(h|H|V)"/.test(l)), "    { short: 'V', long: 'version', action: 'version' },", '  ],']),
      "  help: () => import('./help').then((m) => m.help),",
      "  version: () => import('./help').then((m) => m.version),",
      '};',
      '',
    ].join('\n'),
  );
}
console.log(`wrote gzip, gunzip and zcat from gzip ${TAG}`);
