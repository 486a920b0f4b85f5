/**
 * Writes the spec and help of each bash builtin the guests answer, from the bash version Rocky 9.5 ships
 * (5.1.8; help texts as in the bash-5.1 tag), into src/sim/shell/builtins/<name>/{spec,help}.ts.
 *
 *   npx tsx scripts/golden/bash-builtins.ts <bash git dir> [--check]
 *
 * The git dir is a clone of the bash repository with its tags. A builtin's help is its $SHORT_DOC line and
 * its long doc from builtins/<file>.def, shown the way `NAME --help` and `help NAME` print it (the long doc
 * indented by four spaces, preprocessor lines left out). --check first renders the tag of the host's bash
 * (5.2 on Debian 12) and compares with the host's own `help NAME`, so a reader bug shows before anything
 * is written.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const LAB_TAG = 'bash-5.1';
const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: bash-builtins.ts <bash git dir> [--check]');
  process.exit(2);
}

/**
 * The builtins, by the .def file that holds them. `opts` is the builtin's option string as its source hands
 * it to internal_getopt (a letter followed by ':' takes a value); `none` marks builtins that call
 * no_options() (only --help); `raw` marks builtins that read their own words (echo, test, true...).
 */
interface B {
  file: string;
  opts?: string;
  raw?: boolean;
  /** A builtin that reads its own words but answers --help (kill, set). */
  help?: boolean;
  /** Folder name when the name is not a file name ([, ., :). */
  dir?: string;
}
const BUILTINS: Record<string, B> = {
  alias: { file: 'alias', opts: 'p' },
  unalias: { file: 'alias', opts: 'a' },
  bg: { file: 'fg_bg', opts: '' },
  fg: { file: 'fg_bg', opts: '' },
  break: { file: 'break', opts: '' },
  continue: { file: 'break', opts: '' },
  cd: { file: 'cd', opts: 'eLP' },
  pwd: { file: 'cd', opts: 'LP' },
  echo: { file: 'echo', raw: true },
  exit: { file: 'exit', opts: '' },
  logout: { file: 'exit', opts: '' },
  export: { file: 'setattr', opts: 'fnp' },
  unset: { file: 'set', opts: 'fnv' },
  set: { file: 'set', raw: true, help: true },
  shift: { file: 'shift', opts: '' },
  return: { file: 'return', opts: '' },
  source: { file: 'source', opts: '' },
  '.': { file: 'source', opts: '', dir: 'dot' },
  type: { file: 'type', opts: 'afptP' },
  history: { file: 'history', opts: 'acd:npsrw' },
  jobs: { file: 'jobs', opts: 'lpnxrs' },
  kill: { file: 'kill', raw: true, help: true },
  read: { file: 'read', opts: 'ersa:d:i:n:p:t:u:N:' },
  wait: { file: 'wait', opts: 'fnp:' },
  printf: { file: 'printf', opts: 'v:' },
  help: { file: 'help', opts: 'dms' },
  true: { file: 'colon', raw: true },
  false: { file: 'colon', raw: true },
  ':': { file: 'colon', raw: true, dir: 'colon' },
  test: { file: 'test', raw: true },
  complete: { file: 'complete', raw: true, help: true },
  '[': { file: 'test', raw: true, dir: 'bracket' },
};

interface Doc {
  short: string;
  long: string[];
}

function show(tag: string, file: string): string {
  return execFileSync('git', ['-C', repo, 'show', `${tag}:builtins/${file}.def`], { encoding: 'utf8', maxBuffer: 1 << 24 });
}

/** Every $BUILTIN of a .def file: its short doc and long doc lines. */
function readDef(text: string): Map<string, Doc> {
  const docs = new Map<string, Doc>();
  let cur: Doc | null = null;
  let inDoc = false;
  for (const line of text.split('\n')) {
    const m = /^\$BUILTIN\s+(\S+)/.exec(line);
    if (m) {
      // a second $BUILTIN of the same name is the build without job control (wait) or V9_ECHO (echo)
      cur = { short: '', long: [] };
      if (docs.has(m[1])) cur = { short: '', long: [] };
      else docs.set(m[1], cur);
      inDoc = false;
      continue;
    }
    if (!cur) continue;
    if (line.startsWith('$SHORT_DOC ')) {
      cur.short = line.slice(11);
      inDoc = true;
      continue;
    }
    if (line.startsWith('$END')) {
      cur = null;
      inDoc = false;
      continue;
    }
    if (line.startsWith('$')) continue;
    if (inDoc && !line.startsWith('#')) cur.long.push(line);
  }
  return docs;
}

