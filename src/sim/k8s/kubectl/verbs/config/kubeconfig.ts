/**
 * kubectl config: the kubeconfig file as clientcmd reads and writes it (clusters, users and contexts by
 * name, the current context), and the sub-commands that show or change it.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Parsed } from '../../cli';
import { jsonpath, renderRows, toYaml } from '../../../format';
import { deleteEntry, setCluster, setCredentials, setProperty } from './edit';

export interface KubeConfig {
  clusters: { name: string; cluster: Record<string, any> }[];
  users: { name: string; user: Record<string, any> }[];
  contexts: { name: string; context: { cluster?: string; user?: string; namespace?: string } }[];
  'current-context': string;
}

export interface ConfigIO {
  /** the file kubectl reads ($KUBECONFIG, else ~/.kube/config) */
  path: string;
  read(): string | null;
  write(text: string): void;
  parseYaml(text: string): any;
  /** a file's text (certificates to embed), relative to the working directory; null when it cannot be read */
  readFile?(path: string): string | null;
  /** the absolute form of a path (filepath.Abs) */
  abs?(path: string): string;
}

export interface ConfigResult {
  out: string;
  err: string;
  code: number;
}

const ok = (out = ''): ConfigResult => ({ out, err: '', code: 0 });
const fail = (err: string, out = ''): ConfigResult => ({ out, err: err + '\n', code: 1 });
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function load(io: ConfigIO): KubeConfig | null {
  const text = io.read();
  if (text == null) return null;
  const d = io.parseYaml(text) ?? {};
  return {
    clusters: [...(d.clusters ?? [])].sort(byName),
    users: [...(d.users ?? [])].sort(byName),
    // a context's cluster and user have no omitempty: "" when the file leaves them out
    contexts: [...(d.contexts ?? [])].map((x: any) => ({ ...x, context: { cluster: '', user: '', ...(x.context ?? {}) } })).sort(byName),
    'current-context': d['current-context'] ?? '',
  };
}

function save(io: ConfigIO, c: KubeConfig): void {
  // an empty list is written as null (Go's nil slice)
  const list = <T>(l: T[]) => (l.length ? l : null);
  io.write(toYaml({ apiVersion: 'v1', clusters: list(c.clusters), contexts: list(c.contexts), 'current-context': c['current-context'], kind: 'Config', preferences: {}, users: list(c.users) }) + '\n');
}

const redact = (o: Record<string, any>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, k.endsWith('-data') ? 'DATA+OMITTED' : k === 'token' || k === 'password' ? 'REDACTED' : v]));

/** --flatten: the files a cluster or user names, read into their `-data` fields */
function flatten(o: Record<string, any>, io: ConfigIO, fields: string[]): Record<string, any> {
  const out = { ...o };
  for (const f of fields) {
    if (!out[f]) continue;
    const text = io.readFile?.(out[f]);
    if (text == null) continue;
    out[`${f}-data`] = btoa(String.fromCharCode(...new TextEncoder().encode(text)));
    delete out[f];
  }
  return out;
}

/** an empty list as Go prints a nil slice (null); `.map` keeps null */
function nil<T>(l: T[]): { map<U>(f: (x: T) => U): U[] | null } {
  return { map: (f) => (l.length ? l.map(f) : null) };
}

