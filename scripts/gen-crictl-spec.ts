// Reads crictl's command tree from the cri-tools sources (tag v1.28.0: cmd/crictl/*.go, the cli.Command and
// cli.Flag literals) and writes src/sim/k8s/crictl/data.ts. Usage:
//   npx tsx scripts/gen-crictl-spec.ts <path to a cri-tools git dir>
// Only names, aliases, usage texts, defaults and environment variables are read; none of the Go code is kept.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const GIT = process.argv[2];
const TAG = 'v1.28.0';
if (!GIT) throw new Error('usage: gen-crictl-spec.ts <cri-tools git dir>');
const show = (p: string) => execFileSync('git', ['-C', GIT, 'show', `${TAG}:${p}`], { encoding: 'utf8' });
const files = execFileSync('git', ['-C', GIT, 'ls-tree', '--name-only', TAG, 'cmd/crictl/'], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => f.endsWith('.go') && !f.endsWith('_test.go') && !/_(windows|freebsd)\.go$/.test(f));

// identifiers the literals use for values, as the sources define them (main_unix.go, main.go, version)
const CONSTS: Record<string, unknown> = {
  defaultConfigPath: '/etc/crictl.yaml',
  defaultTimeout: '2s',
  runtimeEndpointUsage:
    'Endpoint of CRI container runtime service (default: uses in order the first successful one of [unix:///var/run/dockershim.sock unix:///run/containerd/containerd.sock unix:///run/crio/crio.sock unix:///var/run/cri-dockerd.sock]). Default is now deprecated and the endpoint should be set instead.',
};

type Val = string | number | boolean | null | Val[] | { type: string; fields: Record<string, Val> } | { ident: string };