/** What `NAME --help` prints. */
function render(name: string, d: Doc): string {
  return `${name}: ${d.short}\n` + d.long.map((l) => '    ' + l + '\n').join('');
}

function docsAt(tag: string): Map<string, Doc> {
  const all = new Map<string, Doc>();
  for (const b of new Set(Object.values(BUILTINS).map((x) => x.file))) for (const [k, v] of readDef(show(tag, b))) all.set(k, v);
  return all;
}

if (process.argv.includes('--check')) {
  const ver = execFileSync('bash', ['-c', 'echo ${BASH_VERSINFO[0]}.${BASH_VERSINFO[1]}'], { encoding: 'utf8' }).trim();
  const docs = docsAt(`bash-${ver}`);
  let bad = 0;
  // Debian patches test's help (two paragraphs about symlinks and bash(1)); Rocky's bash has no such patch.
  const debianPatched = new Set(['test', '[']);
  for (const name of Object.keys(BUILTINS).filter((n) => !debianPatched.has(n))) {
    const host = execFileSync('bash', ['--norc', '-c', `help -- '${name}'`], { encoding: 'utf8', env: { LC_ALL: 'C.UTF-8', PATH: '/usr/bin:/bin' } });
    const mine = render(name, docs.get(name)!);
    if (host !== mine) {
      bad++;
      console.error(`--check: ${name} differs from the host's bash ${ver}`);
      writeFileSync(`/tmp/help-${BUILTINS[name].dir ?? name}.host`, host);
      writeFileSync(`/tmp/help-${BUILTINS[name].dir ?? name}.mine`, mine);
    }
  }
  if (bad) process.exit(1);
  console.log(`--check: ${Object.keys(BUILTINS).length} help texts match bash ${ver}`);
}

const q = (s: string) => JSON.stringify(s);
const docs = docsAt(LAB_TAG);
for (const [name, b] of Object.entries(BUILTINS)) {
  const d = docs.get(name);
  if (!d) throw new Error(`no $BUILTIN ${name} in ${b.file}.def`);
  const dir = path.join(root, 'src/sim/shell/builtins', b.dir ?? name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'help.ts'),
    `// \`${name} --help\` and \`help ${name}\` in bash 5.1 (builtins/${b.file}.def). Written by scripts/golden/bash-builtins.ts.\nexport const help = ${q(render(name, d))};\n`,
  );
  const flags: string[] = [];
  for (let i = 0; b.opts && i < b.opts.length; i++) {
    const c = b.opts[i];
    const val = b.opts[i + 1] === ':';
    if (val) i++;
    flags.push(`    { short: ${q(c)}${val ? ", value: 'required'" : ''} },`);
  }
  writeFileSync(
    path.join(dir, 'spec.ts'),
    [
      `// The bash 5.1 builtin \`${name}\`: options as its source reads them (builtins/${b.file}.def), help in help.ts.`,
      `// Written by scripts/golden/bash-builtins.ts; edit that script, not this file.`,
      `import type { CommandSpec } from '../../../spec/types';`,
      `export const spec: CommandSpec = {`,
      `  name: ${q(name)},`,
      `  style: 'builtin',`,
      `  synopsis: ${q(d.short)},`,
      `  summary: ${q(d.long[0] ?? '')},`,
      ...(b.raw ? [`  rawArgs: true,`] : []),
      ...(b.raw && !b.help ? [`  helpFlags: [],`] : []),
      ...(b.raw ? [] : [`  flags: [`, ...flags, `  ],`]),
      `  help: () => import('./help').then((m) => m.help),`,
      `};`,
      '',
    ].join('\n'),
  );
}
console.log(`wrote ${Object.keys(BUILTINS).length} builtins from ${LAB_TAG}`);
