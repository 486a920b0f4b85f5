/**
 * Writes kubectl's command specs from the recorded help of the real clients (tests/golden/kubectl/<version>/,
 * see scripts/record-kubectl.mjs): the 1.28 text, with 1.29's where it differs.
 *   src/sim/k8s/kubectl/tree.ts                  the verb tree: paths, aliases, summaries, flags
 *   src/sim/k8s/kubectl/root.ts                  `kubectl` with no verb, and `kubectl options`
 *   src/sim/k8s/kubectl/verbs/<verb>/<sub>.help.ts   each command's help text; <verb>/help.ts gathers them
 * Every command is checked to render back to the recorded help byte for byte.
 *   npx tsx scripts/gen-kubectl-spec.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { flagBlock, kubectlHelpText } from '../src/sim/k8s/cli/help';
import { flagOf, helpFor, type FlagSpec, type HelpText, type TreeNode } from '../src/sim/k8s/cli/spec';

interface CmdSpec extends HelpText {
  path: string;
  short: string;
  aliases?: string[];
  flags: FlagSpec[];
}

const ROOT = path.resolve(import.meta.dirname, '..');
const GOLDEN = path.join(ROOT, 'tests/golden/kubectl');
const OUT = path.join(ROOT, 'src/sim/k8s/kubectl/verbs');
/** stringSlice flags (values split on commas); the help prints them like stringArray ones */
const COMMA = new Set(['image', 'selector', 'label-columns', 'verbs', 'resource', 'resource-name', 'user', 'group', 'serviceaccount', 'non-resource-url', 'rule', 'annotation', 'aggregation-rule', 'hard', 'scopes', 'env', 'custom-columns']);

interface Help {
  path: string;
  text: string;
}

function helps(version: string): Help[] {
  const dir = path.join(GOLDEN, version);
  const out: Help[] = [];
  for (const name of fs.readdirSync(dir)) {
    const cmd = fs.readFileSync(path.join(dir, name, 'cmd'), 'utf8').trim().split(' ');
    if (cmd[cmd.length - 1] !== '--help' || cmd.length < 3) continue;
    out.push({ path: cmd.slice(1, -1).join(' '), text: fs.readFileSync(path.join(dir, name, 'stdout'), 'utf8') });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

function parseFlags(chunk: string): [FlagSpec[], Record<string, string>] {
  const out: FlagSpec[] = [];
  const usage: Record<string, string> = {};
  const re = /^ {4}(?:-(\S), )?--([^=\s]+)=(.*):\n\t([\s\S]*?)\n(?=\n {4}-|$)/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(chunk + '\n'))) {
    const f: FlagSpec = { name: m[2], def: m[3] };
    usage[m[2]] = m[4];
    if (m[1]) f.short = m[1];
    if (COMMA.has(f.name) && m[3].startsWith('[')) f.comma = true;
    out.push(f);
  }
  return [out, usage];
}

function parse(h: Help, shorts: Map<string, string>): CmdSpec {
  const parts = h.text.split(/\n\n(Aliases|Examples|Available Commands|Options|Usage):\n/);
  const s: CmdSpec = { path: h.path, use: '', short: shorts.get(h.path) ?? '', long: parts[0], flags: [], usage: {} };
  for (let i = 1; i < parts.length; i += 2) {
    const [head, body] = [parts[i], parts[i + 1]];
    if (head === 'Aliases') s.aliases = body.split(', ').slice(1);
    else if (head === 'Examples') s.examples = body;
    else if (head === 'Options') [s.flags, s.usage] = parseFlags(body);
    else if (head === 'Usage') s.use = body.split('\n')[0].slice(2);
    else if (head === 'Available Commands')
      for (const line of body.split('\n')) {
        const m = /^ {2}(\S+)\s+(.*)$/.exec(line);
        if (m) shorts.set(`${h.path} ${m[1]}`, m[2]);
      }
  }
  return s;
}

function rootShorts(version: string): Map<string, string> {
  const text = fs.readFileSync(path.join(GOLDEN, version, 'no-args/stdout'), 'utf8');
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^ {2}([a-z][a-z-]*)\s{2,}(\S.*)$/.exec(line);
    if (m) out.set(m[1], m[2]);
  }
  return out;
}

function specsOf(version: string): Map<string, CmdSpec> {
  const shorts = rootShorts(version);
  const all = helps(version);
  const out = new Map<string, CmdSpec>();
  // parents first, so their Available Commands give the children's shorts
  for (const h of all.sort((a, b) => a.path.split(' ').length - b.path.split(' ').length)) out.set(h.path, parse(h, shorts));
  for (const s of out.values()) s.short = shorts.get(s.path) ?? s.short;
  return out;
}

