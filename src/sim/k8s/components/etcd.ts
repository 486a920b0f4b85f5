/**
 * etcd and etcdctl of the etcd image (registry.k8s.io/etcd:3.5.15-0), texts from etcd v3.5.15 (components/data/
 * etcd-v3-5.ts). etcd parses its flags with Go's flag package (server/etcdmain/config.go, a ContinueOnError set whose
 * Usage writes the usage line to stderr): --help/-h writes that usage, then prints the flags text and exits 0; an
 * error is flag's own line, the usage, and exit status 2 (config.parse); --version prints the version block.
 * etcdctl is etcdctl.ts. What a server start prints is not known here: nothing, exit status 1
 * (components/DIFFERENCES.md).
 */
type EtcdData = typeof import('./data/etcd-v3-5');
type Out = { out: string; err: string; code: number };

const KNOWN_TAG = '3.5.15-0';
const BOOL = ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'];
const goQuote = (s: string) => JSON.stringify(s);

/** Go's flag.FlagSet.Parse (parseOne): the values set, or the error it reports; help for -h/-help */
function goFlags(all: Map<string, boolean>, argv: string[]): { values: Map<string, string>; error?: string; help?: boolean } {
  const values = new Map<string, string>();
  const args = [...argv];
  while (args.length) {
    const s = args[0];
    if (s.length < 2 || s[0] !== '-') break;
    let minuses = 1;
    if (s[1] === '-') {
      minuses = 2;
      if (s.length === 2) {
        args.shift();
        break;
      }
    }
    let name = s.slice(minuses);
    if (!name.length || name[0] === '-' || name[0] === '=') return { values, error: `bad flag syntax: ${s}` };
    args.shift();
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq > 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    const isBool = all.get(name);
    if (isBool === undefined) {
      if (name === 'help' || name === 'h') return { values, help: true };
      return { values, error: `flag provided but not defined: -${name}` };
    }
    if (isBool) {
      if (value !== undefined && !BOOL.includes(value)) return { values, error: `invalid boolean value ${goQuote(value)} for -${name}: parse error` };
      values.set(name, value ?? 'true');
      continue;
    }
    if (value === undefined && args.length) value = args.shift();
    if (value === undefined) return { values, error: `flag needs an argument: -${name}` };
    values.set(name, value);
  }
  return { values };
}

export function runEtcd(name: string, tag: string, args: string[], d: EtcdData): Out {
  const known = tag === KNOWN_TAG;
  const all = new Map(d.FLAGS.split(' ').map((e) => [e.replace(/:b$/, ''), e.endsWith(':b')] as [string, boolean]));
  const p = goFlags(all, args);
  if (p.help) return known ? { out: d.FLAGSLINE + '\n', err: d.USAGELINE + '\n', code: 0 } : { out: '', err: '', code: 0 };
  if (p.error) return { out: '', err: `${p.error}\n${known ? d.USAGELINE + '\n' : ''}`, code: 2 };
  const v = p.values.get('version');
  if (v !== undefined && ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return { out: known ? d.VERSION : '', err: '', code: 0 };
  return { out: '', err: '', code: 1 };
}
