/**
 * Writes src/sim/k8s/components/data/etcdctl-v3-5.ts: etcdctl's cobra command tree read from an etcd-io/etcd tree at
 * the tag the lab's etcd image carries (v3.5.15):
 *   etcdctl/ctlv3/ctl.go          the root command (Use, Short), its persistent flags and the commands it adds
 *   etcdctl/ctlv3/command/*.go    each NewXxxCommand: the cobra.Command literal's Use, Short, Long and whether it has
 *                                 a Run, the commands it adds, its flags (XxxVar/XxxVarP: name, shorthand, pflag type,
 *                                 default as pflag keeps it, usage)
 * cobra v1.1.3 (etcdctl/go.mod) adds a `help [command]` command to the root ("Help about any command") and a
 * -h/--help flag ("help for NAME") to the command it runs; components/etcdctl-help.ts does that.
 *
 *   npx tsx scripts/golden/etcdctl-help.ts <etcd git dir> <tag>
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const [repo, tag] = process.argv.slice(2);
if (!repo || !tag) {
  console.error('usage: etcdctl-help.ts <etcd git dir> <tag>');
  process.exit(2);
}
const sh = (c: string) => execSync(c, { encoding: 'utf8', maxBuffer: 1 << 26 });
const show = (p: string) => sh(`git -C ${repo} show ${tag}:${p}`);
const files = sh(`git -C ${repo} ls-tree --name-only ${tag} etcdctl/ctlv3/command/`).split('\n').filter((f) => f.endsWith('.go') && !f.endsWith('_test.go'));
const pkg = files.map(show).join('\n');
const ctl = show('etcdctl/ctlv3/ctl.go');

/** a Go string literal ("…" or `…`) at the start of s: its value and length */
function strLit(s: string): [string, number] | null {
  if (s[0] === '`') {
    const end = s.indexOf('`', 1);
    return [s.slice(1, end), end + 1];
  }
  if (s[0] === '"') {
    let i = 1;
    while (s[i] !== '"') i += s[i] === '\\' ? 2 : 1;
    // Go escapes JSON lacks: \xNN
    return [JSON.parse(s.slice(0, i + 1).replace(/\\x([0-9a-fA-F]{2})/g, '\\u00$1')), i + 1];
  }
  return null;
}

/** the package's `name = "value"` and `name = 2 * time.Second` constants */
const consts: Record<string, string> = {};
for (const src of [pkg, ctl]) {
  for (const m of src.matchAll(/^(?:\s+|var )(\w+)\s*=\s*(.+)$/gm)) {
    const v = m[2].trim();
    const lit = strLit(v);
    if (lit && lit[1] === v.length) consts[m[1]] = lit[0];
    const d = /^(\d+) \* time\.Second$/.exec(v);
    if (d) consts[m[1]] = `${d[1]}s`;
    if (/^\d+$/.test(v)) consts[m[1]] = v;
  }
}

/** a flag's default as pflag keeps DefValue */
function defValue(expr: string, type: string): string {
  const e = expr.trim();
  const lit = strLit(e);
  if (lit && lit[1] === e.length) return lit[0];
  if (/^(true|false|-?\d+)$/.test(e)) return e;
  if (e in consts) return consts[e];
  const sl = /^\[\]string\{(.*)\}$/.exec(e);
  if (sl) return `[${[...sl[1].matchAll(/"([^"]*)"/g)].map((x) => x[1]).join(',')}]`;
  // initialClusterFromName(name): fmt.Sprintf("%s=http://localhost:2380", n)
  const ic = /^initialClusterFromName\((\w+)\)$/.exec(e);
  if (ic) {
    const body = /func initialClusterFromName\(name string\) string \{([\s\S]*?)\n\}/.exec(pkg)![1];
    const fmtS = /fmt\.Sprintf\("%s([^"]*)", n\)/.exec(body)![1];
    return defValue(ic[1], 'string') + fmtS;
  }
  // a package variable without an initializer: its zero value
  if (new RegExp(`^\\s+${e}\\s+(u?int\\d*|string|bool|time\\.Duration)$`, 'm').test(pkg)) return type === 'string' ? '' : type === 'bool' ? 'false' : type === 'duration' ? '0s' : '0';
  throw new Error(`default not evaluated: ${e}`);
}

const TYPES: Record<string, string> = { String: 'string', Bool: 'bool', Int: 'int', Int64: 'int64', Uint: 'uint', Uint64: 'uint64', Duration: 'duration', StringSlice: 'stringSlice', StringArray: 'stringArray', Int32: 'int32' };