const v128 = specsOf('1.28');
const v129 = specsOf('1.29');
const flagText = (f: FlagSpec) => `${f.short ? f.short + '|' : ''}${f.name}=${f.def}${f.comma ? '*' : ''}`;
const TREE: Record<string, TreeNode> = {};
const HELP: Record<string, HelpText> = {};
for (const [p, a] of [...v128, ...[...v129].filter(([p]) => !v128.has(p))]) {
  const b = v129.get(p);
  const node: TreeNode = { short: a.short, flags: a.flags.map(flagText) };
  if (a.aliases?.length) node.aliases = a.aliases;
  if (!v128.has(p)) node.since = 29;
  const help: HelpText = { use: a.use, long: a.long, usage: a.usage };
  if (a.examples) help.examples = a.examples;
  if (b && v128.has(p)) {
    if (JSON.stringify(b.flags) !== JSON.stringify(a.flags)) node.flags129 = b.flags.map(flagText);
    if (b.short !== a.short) node.short129 = b.short;
    if (JSON.stringify(b.aliases ?? []) !== JSON.stringify(a.aliases ?? [])) throw new Error(`aliases differ in 1.29: ${p}`);
    const d: Partial<HelpText> = {};
    if (b.use !== a.use) d.use = b.use;
    if (b.long !== a.long) d.long = b.long;
    if ((b.examples ?? '') !== (a.examples ?? '')) d.examples = b.examples ?? '';
    const u: Record<string, string> = {};
    for (const [k, v] of Object.entries(b.usage)) if (a.usage[k] !== v) u[k] = v;
    if (Object.keys(u).length) d.usage = u;
    if (Object.keys(d).length) help.v129 = d;
  }
  TREE[p] = node;
  HELP[p] = help;
}

const flagsFor = (n: TreeNode, minor: number) => (minor >= 29 && n.flags129 ? n.flags129 : n.flags).map(flagOf);
const children = (p: string, minor: number) =>
  Object.keys(TREE)
    .filter((c) => c.startsWith(p + ' ') && c.split(' ').length === p.split(' ').length + 1 && (!TREE[c].since || minor >= TREE[c].since!))
    .sort()
    .map((c) => ({ name: c.split(' ').pop()!, short: (minor >= 29 && TREE[c].short129) || TREE[c].short }));

// every command renders back to the recorded help
let bad = 0;
for (const [version, minor] of [['1.28', 28], ['1.29', 29]] as const) {
  for (const h of helps(version)) {
    const n = TREE[h.path];
    const got = kubectlHelpText({ path: h.path, aliases: n.aliases, flags: flagsFor(n, minor), children: children(h.path, minor), help: helpFor(HELP[h.path], minor) });
    if (got !== h.text) {
      bad++;
      console.log(`differs: ${version} ${h.path}`);
      if (process.env.SHOW) fs.writeFileSync(`/tmp/gen-${version}-${h.path.replace(/ /g, '_')}`, got);
    }
  }
}

const lit = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
const str = (s: string) => (s.includes('\n') ? lit(s) : JSON.stringify(s));
function helpBody(h: Partial<HelpText>, ind: string): string {
  let out = '';
  for (const k of ['use', 'long', 'examples'] as const) if (h[k] !== undefined) out += `${ind}${k}: ${str(h[k]!)},\n`;
  if (h.usage) out += `${ind}usage: {\n${Object.entries(h.usage).map(([k, v]) => `${ind}  ${JSON.stringify(k)}: ${str(v)},\n`).join('')}${ind}},\n`;
  return out;
}

const OUT_VERBS = OUT;
const K = path.join(OUT_VERBS, '..');
const verbs = [...new Set(Object.keys(TREE).map((p) => p.split(' ')[0]))].sort();
for (const verb of verbs) {
  const dir = path.join(OUT_VERBS, verb);
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.help.ts') || f === 'help.ts') fs.rmSync(path.join(dir, f));
  const entries: [string, string, string][] = [];
  for (const p of Object.keys(TREE).filter((p) => p === verb || p.startsWith(verb + ' ')).sort()) {
    const file = p === verb ? verb : p.split(' ').slice(1).join('-');
    const id = file.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    entries.push([p, file, id]);
    const h = HELP[p];
    let text = `// \`kubectl ${p} --help\` as the 1.28 client prints it${h.v129 ? ' (and 1.29 where it differs)' : ''}.\n`;
    text += `import type { HelpText } from '../../../cli/spec';\n\nexport const help: HelpText = {\n${helpBody(h, '  ')}`;
    if (h.v129) text += `  v129: {\n${helpBody(h.v129, '    ')}  },\n`;
    text += '};\n';
    fs.writeFileSync(path.join(dir, `${file}.help.ts`), text);
  }
  let idx = `// The help texts of kubectl ${verb} and its sub-commands (loaded with the verb).\nimport type { HelpText } from '../../../cli/spec';\n`;
  idx += entries.map(([, file, id]) => `import { help as ${id}Help } from './${file}.help';\n`).join('');
  idx += `\nexport const HELP: Record<string, HelpText> = {\n${entries.map(([p, , id]) => `  ${JSON.stringify(p)}: ${id}Help,\n`).join('')}};\n`;
  fs.writeFileSync(path.join(dir, 'help.ts'), idx);
}

