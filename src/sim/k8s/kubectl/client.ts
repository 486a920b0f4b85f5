/**
 * kubectl as a function: argv → { out, err, code } (+ a follow-up stream for -w, logs -f, rollout status, delete).
 * This is the client's frame: reading the command line, the connection to the server, and what every verb
 * shares (namespace, resource names, manifests). Each verb's own work is in verbs/<verb>/.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { admitCreate } from '../controllers/quota';
import { helpText, isParseError, minorOf, parseKubectl, suggest, verbModules, type Parsed } from './cli';
import { usageError, parentOnly } from './usage';
import { dryRunStrategy } from './dry-run';
import { ROOT_HELP, OPTIONS, PLUGINS_129 } from './root';
import { GLOBAL_FLAGS } from './tree';
import { flagOf } from '../cli/spec';
import { flagBlock } from '../cli/help';
import type { ConfigIO } from './verbs/config/kubeconfig';
import type { Cluster } from '../cluster';
import type { HttpReply, HttpRequest } from '../../net/listeners';
import { bundledManifest } from '../manifests';
import * as api from '../apiserver';
import { toYaml } from '../format';
import { clone, parseSelector, type Obj } from '../objects';
import { lookupResource, type ResourceInfo } from '../resources';
import { fail, gr, ok, type KResult } from './result';
import { RUNS } from './verbs/runs';
import { ensureRbac, aggregate } from '../rbac/policy';
import { discoveryLines } from './discovery-log';
import { authenticationError, forbiddenRequest, impersonationError } from '../rbac/requests';
import { clientBuild } from './verbs/create/run';
import { run as config } from './verbs/config/run';
import { run as version } from './verbs/version/run';
import { run as proxy } from './verbs/proxy/run';
import { run as pluginList, type PluginDirEntry } from './verbs/plugin/run';

export type { Follow, KResult } from './result';

export interface KubectlEnv {
  cluster: Cluster | null;
  /** server URL from the kubeconfig, or null when there is no kubeconfig */
  server: string | null;
  /** the kubectl client version, e.g. "v1.28.15" */
  clientVersion: string;
  /** namespace of the current context */
  namespace?: string;
  readFile?(path: string): string | null;
  /** the text a URL serves (fetched before the command runs), or null when the web has no such page */
  urlText?(url: string): string | null;
  /** write a file on this machine (kubectl cp out of a container): an error text, or null */
  writeFile?(path: string, text: string): string | null;
  /** PATH, and a directory's entries (or why it cannot be read), for `kubectl plugin list` */
  pathEnv?: string;
  readDir?(dir: string): PluginDirEntry[] | string;
  /** the kubeconfig file, for `kubectl config` */
  kubeconfig?: ConfigIO;
  isDir?(path: string): boolean;
  /** make a directory and its parents (os.MkdirAll): an error text, or null */
  mkdirAll?(path: string): string | null;
  listDir?(path: string): string[];
  parseYaml?(text: string): any[];
  /** Listen on a local port of the shell's host (kubectl proxy, port-forward): the close function, or null when the port is taken. */
  listen?(port: number, addr: string, http: (req: HttpRequest) => HttpReply): (() => void) | null;
  /** the API server's certificate does not verify (expired): the x509 error the TLS handshake fails with */
  tlsFailure?: string;
  /** the API server refuses the kubeconfig's client certificate (expired, or not the cluster CA's): 401 on every request */
  unauthorized?: boolean;
  /** who the API server takes the kubeconfig's client certificate for (its common name and organizations) */
  identity?: { user: string; groups: string[] };
  /** wall clock for the E-lines ("E1210 01:12:55.123456") */
  now?: number;
  pid?: number;
  /** stdout is a terminal (false: a pipe or a file) */
  tty?: boolean;
  /** the terminal's width (kubectl exec -t passes it on) */
  cols?: number;
  /** stdin is a terminal (false: a pipe, a file or /dev/null); a terminal unless said */
  stdinTty?: boolean;
  /** what a pipe or redirection gives on standard input (null: the terminal) */
  stdin?: string | null;
}