/** The config as `config view` shows it: in the Go struct's order (for -o json), data redacted unless --raw. */
function viewOf(c: KubeConfig | null, p: Parsed, io: ConfigIO): any {
  if (!c || (!c.clusters.length && !c.users.length && !c.contexts.length && !c['current-context']))
    return { kind: 'Config', apiVersion: 'v1', preferences: {}, clusters: null, users: null, contexts: null, 'current-context': '' };
  let { clusters, users, contexts } = c;
  let current = c['current-context'];
  if (p.flags.minify) {
    if (typeof p.flags.context === 'string' && p.flags.context) current = p.flags.context;
    const ctx = contexts.find((x) => x.name === current);
    contexts = ctx ? [ctx] : [];
    clusters = clusters.filter((x) => x.name === ctx?.context.cluster);
    users = users.filter((x) => x.name === ctx?.context.user);
  }
  if (p.flags.flatten) {
    clusters = clusters.map((x) => ({ name: x.name, cluster: flatten(x.cluster, io, ['certificate-authority']) }));
    users = users.map((x) => ({ name: x.name, user: flatten(x.user, io, ['client-certificate', 'client-key']) }));
  }
  const raw = !!p.flags.raw || !!p.flags.flatten;
  const order = (o: Record<string, any>, keys: string[]) => Object.fromEntries([...keys.filter((k) => k in o), ...Object.keys(o).filter((k) => !keys.includes(k))].map((k) => [k, o[k]]));
  return {
    kind: 'Config',
    apiVersion: 'v1',
    preferences: {},
    // the fields in the order of clientcmd's v1 structs (what -o json shows)
    clusters: nil(clusters).map((x) => ({ name: x.name, cluster: order(raw ? x.cluster : redact(x.cluster), ['server', 'tls-server-name', 'insecure-skip-tls-verify', 'certificate-authority', 'certificate-authority-data', 'proxy-url', 'disable-compression']) })),
    users: nil(users).map((x) => ({ name: x.name, user: order(raw ? x.user : redact(x.user), ['client-certificate', 'client-certificate-data', 'client-key', 'client-key-data', 'token', 'tokenFile', 'as', 'as-uid', 'as-groups', 'as-user-extra', 'username', 'password', 'auth-provider', 'exec']) })),
    contexts: nil(contexts).map((x) => ({ name: x.name, context: order(x.context, ['cluster', 'user', 'namespace']) })),
    'current-context': current,
  };
}

