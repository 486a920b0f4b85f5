/**
 * Writes less 590's help and version text into src/sim/commands/less/help.ts.
 *
 *   npx tsx scripts/golden/less-spec.ts <less git dir>
 *
 * The git dir is a clone of https://github.com/gwsw/less with its tags. `less --help` pages help.c, which mkhelp
 * makes from less.hlp byte for byte (its bold and underlined words are overstruck with backspaces); when its
 * output is not a terminal less copies it whole. The reader is checked against this machine's less first: Debian 12
 * ships 590 too, and `less --help | cat` must be less.hlp of the tag. --version is optfunc.c's opt__V with
 * pattern_lib_name() of a POSIX regcomp build: Fedora's less.spec, which EL9's follows, runs a bare %configure
 * without PCRE (its changelog at 444-7: "Use POSIX regcomp instead of PCRE"), and configure.ac's auto choice
 * tries POSIX regcomp first. Debian's build says GNU: both read patterns as POSIX extended ones.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: less-spec.ts <less git dir>');
  process.exit(2);
}
const TAG = 'v590';
const show = (f: string) => execFileSync('git', ['-C', repo, 'show', `${TAG}:${f}`], { encoding: 'utf8' });
const help = show('less.hlp');
const host = execFileSync('sh', ['-c', 'less --help | cat'], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', LC_ALL: 'C.UTF-8', LESS: '' } });
if (!execFileSync('less', ['--version'], { encoding: 'utf8' }).startsWith('less 590 ')) throw new Error('the host less is not 590');
if (host !== help) throw new Error(`the host's less --help is not less.hlp of ${TAG}`);

// optfunc.c opt__V (INIT): the lines it puts, in order
const optfunc = show('optfunc.c');
const body = optfunc.slice(optfunc.indexOf('opt__V('), optfunc.indexOf('quit(QUIT_OK);', optfunc.indexOf('opt__V(')));
const puts = [...body.matchAll(/putstr\(("(?:[^"\\]|\\.)*"|version|pattern_lib_name\(\))\)|"((?:[^"\\]|\\.)*)";/g)].map((m) => m[1] ?? `"${m[2]}"`);
const versionNumber = /char version\[\] = "(\d+)";/.exec(show('version.c'))?.[1];
if (versionNumber !== '590') throw new Error('version.c is not 590');
let version = '';
for (const p of puts) {
  if (p === 'version') version += versionNumber;
  else if (p === 'pattern_lib_name()') version += 'POSIX';
  else version += JSON.parse(p) as string;
}
// the EXPERIMENTAL lines are for versions ending in 'x'
version = version.replace(/\*\* This is an EXPERIMENTAL[\s\S]*?below\.\n\n/, '');
if (!version.startsWith('less 590 (POSIX regular expressions)\nCopyright (C) 1984-2021  Mark Nudelman\n\n')) throw new Error('unexpected version text:\n' + version);

writeFileSync(
  path.join(root, 'src/sim/commands/less/help.ts'),
  [
    "// less 590's help (less.hlp, as `less --help` copies it when its output is not a terminal) and --version of Rocky's",
    '// POSIX regcomp build. Written by scripts/golden/less-spec.ts; edit that script, not this file.',
    `export const help = ${JSON.stringify(help)};`,
    '',
    `export const version = ${JSON.stringify(version)};`,
    '',
  ].join('\n'),
);
console.log(`less: help ${help.length} characters; version:\n${version}`);