function refused(env: KubectlEnv, host: string, verbose: boolean): string {
  const url = host === 'localhost:8080' ? 'http://localhost:8080' : `https://${host}`;
  const dial = host === 'localhost:8080' ? 'dial tcp [::1]:8080' : `dial tcp ${host}`;
  const lines = verbose ? discoveryLines(env, `Get "${url}/api?timeout=32s": ${dial}: connect: connection refused`) : '';
  return `${lines}The connection to the server ${host} was refused - did you specify the right host or port?\n`;
}

const CHANGES = new Set(['create', 'apply', 'delete', 'label', 'edit', 'patch', 'replace', 'annotate']);

export class Kubectl {
  constructor(public env: KubectlEnv) {}
  get c(): Cluster {
    return this.env.cluster!;
  }

  get minor(): number {
    return minorOf(this.env.clientVersion);
  }

  run(argv: string[]): KResult {
    this.warned = '';
    const r = shortNames(this.runArgv(argv), this.shortOutput);
    if (!this.warned) return r;
    // the warnings come first, on stderr, before whatever the command prints
    const seq: [stream: 'out' | 'err', text: string][] = r.seq ?? [['out', r.out], ['err', r.err]];
    return { ...r, err: this.warned + r.err, seq: [['err', this.warned], ...seq] };
  }

  /** deprecation lines printed while reading the command line (pflag) and the dry-run strategy (klog) */
  private warned = '';
  /** -o name on a verb that changes objects: the name printer's ShortOutput */
  private shortOutput = false;

  private runArgv(argv: string[]): KResult {
    const minor = this.minor;
    if (!argv.length) return ok(this.rootHelp());
    const p = parseKubectl(argv, minor);
    if (isParseError(p)) return fail(`error: ${p.error}\nSee 'kubectl ${p.path.length ? p.path.join(' ') + ' ' : ''}--help' for usage.`);
    this.warned = p.warnings ?? '';
    this.shortOutput = p.flags.output === 'name' && !['get', 'events', 'config', 'api-resources', 'explain'].includes(p.path[0]);
    if (!p.path.length) {
      const word = p.args[0];
      if (word === 'help') {
        const q = parseKubectl(p.args.slice(1), minor);
        const path = isParseError(q) ? q.path : q.path;
        return ok(path.length ? helpText(path, minor) : this.rootHelp());
      }
      if (word === 'options') return ok(OPTIONS.long + flagBlock(GLOBAL_FLAGS.map(flagOf), OPTIONS.usage) + '\n');
      if (word) return this.unknown(word);
      return ok(this.rootHelp());
    }
    if (p.flags.help) return ok(helpText(p.path, minor));
    const key = p.path.join(' ');
    // commands that only group others: help on stderr, or the unknown sub-command
    const parent = parentOnly(key);
    if (parent) {
      if (!p.args.length) return parent === 'out' ? { out: helpText(p.path, minor), err: '', code: 1 } : { out: '', err: helpText(p.path, minor), code: 1 };
      return fail(`error: unknown command "${p.args.join(' ')}"\nSee 'kubectl ${key} -h' for help and examples`);
    }
    if (key === 'create' && !p.flags.filename && !p.flags.kustomize) {
      const head = 'Error: must specify one of -f and -k\n\n';
      if (!p.args.length) return { out: '', err: head + helpText(p.path, minor), code: 1 };
      return fail(`${head}error: unknown command "${p.args.join(' ')}"\nSee 'kubectl create -h' for help and examples`);
    }
    const dry = p.flags.help ? { warn: '' } : dryRunStrategy(p, minor, this.env.now ?? 0, this.env.pid ?? 4242);
    const pre = usageError(p, minor);
    if (pre) return pre;
    if (dry.error) return fail(dry.error);
    this.warned += dry.warn;
    if (key === 'version') return version(this, p);
    // the completion script is the client's own: no server is asked
    if (key === 'completion') {
      if (!verbModules.completion) throw new Error('kubectl completion scripts are not loaded');
      return ok(verbModules.completion.SCRIPTS[p.args[0]]);
    }
    if (key.startsWith('config')) return config(this, p);
    // plugins are found on PATH: no server is asked
    if (key === 'plugin list') return pluginList(this, p);
    // create's sub-commands build their object on the client first (bad input fails before any request)
    const built = clientBuild(this, p);
    if (built) return built;
    // the proxy listens before it asks the server anything
    if (key === 'proxy') return proxy(this, p);
    const impersonation = impersonationError(this, p);
    if (impersonation) return impersonation;
    const down = this.connection();
    if (down) return down;
    this.sync();
    ensureRbac(this.c);
    const unknown = authenticationError(this, p);
    if (unknown) return unknown;
    try {
      return forbiddenRequest(this, p, (q) => this.dispatch(q)) ?? this.dispatch(p);
    } finally {
      // the clusterrole-aggregation controller follows changes to ClusterRoles
      if (CHANGES.has(p.path[0])) aggregate(this.c);
      this.c.settle();
    }
  }