/** splits a call's argument list at top-level commas */
function args(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const lit = s[i] === '"' || s[i] === '`' ? strLit(s.slice(i)) : null;
    if (lit) {
      cur += s.slice(i, i + lit[1]);
      i += lit[1] - 1;
      continue;
    }
    const c = s[i];
    if ('([{'.includes(c)) depth++;
    if (')]}'.includes(c)) depth--;
    if (c === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** the text of the call's parentheses starting at s[open] === '(' */
function callArgs(s: string, open: number): string {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const lit = s[i] === '"' || s[i] === '`' ? strLit(s.slice(i)) : null;
    if (lit) {
      i += lit[1] - 1;
      continue;
    }
    if (s[i] === '(') depth++;
    if (s[i] === ')' && --depth === 0) return s.slice(open + 1, i);
  }
  throw new Error('unclosed call');
}

type Flag = [name: string, short: string, type: string, def: string, usage: string];
interface Cmd {
  use: string;
  short: string;
  long: string;
  run: boolean;
  flags: Flag[];
  persistent: Flag[];
  children: string[];
}

function flagsIn(body: string, which: RegExp): Flag[] {
  const out: Flag[] = [];
  for (const m of body.matchAll(which)) {
    const t = TYPES[m[1]];
    if (!t) throw new Error(`flag type ${m[1]}`);
    const a = args(callArgs(body, m.index! + m[0].length - 1));
    const p = m[2] === 'P';
    const name = strLit(a[1])![0];
    const short = p ? strLit(a[2])![0] : '';
    const def = defValue(a[p ? 3 : 2], t);
    const usage = strLit(a[p ? 4 : 3])![0];
    out.push([name, short, t, def, usage]);
  }
  return out;
}

/** the body of func NAME() *cobra.Command */
function body(name: string): string {
  const at = pkg.indexOf(`func ${name}() *cobra.Command {`);
  if (at < 0) throw new Error(`no ${name}`);
  return pkg.slice(at, pkg.indexOf('\n}\n', at));
}

function literal(src: string): { use: string; short: string; long: string; run: boolean } {
  const at = src.indexOf('cobra.Command{');
  const lit = src.slice(at, src.indexOf('\n\t}', at));
  const field = (f: string) => {
    const m = new RegExp(`\\b${f}:\\s*`).exec(lit);
    return m ? strLit(lit.slice(m.index + m[0].length))![0] : '';
  };
  return { use: field('Use'), short: field('Short'), long: field('Long'), run: /\bRunE?:/.test(lit) };
}

const cmds: Record<string, Cmd> = {};
function walk(fn: string, prefix: string): string {
  const src = body(fn);
  const l = literal(src);
  const name = l.use.split(' ')[0];
  const p = prefix ? `${prefix} ${name}` : name;
  const children: string[] = [];
  for (const m of src.matchAll(/\.AddCommand\(/g)) {
    for (const a of args(callArgs(src, m.index! + m[0].length - 1))) children.push(walk(/^(\w+)\(\)$/.exec(a)![1], p));
  }
  cmds[p] = { ...l, flags: flagsIn(src, /\.Flags\(\)\.(\w+?)Var(P?)\(/g), persistent: flagsIn(src, /\.PersistentFlags\(\)\.(\w+?)Var(P?)\(/g), children };
  return p;
}

const rootUse = /Use:\s+cliName/.test(ctl) ? /cliName\s+=\s+"([^"]+)"/.exec(ctl)![1] : '';
const rootShort = /cliDescription\s+=\s+"([^"]+)"/.exec(ctl)![1];
const initBody = ctl.slice(ctl.indexOf('func init() {'), ctl.indexOf('\n}\n', ctl.indexOf('func init() {')));
const globals = flagsIn(initBody, /PersistentFlags\(\)\.(\w+?)Var(P?)\(/g);
const top = args(callArgs(initBody, initBody.indexOf('rootCmd.AddCommand(') + 'rootCmd.AddCommand'.length)).map((a) => walk(/^command\.(\w+)\(\)$/.exec(a)![1], ''));
cmds[''] = { use: rootUse, short: rootShort, long: '', run: false, flags: [], persistent: globals, children: top };

writeFileSync(
  path.join(root, 'src/sim/k8s/components/data/etcdctl-v3-5.ts'),
  `/**
 * etcdctl's command tree, generated by scripts/golden/etcdctl-help.ts from etcd-io/etcd at ${tag}: by command path
 * ("" the root), its Use, Short, Long, whether it runs (has a Run), its flags and persistent flags as
 * [name, shorthand, pflag type, default, usage] and its subcommands in the order they are added. Do not edit by hand.
 */
export interface CtlCmd {
  use: string;
  short: string;
  long: string;
  run: boolean;
  flags: [string, string, string, string, string][];
  /** PersistentFlags: this command's and its subcommands' */
  persistent: [string, string, string, string, string][];
  children: string[];
}
export const CMDS: Record<string, CtlCmd> = ${JSON.stringify(cmds, null, 0).replace(/\},"/g, '},\n"')};
`,
);
console.log(`${Object.keys(cmds).length} commands, ${globals.length} global flags`);
