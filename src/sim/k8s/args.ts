/** kubectl's command tree and a pflag-like parser (flags anywhere, `--x=v`, `--x v`, `-n v`, `-nv`, `-it`). */

export type FlagType = 'b' | 's' | 'a' | 'i';
export interface FlagDef {
  long: string;
  short?: string;
  type: FlagType;
}
export type FlagValue = string | boolean | string[] | number;
export interface Parsed {
  /** command path, e.g. ["rollout", "undo"] */
  path: string[];
  args: string[];
  flags: Record<string, FlagValue>;
  /** words after `--` */
  rest: string[];
  /** true when a `--` was seen */
  dash: boolean;
}
export interface ParseError {
  error: string;
  path: string[];
}

const GLOBAL =
  'namespace|n:s kubeconfig:s context:s cluster:s user:s server|s:s token:s request-timeout:s v|v:s insecure-skip-tls-verify:b match-server-version:b help|h:b';
const F = 'filename|f:a recursive|R:b';
const O = 'output|o:s dry-run:s';
const SEL = 'selector|l:s';
const R = `${F} ${SEL}`;

/** command path → its own flags; "alias=target" entries map alternative spellings. */
export const COMMANDS: Record<string, string> = {
  get: `${O} ${R} template:s watch|w:b watch-only:b all-namespaces|A:b show-labels:b field-selector:s sort-by:s label-columns|L:a no-headers:b show-kind:b output-watch-events:b chunk-size:i ignore-not-found:b`,
  describe: `${R} all-namespaces|A:b show-events:b`,
  create: `${F} ${O} save-config:b edit:b validate:s`,
  'create deployment': `image:a replicas|r:i port:i ${O}`,
  'create namespace': O,
  'create service': '',
  'create service clusterip': `tcp:a clusterip:s ${O}`,
  'create service nodeport': `tcp:a node-port:i ${O}`,
  'create configmap': `from-literal:a from-file:a from-env-file:a ${O}`,
  apply: `${R} ${O} prune:b server-side:b force:b validate:s`,
  delete: `${R} ${O} all:b all-namespaces|A:b force:b grace-period:i now:b wait:b ignore-not-found:b cascade:s`,
  run: `image:s port:s labels|l:s env:a restart:s ${O} stdin|i:b tty|t:b rm:b command:b expose:b`,
  expose: `${F} ${O} port:s target-port:s type:s name:s protocol:s selector:s external-ip:s`,
  scale: `${R} replicas:i current-replicas:i all:b output|o:s timeout:s`,
  set: '',
  'set image': `${R} ${O} all:b record:b`,
  rollout: '',
  'rollout status': `${R} watch|w:b revision:i timeout:s`,
  'rollout history': `${R} revision:i output|o:s`,
  'rollout undo': `${R} to-revision:i dry-run:s`,
  'rollout pause': R,
  'rollout resume': R,
  'rollout restart': R,
  label: `${R} ${O} overwrite:b all:b list:b`,
  annotate: `${R} ${O} overwrite:b all:b list:b`,
  edit: `${F} output|o:s`,
  patch: `${F} ${O} type:s patch|p:s local:b`,
  proxy: 'port|p:s address:s accept-hosts:s api-prefix:s',
  logs: `follow|f:b container|c:s tail:i previous|p:b timestamps:b since:s ${SEL} all-containers:b prefix:b`,
  exec: 'stdin|i:b tty|t:b container|c:s quiet|q:b',
  cordon: `${SEL} dry-run:s`,
  uncordon: `${SEL} dry-run:s`,
  drain: `ignore-daemonsets:b delete-emptydir-data:b delete-local-data:b force:b grace-period:i timeout:s ${SEL} pod-selector:s disable-eviction:b dry-run:s`,
  taint: `overwrite:b all:b ${SEL}`,
  autoscale: `${F} ${O} min:i max:i cpu-percent:i name:s`,
  top: '',
  'top node': `${SEL} sort-by:s no-headers:b show-capacity:b`,
  'top pod': `all-namespaces|A:b ${SEL} sort-by:s containers:b no-headers:b`,
  'cluster-info': '',
  'cluster-info dump': 'output|o:s all-namespaces|A:b',
  version: 'output|o:s client:b',
  'api-resources': 'namespaced:s output|o:s api-group:s no-headers:b sort-by:s verbs:a cached:b',
  'api-versions': '',
  config: '',
  'config view': 'minify:b raw:b flatten:b output|o:s',
  'config current-context': '',
  'config get-contexts': 'output|o:s no-headers:b',
  'config use-context': '',
  'config set-context': 'current:b namespace:s cluster:s user:s',
  explain: 'recursive:b api-version:s output:s',
  help: '',
  'create deploy': '=create deployment',
  'create ns': '=create namespace',
  'create svc': '=create service',
  'create cm': '=create configmap',
  'top nodes': '=top node',
  'top no': '=top node',
  'top pods': '=top pod',
  'top po': '=top pod',
};