class P {
  i = 0;
  constructor(readonly s: string) {}
  ws() {
    for (;;) {
      const m = /^(\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)/.exec(this.s.slice(this.i));
      if (!m) return;
      this.i += m[0].length;
    }
  }
  peek(re: RegExp) {
    this.ws();
    return re.exec(this.s.slice(this.i));
  }
  take(re: RegExp): string {
    const m = this.peek(re);
    if (!m) throw new Error(`expected ${re} at ${this.s.slice(this.i, this.i + 60)}`);
    this.i += m[0].length;
    return m[0];
  }
  str(): string {
    const q = this.take(/^("(?:[^"\\]|\\.)*"|`[^`]*`)/);
    return q.startsWith('`') ? q.slice(1, -1) : (JSON.parse(q) as string);
  }
  value(): Val {
    let v = this.atom();
    while (this.peek(/^\+/)) {
      this.take(/^\+/);
      const r = this.atom();
      v = String(v) + String(r);
    }
    return v;
  }
  atom(): Val {
    if (this.peek(/^["`]/)) return this.str();
    if (this.peek(/^-?\d/)) return Number(this.take(/^-?\d+(\.\d+)?/));
    if (this.peek(/^(true|false)\b/)) return this.take(/^(true|false)/) === 'true';
    if (this.peek(/^\[\]\w+\{/)) {
      this.take(/^\[\][\w.*]+\{/);
      const out: Val[] = [];
      while (!this.peek(/^\}/)) {
        out.push(this.value());
        if (this.peek(/^,/)) this.take(/^,/);
      }
      this.take(/^\}/);
      return out;
    }
    if (this.peek(/^\[\][\w.*]+\{/)) {
      this.take(/^\[\][\w.*]+\{/);
      const out: Val[] = [];
      while (!this.peek(/^\}/)) {
        out.push(this.value());
        if (this.peek(/^,/)) this.take(/^,/);
      }
      this.take(/^\}/);
      return out;
    }
    if (this.peek(/^&?[\w.]+\{/)) {
      const type = this.take(/^&?[\w.]+\{/).replace(/[&{]/g, '');
      const fields: Record<string, Val> = {};
      while (!this.peek(/^\}/)) {
        const k = this.take(/^\w+/);
        this.take(/^:/);
        if (k === 'Action' || k === 'Before' || k === 'After' || k === 'BashComplete' || k === 'OnUsageError') this.skipExpr();
        else fields[k] = this.value();
        if (this.peek(/^,/)) this.take(/^,/);
      }
      this.take(/^\}/);
      return { type, fields };
    }
    if (this.peek(/^append\(/)) {
      // append(someFlags, &cli.XFlag{...}, ...): the flags of a \`var someFlags = []cli.Flag{...}\` of the same file, then the others
      this.take(/^append\(/);
      const base = this.take(/^\w+/);
      const at = new RegExp(`^var ${base} = `, 'm').exec(this.s);
      if (!at) throw new Error(`${base} not found`);
      const q = new P(this.s);
      q.i = at.index + at[0].length;
      const out = [...(q.value() as Val[])];
      while (this.peek(/^,/)) {
        this.take(/^,/);
        if (this.peek(/^\)/)) break;
        out.push(this.value());
      }
      this.take(/^\)/);
      return out;
    }
    if (this.peek(/^[\w.]+\(/)) {
      this.skipExpr();
      return null;
    }
    const id = this.take(/^[\w.]+/);
    return id in CONSTS ? (CONSTS[id] as Val) : { ident: id };
  }
  /** Skip a Go expression up to the next top-level comma or closing brace. */
  skipExpr() {
    let depth = 0;
    for (; this.i < this.s.length; this.i++) {
      const c = this.s[this.i];
      if (c === '"' || c === '`' || c === "'") {
        const close = c;
        for (this.i++; this.i < this.s.length && this.s[this.i] !== close; this.i++) if (this.s[this.i] === '\\' && close !== '`') this.i++;
        continue;
      }
      if (c === '/' && this.s[this.i + 1] === '/') {
        while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
        continue;
      }
      if ('({['.includes(c)) depth++;
      else if (')}]'.includes(c)) {
        if (depth === 0) return;
        depth--;
      } else if (c === ',' && depth === 0) return;
    }
  }
}

interface Flag {
  kind: string;
  name: string;
  aliases: string[];
  usage: string;
  value?: string | number | boolean;
  env: string[];
  hidden?: boolean;
}
interface Cmd {
  name: string;
  aliases: string[];
  usage: string;
  argsUsage?: string;
  usageText?: string;
  description?: string;
  shortOptions?: boolean;
  flags: Flag[];
  subcommands: Cmd[];
}

function toFlag(v: Val): Flag | null {
  if (!v || typeof v !== 'object' || !('type' in v)) return null;
  const f = v.fields;
  const kind = v.type.replace('cli.', '');
  const val = f.Value;
  return {
    kind,
    name: String(f.Name),
    aliases: (f.Aliases as string[]) ?? [],
    usage: String(f.Usage ?? ''),
    ...(val !== undefined && val !== null && typeof val !== 'object' ? { value: val as string | number | boolean } : {}),
    env: (f.EnvVars as string[]) ?? [],
    ...(f.Hidden === true ? { hidden: true } : {}),
  };
}
function toCmd(v: Val): Cmd {
  if (!v || typeof v !== 'object' || !('type' in v)) throw new Error('not a command');
  const f = v.fields;
  return {
    name: String(f.Name),
    aliases: (f.Aliases as string[]) ?? [],
    usage: String(f.Usage ?? ''),
    ...(f.ArgsUsage ? { argsUsage: String(f.ArgsUsage) } : {}),
    ...(f.UsageText ? { usageText: String(f.UsageText) } : {}),
    ...(f.Description ? { description: String(f.Description) } : {}),
    ...(f.UseShortOptionHandling === true ? { shortOptions: true } : {}),
    flags: ((f.Flags as Val[]) ?? []).map(toFlag).filter((x): x is Flag => !!x),
    subcommands: ((f.Subcommands as Val[]) ?? []).map(toCmd),
  };
}

const byVar = new Map<string, Cmd>();
for (const file of files) {
  const src = show(file);
  for (const m of src.matchAll(/^var (\w+) = &cli\.Command\{/gm)) {
    const p = new P(src);
    p.i = m.index! + m[0].length - '&cli.Command{'.length;
    byVar.set(m[1], toCmd(p.value()));
  }
}
// the app: its command order and global flags (main.go)
const main = show('cmd/crictl/main.go');
const order = [.../app\.Commands = \[\]\*cli\.Command\{([\s\S]*?)\n\t\}/.exec(main)![1].matchAll(/(\w+),/g)].map((m) => m[1]);
const flagsAt = main.indexOf('app.Flags = []cli.Flag{');
const fp = new P(main);
fp.i = flagsAt + 'app.Flags = '.length;
const globalFlags = (fp.value() as Val[]).map(toFlag).filter((x): x is Flag => !!x);
const commands = order.map((v) => {
  const c = byVar.get(v);
  if (!c) throw new Error(`command ${v} not found`);
  return c;
});

const out = `// crictl ${TAG}'s commands and flags, read from the cri-tools sources by scripts/gen-crictl-spec.ts. Do not edit.
export interface CrictlFlag {
  kind: string;
  name: string;
  aliases: string[];
  usage: string;
  value?: string | number | boolean;
  env: string[];
  hidden?: boolean;
}
export interface CrictlCommand {
  name: string;
  aliases: string[];
  usage: string;
  argsUsage?: string;
  usageText?: string;
  description?: string;
  shortOptions?: boolean;
  flags: CrictlFlag[];
  subcommands: CrictlCommand[];
}
export const GLOBAL_FLAGS: CrictlFlag[] = [
${globalFlags.map((f) => '  ' + JSON.stringify(f)).join(',\n')},
];
export const COMMANDS: CrictlCommand[] = [
${commands.map((c) => '  ' + JSON.stringify(c)).join(',\n')},
];
`;
writeFileSync(new URL('../src/sim/k8s/crictl/data.ts', import.meta.url), out);
console.log(`${commands.length} commands, ${globalFlags.length} global flags`);