export function runConfig(p: Parsed, io: ConfigIO, help: () => string): ConfigResult {
  const sub = p.path[1];
  const c = load(io);
  const cfg = (): KubeConfig => c ?? { clusters: [], users: [], contexts: [], 'current-context': '' };
  switch (sub) {
    case 'view': {
      if (p.args.length) return fail(`error: unexpected arguments: [${p.args.join(' ')}]\nSee 'kubectl config view -h' for help and examples`);
      // Validate(): --merge=false needs the one file --kubeconfig names
      if ((p.flags.merge === false || p.flags.merge === 'false') && typeof p.flags.kubeconfig !== 'string') return fail('error: if merge==false a precise file must be specified');
      if (p.flags.minify && c) {
        const current = (typeof p.flags.context === 'string' && p.flags.context) || c['current-context'];
        if (!current) return fail('error: current-context must exist in order to minify');
        if (!c.contexts.some((x) => x.name === current)) return fail(`error: cannot locate context ${current}`);
      }
      const v = viewOf(c, p, io);
      const o = (p.flags.output as string | undefined) ?? 'yaml';
      if (o === 'json') return ok(JSON.stringify(v, null, 4) + '\n');
      // the name printer: a Config has no name
      if (o === 'name') return ok('config/<unknown>\n');
      if (o.startsWith('jsonpath=')) {
        const r = jsonpath(o.slice(9), JSON.parse(JSON.stringify(v)));
        return 'error' in r ? fail(`error: ${r.error}`) : ok(r.out);
      }
      return ok(toYaml(v) + '\n');
    }
    case 'current-context':
      return c?.['current-context'] ? ok(c['current-context'] + '\n') : fail('error: current-context is not set');
    case 'get-contexts': {
      const fmt = typeof p.flags.output === 'string' ? p.flags.output : '';
      if (fmt !== '' && fmt !== 'name') return fail(`error: --output ${fmt} is not available in kubectl config get-contexts; resetting to default output format`);
      const all = cfg().contexts;
      const names = p.args.length ? p.args : all.map((x) => x.name);
      const missing = names.filter((n) => !all.some((x) => x.name === n));
      const shown = all.filter((x) => names.includes(x.name));
      if (p.flags.output === 'name') return { out: shown.map((x) => x.name + '\n').join(''), err: missing.map((n) => `error: context ${n} not found\n`).join(''), code: missing.length ? 1 : 0 };
      const rows = [['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE']];
      for (const x of shown) rows.push([x.name === cfg()['current-context'] ? '*' : '', x.name, x.context.cluster ?? '', x.context.user ?? '', x.context.namespace ?? '']);
      if (p.flags['no-headers']) rows.shift();
      const out = rows.length ? renderRows(rows) + '\n' : '';
      return { out, err: missing.map((n) => `error: context ${n} not found\n`).join(''), code: missing.length ? 1 : 0 };
    }
    case 'get-clusters':
      return ok(['NAME', ...cfg().clusters.map((x) => x.name)].join('\n') + '\n');
    case 'get-users':
      return ok(['NAME', ...cfg().users.map((x) => x.name)].join('\n') + '\n');
    case 'use-context': {
      if (p.args.length !== 1) return fail(`error: Unexpected args: ${JSON.stringify(p.args).replace(/"/g, '').replace(/,/g, ' ')}`, help());
      const name = p.args[0];
      if (!cfg().contexts.some((x) => x.name === name)) return fail(`error: no context exists with the name: "${name}"`);
      const n = cfg();
      n['current-context'] = name;
      save(io, n);
      return ok(`Switched to context "${name}".\n`);
    }
    case 'set-context': {
      if (p.args.length > 1) return fail(`error: Unexpected args: [${p.args.join(' ')}]`, help());
      const n = cfg();
      if (!p.args[0] && !p.flags.current) return fail('error: you must specify a non-empty context name or --current');
      if (p.args[0] && p.flags.current) return fail('error: you cannot specify both a context name and --current');
      if (p.flags.current && !n['current-context']) return fail('error: no current context is set');
      const name = p.flags.current ? n['current-context'] : p.args[0];
      let ctx = n.contexts.find((x) => x.name === name);
      const created = !ctx;
      if (!ctx) {
        ctx = { name, context: { cluster: '', user: '' } };
        n.contexts = [...n.contexts, ctx].sort(byName);
      }
      for (const [flag, field] of [['cluster', 'cluster'], ['user', 'user'], ['namespace', 'namespace']] as const) if (typeof p.flags[flag] === 'string') ctx.context[field] = p.flags[flag] as string;
      save(io, n);
      return ok(`Context "${name}" ${created ? 'created' : 'modified'}.\n`);
    }
    case 'rename-context': {
      if (p.args.length !== 2) return fail(`error: Unexpected args: ${JSON.stringify(p.args).replace(/"/g, '').replace(/,/g, ' ')}`, help());
      const [from, to] = p.args;
      const n = cfg();
      const ctx = n.contexts.find((x) => x.name === from);
      if (!ctx) return fail(`error: cannot rename the context "${from}", it's not in ${io.path}`);
      if (n.contexts.some((x) => x.name === to)) return fail(`error: cannot rename the context "${from}", the context "${to}" already exists in ${io.path}`);
      ctx.name = to;
      if (n['current-context'] === from) n['current-context'] = to;
      n.contexts.sort(byName);
      save(io, n);
      return ok(`Context "${from}" renamed to "${to}".\n`);
    }
    case 'delete-context': {
      // runDeleteContext(): the help unless there is one name
      if (p.args.length !== 1) return ok(help());
      const name = p.args[0];
      const n = cfg();
      if (!n.contexts.some((x) => x.name === name)) return fail(`error: cannot delete context ${name}, not in ${io.path}`);
      n.contexts = n.contexts.filter((x) => x.name !== name);
      save(io, n);
      const warn = n['current-context'] === name ? 'warning: this removed your active context, use "kubectl config use-context" to select a different one\n' : '';
      return { out: `deleted context ${name} from ${io.path}\n`, err: warn, code: 0 };
    }
    case 'set-cluster':
      return setCluster(p, io, cfg(), help, (n) => save(io, n));
    case 'set-credentials':
      return setCredentials(p, io, cfg(), help, (n) => save(io, n));
    case 'delete-cluster':
    case 'delete-user':
      return deleteEntry(sub === 'delete-cluster' ? 'cluster' : 'user', p, io, cfg(), help, (n) => save(io, n));
    case 'set':
    case 'unset':
      return setProperty(p, cfg(), help, (n) => save(io, n), sub === 'unset');
  }
  // every sub-command of 1.28 is above; anything else is cobra's unknown command (tests/golden/kubectl config_bogus)
  return fail(`error: unknown command "${sub}"\nSee 'kubectl config -h' for help and examples`);
}
