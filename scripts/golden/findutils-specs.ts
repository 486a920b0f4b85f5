/**
 * Writes the help of find and xargs of GNU findutils 4.8 (Rocky 9.5) into src/sim/commands/findutils/{find,xargs}/help.ts.
 * find: its usage() at the tag v4.8.0 (find/util.c) read from the source, the -D names of its debug table, and
 * the bug-report paragraph (lib/bugreports.c, unchanged since) as this machine's find 4.9 prints it.
 * xargs: recorded from this machine's xargs 4.9, whose xargs.c differs from 4.8's only in comments and code.
 *
 *   npx tsx scripts/golden/findutils-specs.ts <findutils git dir>
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: findutils-specs.ts <findutils git dir>');
  process.exit(2);
}
const git = (args: string) => execSync(`git -C ${repo} ${args}`, { encoding: 'utf8', maxBuffer: 1 << 26 });
const strings = (code: string) => {
  let out = '';
  for (const m of code.matchAll(/"((?:[^"\\]|\\[\s\S])*)"/g)) out += m[1].replace(/\\\n/g, '').replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  return out;
};

const util = git('show v4.8.0:find/util.c');
const body = util.slice(util.indexOf('#define HTL(t)'), util.indexOf('explain_how_to_report_bugs (stdout, program_name);'));
const [before, after] = body.split('show_valid_debug_options (0);');
const names = [...util.slice(util.indexOf('debugassoc[] =')).matchAll(/\{ *"(\w+)",/g)].map((m) => m[1]);
const local = execSync('find --help', { encoding: 'utf8' });
const bugs = local.slice(local.indexOf('Please see also the documentation'));
if (git('diff v4.8.0 v4.9.0 -- lib/bugreports.c').split('\n').some((l) => /^[-+][^-+]/.test(l) && !/Copyright/.test(l))) throw new Error('lib/bugreports.c changed');
const findHelp = strings(before).replace('%s', 'find') + 'Valid arguments for -D:\n' + names.join(', ') + strings(after) + bugs;

if (git('diff v4.8.0 v4.9.0 -- xargs/xargs.c').split('\n').some((l) => /^[-+][^-+]/.test(l) && /_\("/.test(l))) throw new Error('xargs.c messages changed');
const xargsHelp = execSync('xargs --help', { encoding: 'utf8' });

const dir = path.join(root, 'src/sim/commands/findutils');
writeFileSync(path.join(dir, 'find/help.ts'), `// \`find --help\` of GNU findutils 4.8.0, written by scripts/golden/findutils-specs.ts.\nexport const help = ${JSON.stringify(findHelp)};\n`);
writeFileSync(path.join(dir, 'xargs/help.ts'), `// \`xargs --help\` of GNU findutils 4.8.0, written by scripts/golden/findutils-specs.ts.\nexport const help = ${JSON.stringify(xargsHelp)};\n`);
console.log('find and xargs help written');
