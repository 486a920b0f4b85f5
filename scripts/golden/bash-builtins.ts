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
  local: { file: 'declare', raw: true, help: true },
  command: { file: 'command', opts: 'pvV' },
  eval: { file: 'eval', raw: true, help: true },
  let: { file: 'let', raw: true, help: true },
  umask: { file: 'umask', opts: 'Sp' },
  disown: { file: 'jobs', opts: 'ahr' },
  trap: { file: 'trap', opts: 'lp' },
  '[': { file: 'test', raw: true, dir: 'bracket' },
  declare: { file: 'declare', raw: true, help: true },
  typeset: { file: 'declare', raw: true, help: true },
  readonly: { file: 'setattr', opts: 'aAfnp' },
  exec: { file: 'exec', opts: 'cla:' },
  pushd: { file: 'pushd', raw: true, help: true },
  popd: { file: 'pushd', raw: true, help: true },
  dirs: { file: 'pushd', raw: true, help: true },
  shopt: { file: 'shopt', opts: 'psuoq' },
  getopts: { file: 'getopts', raw: true, help: true },
  mapfile: { file: 'mapfile', opts: 'd:u:n:O:tC:c:s:' },
  readarray: { file: 'mapfile', opts: 'd:u:n:O:tC:c:s:' },
  compgen: { file: 'complete', raw: true, help: true },
  caller: { file: 'caller', opts: '' },
  hash: { file: 'hash', opts: 'dlp:rt' },
  times: { file: 'times', opts: '' },
  enable: { file: 'enable', opts: 'adnpsf:' },
  builtin: { file: 'builtin', opts: '' },
  // ulimit's letters take an optional value (internal_getopt's `;`), fc reads `-5` as a number, compopt takes +o
  ulimit: { file: 'ulimit', raw: true, help: true },
  fc: { file: 'fc', raw: true, help: true },
  bind: { file: 'bind', opts: 'lvpVPsSXf:q:u:m:r:x:' },
  suspend: { file: 'suspend', opts: 'f' },
  compopt: { file: 'complete', raw: true, help: true },
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
    const m = /^\$BUILTIN\s+(.+?)\s*$/.exec(line);
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

/** Every $BUILTIN of every .def at a tag (reserved words included), as `help` lists them: sorted by name. */
function allDocs(tag: string): [string, Doc][] {
  // the .def files built into bash: DEFSRC of builtins/Makefile.in
  const make = execFileSync('git', ['-C', repo, 'show', `${tag}:builtins/Makefile.in`], { encoding: 'utf8' });
  const defsrc = /^DEFSRC\s*=([\s\S]*?)\n\s*\n/m.exec(make)![1];
  const files = [...defsrc.matchAll(/\/([a-z_]+\.def)/g)].map((m) => m[1]);
  const all: [string, Doc][] = [];
  const seen = new Set<string>();
  for (const f of files)
    for (const [name, d] of readDef(show(tag, f.replace(/\.def$/, '')))) {
      if (seen.has(name)) continue;
      seen.add(name);
      all.push([name, d]);
    }
  return all.sort((a, b) => (Buffer.from(a[0]) < Buffer.from(b[0]) ? -1 : 1));
}

function allShortDocs(tag: string): [string, string][] {
  return allDocs(tag).map(([n, d]) => [n, d.short]);
}

/** `help` with no words (help.def's show_builtin_command_help and dispcolumn, 80 columns). */
function helpList(version: string, docs: [string, string][]): string {
  const width = 40;
  const n = docs.length;
  const height = (n + 1) >> 1;
  const cell = (doc: string, w: number) => ' ' + (doc.length >= w - 2 ? doc.slice(0, w - 3) + '>' : doc);
  let out =
    `GNU bash, version ${version}\n` +
    "These shell commands are defined internally.  Type `help' to see this list.\nType `help name' to find out more about the function `name'.\nUse `info bash' to find out more about the shell in general.\nUse `man -k' or `info' to find out more about commands not in this list.\n\nA star (*) next to a name means that the command is disabled.\n\n";
  for (let i = 0; i < height; i++) {
    const first = cell(docs[i][1], width);
    if (i << 1 >= n || i + height >= n) {
      out += first + '\n';
      continue;
    }
    out += first.padEnd(width) + cell(docs[i + height][1], width - 1) + '\n';
  }
  return out;
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
  const hostList = execFileSync('bash', ['--norc', '-c', 'help'], { encoding: 'utf8', env: { LC_ALL: 'C.UTF-8', PATH: '/usr/bin:/bin', COLUMNS: '80' } });
  const hostVersion = /^GNU bash, version (.*)\n/.exec(hostList)![1];
  if (helpList(hostVersion, allShortDocs(`bash-${ver}`)) !== hostList) {
    bad++;
    console.error('--check: the `help` list differs from the host');
    writeFileSync('/tmp/help-list.host', hostList);
    writeFileSync('/tmp/help-list.mine', helpList(hostVersion, allShortDocs(`bash-${ver}`)));
  }
  if (bad) process.exit(1);
  console.log(`--check: ${Object.keys(BUILTINS).length} help texts and the \`help\` list match bash ${ver}`);
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
// the table of every builtin's spec
const ident = (n: string) => (BUILTINS[n].dir ?? n) + 'Spec';
writeFileSync(
  path.join(root, 'src/sim/shell/builtins/specs.ts'),
  [
    "// Every bash builtin's spec (names, options, synopsis; help loads with each). Written by",
    '// scripts/golden/bash-builtins.ts; the bodies are in each folder\'s run.ts.',
    "import type { CommandSpec } from '../../spec/types';",
    ...Object.entries(BUILTINS).map(([n, b]) => `import { spec as ${ident(n)} } from './${b.dir ?? n}/spec';`),
    '',
    'export const BUILTIN_SPECS: Record<string, CommandSpec> = {',
    ...Object.keys(BUILTINS).map((n) => `  ${/^[a-z]+$/.test(n) ? n : `'${n}'`}: ${ident(n)},`),
    '};',
    '',
  ].join('\n'),
);

// Rocky 9.5's bash 5.1.8 names its build x86_64-redhat-linux-gnu (as its curl does)
writeFileSync(
  path.join(root, 'src/sim/shell/builtins/help/list.ts'),
  `// \`help\` with no words in Rocky 9.5's bash 5.1.8 (every builtin's short doc at ${LAB_TAG}). Written by scripts/golden/bash-builtins.ts.\nexport const list = ${q(helpList('5.1.8(1)-release (x86_64-redhat-linux-gnu)', allShortDocs(LAB_TAG)))};\n`,
);
// `help NAME` for every builtin and reserved word, in the order `help` lists them
writeFileSync(
  path.join(root, 'src/sim/shell/builtins/help/topics.ts'),
  `// What \`help NAME\` prints for every builtin and reserved word of bash 5.1 (${LAB_TAG}), in \`help\`'s order:\n// [name, short doc, long doc]. Loaded on the first \`help\`. Written by scripts/golden/bash-builtins.ts.\nexport const topics: [string, string, string][] = [\n${allDocs(LAB_TAG)
    .map(([n, d]) => `  [${q(n)}, ${q(d.short)}, ${q(d.long.map((l) => '    ' + l + '\n').join(''))}],\n`)
    .join('')}];\n`,
);
console.log(`wrote ${Object.keys(BUILTINS).length} builtins, the help list and every help topic from ${LAB_TAG}`);