const specCache = new Map<string, FlagDef[]>();
function defs(spec: string): FlagDef[] {
  let d = specCache.get(spec);
  if (!d) {
    d = spec
      .split(' ')
      .filter(Boolean)
      .map((w) => {
        const [names, type] = w.split(':');
        const [long, short] = names.split('|');
        return { long, short, type: type as FlagType };
      });
    specCache.set(spec, d);
  }
  return d;
}

export function resolvePath(words: string[]): string[] {
  let path: string[] = [];
  for (const w of words) {
    const key = [...path, w].join(' ');
    const spec = COMMANDS[key];
    if (spec === undefined) break;
    path = spec.startsWith('=') ? spec.slice(1).split(' ') : [...path, w];
  }
  return path;
}

export function flagsFor(path: string[]): FlagDef[] {
  const own = defs(COMMANDS[path.join(' ')] ?? '');
  const g = defs(GLOBAL);
  // a command's own flag shadows the global one with the same name (config set-context --namespace)
  return [...own, ...g.filter((x) => !own.some((o) => o.long === x.long || (x.short && o.short === x.short)))];
}

function setFlag(flags: Record<string, FlagValue>, d: FlagDef, v: string | true, shown: string): string | undefined {
  if (d.type === 'b') {
    if (v === true) flags[d.long] = true;
    else if (/^(1|t|T|TRUE|true|True)$/.test(v)) flags[d.long] = true;
    else if (/^(0|f|F|FALSE|false|False)$/.test(v)) flags[d.long] = false;
    else return `invalid argument "${v}" for "${shown}" flag: strconv.ParseBool: parsing "${v}": invalid syntax`;
    return;
  }
  const s = v as string;
  if (d.type === 'i') {
    if (!/^-?\d+$/.test(s)) return `invalid argument "${s}" for "${shown}" flag: strconv.ParseInt: parsing "${s}": invalid syntax`;
    flags[d.long] = Number(s);
  } else if (d.type === 'a') {
    const cur = (flags[d.long] as string[] | undefined) ?? [];
    flags[d.long] = [...cur, ...(d.long === 'filename' ? [s] : s.split(','))];
  } else flags[d.long] = s;
}

function display(d: FlagDef): string {
  return d.short ? `-${d.short}, --${d.long}` : `--${d.long}`;
}

/**
 * Parses kubectl's argv (without the leading "kubectl"). Subcommand words are recognised among the
 * leading non-flag words; flags may come before, between or after them.
 */
export function parseKubectl(argv: string[]): Parsed | ParseError {
  // first pass: find the command path from non-flag words, skipping values of known global value flags
  const words: string[] = [];
  const gdefs = defs(GLOBAL);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') break;
    if (a.startsWith('-') && a.length > 1) {
      if (!a.includes('=')) {
        const d = a.startsWith('--') ? gdefs.find((x) => x.long === a.slice(2)) : a.length === 2 ? gdefs.find((x) => x.short === a[1]) : undefined;
        if (d && d.type !== 'b') i++;
      }
      continue;
    }
    words.push(a);
  }
  const path = resolvePath(words);
  const fdefs = flagsFor(path);
  const flags: Record<string, FlagValue> = {};
  const args: string[] = [];
  const rest: string[] = [];
  let consumed = 0;
  let dash = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      dash = true;
      rest.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a.slice(2) : a.slice(2, eq);
      const d = fdefs.find((x) => x.long === name);
      if (!d) return { error: `unknown flag: --${name}`, path };
      let v: string | true;
      if (eq >= 0) v = a.slice(eq + 1);
      else if (d.type === 'b') v = true;
      else {
        if (i + 1 >= argv.length) return { error: `flag needs an argument: --${name}`, path };
        v = argv[++i];
      }
      const e = setFlag(flags, d, v, display(d));
      if (e) return { error: e, path };
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      // shorthand cluster: -it, -nkube-system, -n=kube-system
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const d = fdefs.find((x) => x.short === c);
        if (!d) return { error: `unknown shorthand flag: '${c}' in ${a}`, path };
        if (d.type === 'b') {
          if (a[j + 1] === '=') {
            const e = setFlag(flags, d, a.slice(j + 2), display(d));
            if (e) return { error: e, path };
            break;
          }
          flags[d.long] = true;
          continue;
        }
        let v: string;
        if (j + 1 < a.length) v = a[j + 1] === '=' ? a.slice(j + 2) : a.slice(j + 1);
        else {
          if (i + 1 >= argv.length) return { error: `flag needs an argument: '${c}' in -${c}`, path };
          v = argv[++i];
        }
        const e = setFlag(flags, d, v, display(d));
        if (e) return { error: e, path };
        break;
      }
      continue;
    }
    if (consumed < path.length) {
      consumed++;
      continue;
    }
    args.push(a);
  }
  return { path, args, flags, rest, dash };
}

export function isParseError(p: Parsed | ParseError): p is ParseError {
  return 'error' in p;
}