  private rootHelp(): string {
    return this.minor >= 29 ? ROOT_HELP.replace('Other Commands:', PLUGINS_129 + 'Other Commands:') : ROOT_HELP;
  }

  private unknown(word: string): KResult {
    const sugg = suggest(word, this.minor);
    const s = sugg.length ? `\n\nDid you mean this?\n${sugg.map((x) => `\t${x}\n`).join('')}` : '';
    return fail(`error: unknown command "${word}" for "kubectl"${s}`);
  }

  connection(): KResult | null {
    const { env } = this;
    if (!env.server) return fail(refused(env, 'localhost:8080', true));
    const host = env.server.replace(/^https?:\/\//, '');
    if (!env.cluster || !env.cluster.initialized || !env.cluster.apiserverUp) return fail(refused(env, host, true));
    // recorded from kubectl 1.28 and 1.29 against a server with an expired certificate, and one answering 401
    if (env.tlsFailure) return fail(`${discoveryLines(env, `Get "https://${host}/api?timeout=32s": ${env.tlsFailure}`)}Unable to connect to the server: ${env.tlsFailure}\n`);
    if (env.unauthorized) {
      const why = 'the server has asked for the client to provide credentials';
      return fail(`${discoveryLines(env, why)}error: You must be logged in to the server (${why})\n`);
    }
    return null;
  }
  sync(): void {
    if (this.env.now !== undefined && this.env.now > this.c.t) this.c.advanceTo(this.env.now);
  }
  ns(p: Parsed): string {
    return (p.flags.namespace as string) ?? this.env.namespace ?? 'default';
  }

  private dispatch(p: Parsed): KResult {
    const run = RUNS[p.path.join(' ')];
    return run ? run(this, p) : fail(`error: unknown command "${p.path[0]}" for "kubectl"`);
  }

  // ---------------------------------------------------------------- resolving
  resolveType(t: string): ResourceInfo | KResult {
    const r = lookupResource(t);
    if (!r) return fail(`error: the server doesn't have a resource type "${t.split('.')[0]}"`);
    return r;
  }
  /** TYPE NAME... | TYPE/NAME... → pairs */
  targets(args: string[], path: string[]): { r: ResourceInfo; name?: string }[] | KResult {
    if (!args.length) return [];
    // the builder's hasCombinedTypeArgs: some arguments TYPE/NAME and some not, whichever comes first (its example names get)
    const slashed = args.filter((a) => a.includes('/')).length;
    if (slashed && slashed !== args.length) return fail(`error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`);
    if (slashed) {
      const out: { r: ResourceInfo; name?: string }[] = [];
      for (const a of args) {
        const [t, n] = a.split('/');
        const r = this.resolveType(t);
        if ('code' in r) return r;
        out.push({ r, name: n });
      }
      return out;
    }
    const types = args[0].split(',');
    const out: { r: ResourceInfo; name?: string }[] = [];
    for (const t of types) {
      if (t === 'all') {
        for (const k of ['pods', 'replicationcontrollers', 'services', 'daemonsets', 'deployments', 'replicasets', 'statefulsets', 'horizontalpodautoscalers', 'cronjobs', 'jobs']) out.push({ r: lookupResource(k)! });
        continue;
      }
      const r = this.resolveType(t);
      if ('code' in r) return r;
      if (args.length > 1) for (const n of args.slice(1)) out.push({ r, name: n });
      else out.push({ r });
    }
    void path;
    return out;
  }
  find(r: ResourceInfo, ns: string, name: string): Obj | undefined {
    return this.c.get(r.kind, r.namespaced ? ns : undefined, name);
  }
  notFound(r: ResourceInfo, name: string): string {
    return `Error from server (NotFound): ${gr(r)} "${name}" not found`;
  }
  selector(p: Parsed): ReturnType<typeof parseSelector> | null {
    const s = p.flags.selector as string | undefined;
    return s === undefined ? null : parseSelector(s);
  }
  visible(o: Obj): boolean {
    return o.kind !== 'Event' || this.c.t - o.lastTimestamp < 3600_000;
  }

  // ---------------------------------------------------------------- get
  readManifests(files: string[], p: Parsed): { docs: any[]; src: string[] } | KResult {
    const docs: any[] = [];
    const src: string[] = [];
    const add = (d: any, from: string) => {
      if (!d) return;
      if (d.kind === 'List' && Array.isArray(d.items)) for (const i of d.items) add(i, from);
      else {
        docs.push(d);
        src.push(from);
      }
    };
    for (const f of files) {
      if (/^https?:\/\//.test(f)) {
        const text = this.env.urlText?.(f);
        if (text != null && this.env.parseYaml) {
          try {
            for (const d of this.env.parseYaml(text)) add(d, f);
          } catch (e) {
            return fail(`error: error parsing ${f}: error converting YAML to JSON: ${(e as Error).message.split('\n')[0]}`);
          }
          continue;
        }
        const b = bundledManifest(f);
        if (!b) return fail(`error: unable to read URL "${f}", server reported 404 Not Found, status code=404`);
        for (const d of b) add(clone(d), f);
        continue;
      }
      const paths: string[] = [];
      // -f -: the builder reads standard input and names it STDIN
      if (f === '-') paths.push('STDIN');
      else if (this.env.isDir?.(f)) {
        for (const n of (this.env.listDir?.(f) ?? []).sort()) if (/\.(ya?ml|json)$/.test(n)) paths.push(f.replace(/\/$/, '') + '/' + n);
      } else paths.push(f);
      for (const path of paths) {
        const text = f === '-' ? (this.env.stdin ?? '') : this.env.readFile?.(path);
        if (text === null || text === undefined) return fail(`error: the path "${f}" does not exist`);
        let parsed: any[];
        try {
          parsed = path.endsWith('.json') ? [JSON.parse(text)] : this.env.parseYaml ? this.env.parseYaml(text) : [JSON.parse(text)];
        } catch (e) {
          return fail(`error: error parsing ${path}: error converting YAML to JSON: ${(e as Error).message.split('\n')[0]}`);
        }
        for (const d of parsed) {
          if (d === null || d === undefined) continue;
          if (typeof d !== 'object' || !d.kind) return fail(`error: error validating "${path}": error validating data: ${!d?.apiVersion ? '[apiVersion not set, kind not set]' : 'kind not set'}; if you choose to ignore these errors, turn validation off with --validate=false`);
          add(d, path);
        }
      }
    }
    void p;
    return { docs, src };
  }

  validate(d: any, src: string): string | null {
    return api.validate(d, src);
  }
  createObject(d: any, ns: string | undefined, applied: boolean, user?: { user: string; groups: string[] }): Obj {
    return api.createObject(this.c, d, ns, applied, user);
  }
  defaultsAndAdd(o: Obj): Obj {
    return api.defaultsAndAdd(this.c, o);
  }
  podTemplateDefaults(t: any): void {
    api.podTemplateDefaults(t);
  }
  /** kubectl apply to an existing object: returns whether anything changed */
  applyTo(o: Obj, d: any, dry: boolean): boolean {
    return api.applyTo(this.c, o, d, dry);
  }

  nsExists(ns: string): boolean {
    return !!this.c.get('Namespace', undefined, ns);
  }
  /** create `d` (or print it for a client dry run); `wrap` is how the sub-command words a server error (none: as it is) */
  createOrPrint(p: Parsed, d: any, ns: string | undefined, q: string, wrap?: string): KResult {
    const out = p.flags.output as string | undefined;
    const dry = p.flags['dry-run'];
    if (dry && (out === 'yaml' || out === 'json')) {
      // the object as the client builds it: empty resources, null timestamps, an empty status
      const o = clone(d);
      o.metadata = { creationTimestamp: null, ...o.metadata };
      const pod = o.kind === 'Pod' ? o.spec : o.spec?.template?.spec;
      if (o.spec?.template) o.spec.template.metadata = { creationTimestamp: null, ...o.spec.template.metadata };
      for (const c of pod?.containers ?? []) c.resources = c.resources ?? {};
      if (o.kind === 'Pod') {
        pod.dnsPolicy = pod.dnsPolicy ?? 'ClusterFirst';
        o.spec = { containers: pod.containers, dnsPolicy: pod.dnsPolicy, restartPolicy: pod.restartPolicy };
      }
      if (o.kind === 'Service') o.status = { loadBalancer: {} };
      else o.status = {};
      return ok(out === 'yaml' ? toYaml(o) + '\n' : JSON.stringify(o, null, 4) + '\n');
    }
    // the ResourceQuota admission plugin runs for a server dry run too
    const denied = !dry || dry === 'server' ? admitCreate(this.c, ns, d, !dry) : null;
    if (denied) return fail(wrap === undefined ? `Error from server (Forbidden): ${denied}` : `error: ${wrap}${denied}`);
    if (dry) return ok(`${q}/${d.metadata.name} created (${dry === 'server' ? 'server ' : ''}dry run)\n`);
    this.createObject(d, ns, false);
    return ok(`${q}/${d.metadata.name} created\n`);
  }
  metricsReady(): boolean {
    return this.c.metricsAvailable();
  }
}

/**
 * -o name on a verb that changes objects: cli-runtime's NamePrinter with ShortOutput prints TYPE/NAME without the
 * operation ("deployment.apps/web", not "deployment.apps/web created (dry run)"); delete prints kind.group/NAME
 * (delete.go PrintObj).
 */
function shortNames(r: KResult, on: boolean): KResult {
  if (!on || !r.out) return r;
  const op = /^(\S+\/\S+) (?:created|configured|unchanged|exposed|scaled|labeled|annotated|patched|replaced|tainted|untainted|autoscaled|restarted|paused|resumed|rolled back|image updated|env updated|resource requirements updated|serviceaccount updated|selector updated|subjects updated)(?: \((?:server )?dry run\))?$/;
  const del = /^(\S+) "([^"]+)" (?:force )?deleted(?: \((?:server )?dry run\))?$/;
  const fix = (t: string) => t.split('\n').map((l) => l.replace(op, '$1').replace(del, '$1/$2')).join('\n');
  return { ...r, out: fix(r.out), ...(r.seq ? { seq: r.seq.map(([k, t]): [stream: 'out' | 'err', text: string] => [k, k === 'out' ? fix(t) : t]) } : {}) };
}