let loaders = "// Each verb's help texts, imported on first use.\nimport type { HelpText } from '../../cli/spec';\n\n";
loaders += `export const HELP_MODULES: Record<string, () => Promise<{ HELP: Record<string, HelpText> }>> = {\n${verbs.map((v) => `  ${JSON.stringify(v)}: () => import('./${v}/help'),\n`).join('')}};\n`;
fs.writeFileSync(path.join(OUT_VERBS, 'index.ts'), loaders);

// the tree
let tree = '// kubectl\'s command tree as the 1.28 client has it (1.29 where it differs): every command path with its\n';
tree += '// summary, aliases and flags (`[short|]name=default`, `*` for a comma-split list). Written from the recorded help\n';
tree += '// by scripts/gen-kubectl-spec.ts; the help texts are in verbs/<verb>/.\n';
tree += "import type { TreeNode } from '../cli/spec';\n\n";
const nodeTs = (n: TreeNode) => {
  let o = `{ short: ${JSON.stringify(n.short)}`;
  if (n.short129) o += `, short129: ${JSON.stringify(n.short129)}`;
  if (n.aliases) o += `, aliases: ${JSON.stringify(n.aliases)}`;
  if (n.since) o += `, since: ${n.since}`;
  o += `, flags: ${JSON.stringify(n.flags)}`;
  if (n.flags129) o += `, flags129: ${JSON.stringify(n.flags129)}`;
  return o + ' }';
};
tree += `export const TREE: Record<string, TreeNode> = {\n${Object.keys(TREE).sort().map((p) => `  ${JSON.stringify(p)}: ${nodeTs(TREE[p])},\n`).join('')}};\n`;

// the root: its help (groups of verbs) and the global flags of `kubectl options`
const rootText = (v: string) => fs.readFileSync(path.join(GOLDEN, v, 'no-args/stdout'), 'utf8');
const optText = (v: string) => fs.readFileSync(path.join(GOLDEN, v, 'options/stdout'), 'utf8');
// 1.29 lists plugins' sub-commands (none here) before Other Commands
const PLUGINS = 'Subcommands provided by plugins:\n\n';
const root129 = rootText('1.28').replace('Other Commands:', PLUGINS + 'Other Commands:');
if (root129 !== rootText('1.29') || optText('1.28') !== optText('1.29')) {
  console.log('the root help or the global options differ in 1.29 in a new way');
  bad++;
}
const OPT_HEAD = 'The following options can be passed to any command:\n\n';
const [globals, gusage] = parseFlags(optText('1.28').slice(OPT_HEAD.length));
if (OPT_HEAD + flagBlock(globals, gusage) + '\n' !== optText('1.28')) {
  console.log('differs: options');
  bad++;
}
tree += `\n/** the global flags (\`kubectl options\`) */\nexport const GLOBAL_FLAGS: string[] = ${JSON.stringify(globals.map(flagText))};\n`;
fs.writeFileSync(path.join(K, 'tree.ts'), tree);
let rootTs = '// `kubectl` with no verb (its help lists the verbs by group) and `kubectl options`, as 1.28 and 1.29 print them.\n';
rootTs += "import type { HelpText } from '../cli/spec';\n\n";
rootTs += `export const ROOT_HELP = ${lit(rootText('1.28'))};\n\n`;
rootTs += `/** what 1.29 adds to the root help, before Other Commands */\nexport const PLUGINS_129 = ${JSON.stringify(PLUGINS)};\n\n`;
rootTs += `export const OPTIONS: HelpText = {\n  use: '',\n  long: ${JSON.stringify(OPT_HEAD)},\n  usage: {\n${Object.entries(gusage).map(([k, v]) => `    ${JSON.stringify(k)}: ${str(v)},\n`).join('')}  },\n};\n`;
fs.writeFileSync(path.join(K, 'root.ts'), rootTs);
console.log(`${Object.keys(TREE).length} commands written; ${bad} render differently from the recording`);
process.exitCode = bad ? 1 : 0;
