/** The command bodies registered (lazily) in the core's registry: kubectl, kubeadm, crictl, ctr, containerd. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { CommandContext, CompleteContext } from '../context';
import type { CommandDef } from '../registry';
import { Interrupt, type CommandRun, type Host, type Yield } from '../types';
import { isRoot } from '../commands/linux';
import { k8sOf, hostname, nodeIp, pkgVersion, unitActive, type K8sState } from './world';
import { loopbackTlsFailure } from './loopback-server';
import { staticPodsUp } from './host';
import { Kubectl, type KResult, type KubectlEnv } from './kubectl';
import { isParseError, loadVerb, minorOf, parseKubectl, verbReady } from './kubectl/cli';
import { explainLoad } from './kubectl/verbs/explain/run';
import { editSession } from './kubectl/verbs/edit/session';
import { kubectlSpec } from './kubectl/spec';
import { completeSpec } from '../spec/complete';
import { setKubeadmSpecCompletion, setKubectlSpecCompletion } from './register';
import { kubeadmSpec } from './kubeadm/spec';
import { TREE } from './kubectl/tree';
import type { ConfigIO } from './kubectl/verbs/config/kubeconfig';
import { kubeadm } from './kubeadm';
import { certExpiry, clientCertData, clientCertExpiry } from './kubeadm/certs';
import { ctr, containerdVersion, CONTAINERD_DEFAULT } from './runtime';
import { mobyNamespace } from '../commands/docker';
import { crictlSpec } from './crictl/spec';
import { crictlRun } from './crictl/run';
import { containersLive } from './node-runtime';
import { containerShell } from './shell-session';
import { attachedProgram } from './attach-program';
import type { Obj } from './objects';
import type { CtrHelp } from './ctr-help';
import { listen } from '../net/listeners';
import { loadComponents, namesComponent } from './components/index';
import { chooseIdentity, needsIdentity } from './client-cert';

type Yaml = typeof import('yaml');
let yamlMod: Yaml | null = null;

function needsYaml(args: string[]): boolean {
  // -f - reads the manifests from standard input
  const stdin = args.some((a, i) => a === '--filename=-' || a === '-f-' || (a === '-' && /^(-f|--filename)$/.test(args[i - 1] ?? '')));
  return stdin || (args.some((a) => a === '-f' || a.startsWith('--filename') || a.startsWith('-f') || a === 'edit') && !args.every((a) => /^https?:/.test(a) || !a.includes('.')));
}

/** The kubeconfig this shell uses: $KUBECONFIG, else ~/.kube/config. */
function readText(ctx: CommandContext, p: string): string | null {
  const abs = ctx.resolve(p);
  const t = ctx.host.fs.read(abs);
  return typeof t === 'string' && ctx.host.fs.isFile(abs) ? t : null;
}

function parseQuiet(text: string): any {
  try {
    return yamlMod!.parse(text);
  } catch {
    return null;
  }
}

function kubeconfig(ctx: CommandContext): { server: string | null; namespace?: string; error?: string; text?: string; path?: string } {
  const h = ctx.host;
  const home = ctx.frame.env.HOME ?? ctx.user.home;
  // --kubeconfig names a file that must exist (recorded from kubectl 1.28: "error: stat PATH: no such file or directory")
  const flag = kubeconfigFlag(ctx.args);
  // kubectl config makes the file it names (and views a missing one as empty)
  if (flag && !h.fs.exists(ctx.resolve(flag))) return ownWords(ctx.args).includes('config') ? { server: null } : { server: null, error: `error: stat ${flag}: no such file or directory` };
  const path = flag ? ctx.resolve(flag) : ctx.frame.env.KUBECONFIG ? ctx.resolve(ctx.frame.env.KUBECONFIG) : `${home}/.kube/config`;
  const text = h.fs.read(path);
  // a missing file reads as an empty config (kubectl then tries localhost:8080)
  if (typeof text !== 'string' || !h.fs.isFile(path)) return { server: null };
  if (!isRoot(ctx) && path.startsWith('/etc/kubernetes/')) return { server: null, error: `error: error loading config file "${path}": open ${path}: permission denied` };
  return { server: serverOf(text), namespace: namespaceOf(text), text, path };
}

/**
 * Certificates a year old that nobody renewed: the API server's serving certificate (kube-apiserver reloads the
 * renewed file by itself) fails the client's verification; a client certificate in the kubeconfig, kubeadm's
 * admin.conf as it was at init or at its last renewal, is refused with 401.
 */
function certificateFailures(ctx: CommandContext, st: K8sState, text: string): { tlsFailure?: string; unauthorized?: boolean } {
  const now = ctx.world.now;
  const rfc = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
  for (const [name, id] of st.hostOf) {
    if (!st.cluster.nodes.get(name)?.controlPlane) continue;
    const cp = ctx.world.hosts.get(id);
    if (!cp) return {};
    const serving = certExpiry(ctx.world, cp, 'apiserver');
    if (serving !== null && now > serving)
      return { tlsFailure: `tls: failed to verify certificate: x509: certificate has expired or is not yet valid: current time ${rfc(now)} is after ${rfc(serving)}` };
    if (!clientCertData(text)) return {};
    // the embedded client certificate's own end of validity (a hand-made kubeconfig's data: a year after the CA)
    const ca = cp.fs.get('/etc/kubernetes/pki/ca.crt');
    const client = clientCertExpiry(text) ?? (ca ? ca.mtime + 365 * 24 * 3600_000 : null);
    return client !== null && now > client ? { unauthorized: true } : {};
  }
  return {};
}

/** the server of the current context's cluster (the kubeconfig is read without a YAML parser: it is on every command's path) */
function serverOf(text: string): string | null {
  return /^\s*server:\s*(\S+)/m.exec(text)?.[1] ?? null;
}
/** the namespace of the current context */
function namespaceOf(text: string): string | undefined {
  const current = /^current-context:\s*"?([^"\n]*)"?\s*$/m.exec(text)?.[1];
  const blocks = text.split(/\n(?=- context:)/);
  for (const b of blocks) {
    if (!b.startsWith('- context:')) continue;
    const name = /^\s{2}name:\s*(\S+)/m.exec(b)?.[1];
    if (name === current) return /^\s+namespace:\s*(\S+)/m.exec(b)?.[1];
  }
  return undefined;
}

/**
 * kubectl's own words: those before `--`. pflag stops reading flags there (cobra's ArgsLenAtDash), so what follows
 * (`exec POD -- kube-scheduler --kubeconfig=…`, `run … -- sh -c …`) is the container's command, never kubectl's flags.
 */
function ownWords(args: string[]): string[] {
  const i = args.indexOf('--');
  return i < 0 ? args : args.slice(0, i);
}

/** --kubeconfig FILE or --kubeconfig=FILE on kubectl's own command line */
function kubeconfigFlag(all: string[]): string | undefined {
  const args = ownWords(all);
  const i = args.findIndex((a) => a === '--kubeconfig' || a.startsWith('--kubeconfig='));
  return i < 0 ? undefined : args[i].startsWith('--kubeconfig=') ? args[i].slice('--kubeconfig='.length) : args[i + 1];
}

/** -s, --server: the API server's address in place of the kubeconfig cluster's (clientcmd's ClusterDefaults override) */
function serverFlag(all: string[]): string | undefined {
  const args = ownWords(all);
  let v: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if (a === '--server' || a === '-s') v = args[++i];
    else if (a.startsWith('--server=')) v = a.slice('--server='.length);
    else if (/^-s=?./.test(a)) v = a.slice(a[2] === '=' ? 3 : 2);
  }
  return v;
}

function configIO(ctx: CommandContext): ConfigIO {
  const h = ctx.host;
  const home = ctx.frame.env.HOME ?? ctx.user.home;
  const flag = kubeconfigFlag(ctx.args);
  const path = flag ? ctx.resolve(flag) : ctx.frame.env.KUBECONFIG ? ctx.resolve(ctx.frame.env.KUBECONFIG) : `${home}/.kube/config`;
  return {
    path: flag ?? path,
    read: () => {
      const t = h.fs.read(path);
      return typeof t === 'string' && h.fs.isFile(path) ? t : null;
    },
    write: (text) => {
      h.fs.mkdir(h.fs.dirname(path), true);
      h.fs.write(path, text, false, 0o600);
    },
    parseYaml: (text) => yamlMod!.parse(text),
    readFile: (p) => {
      const abs = ctx.resolve(p);
      const t = h.fs.read(abs);
      return typeof t === 'string' && h.fs.isFile(abs) ? t : null;
    },
    abs: (p) => ctx.resolve(p),
  };
}

function reachable(ctx: CommandContext, st: K8sState, server: string): boolean {
  const c = st.cluster;
  if (!c.initialized || !c.apiserverUp) return false;
  const hostport = server.replace(/^https?:\/\//, '');
  for (const [name, id] of st.hostOf) {
    const n = c.nodes.get(name);
    if (!n?.controlPlane) continue;
    const h = ctx.world.hosts.get(id);
    // the API server runs in its container: it keeps answering while containerd is stopped and its shim lives on
    if (!h || !h.up || !staticPodsUp(h) || !containersLive(st, h)) return false;
    return hostport === `${nodeIp(h)}:6443` || hostport === `${n.ip}:6443`;
  }
  return false;
}

/** The cluster's CA certificate (the control plane's ca.crt), or null. */
function clusterCaPem(ctx: CommandContext, st: K8sState): string | null {
  for (const [name, id] of st.hostOf) {
    if (!st.cluster.nodes.get(name)?.controlPlane) continue;
    const t = ctx.world.hosts.get(id)?.fs.read('/etc/kubernetes/pki/ca.crt');
    return typeof t === 'string' ? t : null;
  }
  return null;
}

function envFor(ctx: CommandContext, st: K8sState): KubectlEnv | string {
  const kc = kubeconfig(ctx);
  if (kc.error) return kc.error;
  const h = ctx.host;
  const own = ownWords(ctx.args);
  // a kubeconfig with users of its own: the entry the flags or the current context choose, and who its certificate is
  const chosen = yamlMod && kc.text && kc.path && !own.includes('config') && needsIdentity(kc.text, own) ? chooseIdentity(parseQuiet(kc.text), own, clusterCaPem(ctx, st), ctx.world.now, (p) => readText(ctx, p), h.fs.dirname(kc.path)) : null;
  if (chosen?.error) return chosen.error;
  if (chosen) {
    kc.server = chosen.server;
    kc.namespace = chosen.namespace;
  }
  const flagServer = serverFlag(ctx.args);
  if (kc.server && flagServer) kc.server = flagServer;
  let cluster = kc.server && reachable(ctx, st, kc.server) ? st.cluster : null;
  // on the control-plane node the API server answers on the loopback too, with a certificate that does not name it
  const me = hostname(h);
  const loop = !cluster && kc.server && st.cluster.nodes.get(me)?.controlPlane && st.hostOf.get(me) === h.id && reachable(ctx, st, `https://${nodeIp(h)}:6443`) ? loopbackTlsFailure(me, nodeIp(h), st.cluster.serviceCidr, kc.server) : null;
  if (loop) cluster = st.cluster;
  const failures: { tlsFailure?: string; unauthorized?: boolean } = loop ? { tlsFailure: loop } : cluster ? certificateFailures(ctx, st, kc.text ?? '') : {};
  if (chosen && !failures.tlsFailure) failures.unauthorized = chosen.unauthorized;
  return {
    ...failures,
    ...(chosen?.identity ? { identity: chosen.identity } : {}),
    cluster,
    server: kc.server,
    namespace: kc.namespace,
    clientVersion: `v${pkgVersion(h, 'kubectl') ?? '1.28.15'}`,
    kubeconfig: configIO(ctx),
    now: ctx.world.now,
    tty: ctx.tty,
    stdinTty: ctx.stdin === null,
    cols: ctx.session.size?.().cols,
    stdin: ctx.stdin,
    listen: (port, addr, http) =>
      listen(ctx.world, {
        hostId: h.id,
        port,
        addr,
        process: 'kubectl',
        pid: 4000 + Math.floor(ctx.world.now % 900),
        http: (req) => {
          st.cluster.advanceTo(ctx.world.now);
          return http(req);
        },
      }),
    pid: 4000 + Math.floor(ctx.world.now % 900),
    readFile: (p) => {
      const abs = ctx.resolve(p);
      const r = h.fs.read(abs);
      return typeof r === 'string' && h.fs.isFile(abs) ? r : null;
    },
    writeFile: (p, text) => {
      const abs = ctx.resolve(p);
      const target = h.fs.isDir(abs) ? `${abs.replace(/\/+$/, '')}/${p.split('/').pop()}` : abs;
      const e = h.fs.write(target, text);
      return e ? `open ${p}: ${e === 'ENOENT' ? 'no such file or directory' : e === 'EACCES' ? 'permission denied' : 'is a directory'}` : null;
    },
    isDir: (p) => h.fs.isDir(ctx.resolve(p)),
    mkdirAll: (p) => {
      const e = h.fs.mkdir(ctx.resolve(p), true);
      return e ? `mkdir ${p}: ${e === 'ENOENT' ? 'no such file or directory' : e === 'EACCES' ? 'permission denied' : e === 'EEXIST' || e === 'ENOTDIR' ? 'not a directory' : 'file exists'}` : null;
    },
    pathEnv: ctx.frame.env.PATH ?? '',
    readDir: (dir) => {
      const abs = ctx.resolve(dir);
      const l = h.fs.list(abs);
      if (typeof l === 'string') return l === 'ENOTDIR' ? 'not a directory' : l === 'EACCES' ? 'permission denied' : 'no such file or directory';
      // os.Stat follows a link to what it names
      const mode = (e: { name: string; type: string; mode: number }) => (e.type === 'link' ? h.fs.get(h.fs.resolve(abs, e.name))?.mode : e.mode) ?? 0;
      return l.map((e) => ({ name: e.name, dir: e.type === 'dir', exec: (mode(e) & 0o111) !== 0 }));
    },
    listDir: (p) => {
      const l = h.fs.list(ctx.resolve(p));
      return typeof l === 'string' ? [] : l.map((e) => e.name);
    },
    parseYaml: yamlMod ? (t) => yamlMod!.parseAllDocuments(t).map((d) => {
      if (d.errors.length) throw new Error(d.errors[0].message);
      return d.toJS();
    }) : undefined,
  };
}

function* follow(ctx: CommandContext, st: K8sState, r: KResult): CommandRun {
  const f = r.follow!;
  try {
    for (;;) {
      yield { wait: 1000 };
      st.cluster.advanceTo(ctx.world.now);
      const p = f.poll();
      if (p.out) ctx.out(p.out);
      if (p.err) ctx.err(p.err);
      if (p.done !== undefined) return p.done;
    }
  } catch (e) {
    if (e instanceof Interrupt) return 130;
    throw e;
  } finally {
    // Ctrl+C, the end, or `kill` of a background job: listeners close, watches end
    f.stop?.();
  }
}

/**
 * The manifests named by URL on the command line, fetched from the simulated internet (redirects followed, as
 * kubectl's HTTP client does): the same text curl and wget download, so a file and its URL apply alike.
 */
function* fetchManifests(args: string[]): Generator<Yield, Map<string, string>, unknown> {
  const urls = args.map((a) => a.replace(/^(--filename=|-f=?)/, '')).filter((a) => /^https?:\/\//.test(a));
  const texts = new Map<string, string>();
  if (!urls.length) return texts;
  const { webGet } = (yield { load: () => import('../net/web') }) as typeof import('../net/web');
  for (const url of urls) {
    let cur = url;
    for (let hop = 0; hop < 10; hop++) {
      const a = webGet(cur);
      if (!a) break;
      if (a.status >= 300 && a.status < 400 && a.headers.location) {
        cur = a.headers.location;
        continue;
      }
      if (a.status === 200) texts.set(url, (yield { load: a.body }) as string);
      break;
    }
  }
  return texts;
}

function* kubectlMain(ctx: CommandContext): CommandRun {
  const st = k8sOf(ctx.world);
  st.cluster.advanceTo(ctx.world.now);
  const own = ownWords(ctx.args);
  if (!yamlMod && (needsYaml(own) || own.includes('edit') || own.includes('config'))) yamlMod = (yield { load: () => import('yaml') }) as Yaml;
  const kcText = kubeconfig(ctx).text;
  if (!yamlMod && kcText && needsIdentity(kcText, own)) yamlMod = (yield { load: () => import('yaml') }) as Yaml;
  // the verb's help texts and own code load with it (the first word naming a verb, or the one after `help`)
  const words = own.filter((a) => !a.startsWith('-'));
  const verb = words[0] === 'help' ? words[1] : words.find((w) => TREE[w]);
  if (verb && TREE[verb] && !verbReady(verb)) yield { load: () => loadVerb(verb) };
  // a control-plane program named after exec's -- : its help data
  if (verb === 'exec' && namesComponent(ctx.args)) yield { load: () => loadComponents(ctx.args) };
  const fetched = yield* fetchManifests(own);
  if (fetched.size && !yamlMod) yamlMod = (yield { load: () => import('yaml') }) as Yaml;
  const env = envFor(ctx, st);
  if (typeof env !== 'string') env.urlText = (u) => fetched.get(u) ?? null;
  if (typeof env === 'string') {
    ctx.err(env + '\n');
    return 1;
  }
  const k = new Kubectl(env);
  const p = parseKubectl(ctx.args, minorOf(env.clientVersion));
  // explain reads one group-version's schemas: they load the first time
  if (!isParseError(p) && p.path.join(' ') === 'explain' && !p.flags.help) {
    const need = explainLoad(k, p);
    if (need) yield { load: need };
  }
  if (env.cluster && !isParseError(p) && p.path.join(' ') === 'edit' && !p.flags.help && p.args.length) {
    k.sync();
    return yield* editSession(ctx, k, p, { parseYaml: (t) => yamlMod!.parse(t) });
  }
  let r = k.run(ctx.args);
  if (r.seq) for (const [stream, text] of r.seq) (stream === 'out' ? ctx.out : ctx.err)(text);
  else {
    ctx.out(r.out);
    ctx.err(r.err);
  }
  if (r.follow) return yield* follow(ctx, st, r);
  if (r.shell?.program) {
    const sh = r.shell;
    return yield* attachedProgram(ctx, st, { pod: sh.pod, container: sh.container, argv: sh.program!, quiet: !!sh.quiet, rm: sh.end === 'delete' });
  }
  if (r.shell) {
    const sh = r.shell;
    if (sh.attach) {
      // kubectl attaches to the container's terminal once it runs
      ctx.err("If you don't see a command prompt, try pressing enter.\n");
      for (let i = 0; i < 60 && st.cluster.podStage(sh.pod) !== 'running'; i++) {
        yield { wait: 1000 };
        st.cluster.advanceTo(ctx.world.now);
      }
    }
    const code = yield* containerShell(ctx, st, sh.pod, sh.container, sh.command);
    // exec's shell ended with a status: client-go's v4 stream error, which kubectl prints as it is
    if (!sh.attach && code !== 0 && code !== 130 && code !== 137) ctx.err(`command terminated with exit code ${code}\n`);
    // the shell was the container's own process (run -it, attach, a node's debugging pod): leaving it ends the
    // container, which then restarts or completes by the pod's restart policy
    const c = st.cluster;
    const live = c.get('Pod', sh.pod.metadata.namespace, sh.pod.metadata.name);
    const node = live?.spec.nodeName ? c.nodes.get(live.spec.nodeName) : undefined;
    if (sh.attach && live && node && live.spec.containers.length === 1 && live.spec.containers[0].name === sh.container && c.sim(live).stage === 'running' && code !== 130) c.containerExited(live, node, code);
    // an ephemeral container whose shell ended has terminated; it is never restarted
    const eph = live?.status?.ephemeralContainerStatuses?.find((x: any) => x.name === sh.container);
    if (sh.attach && eph?.state?.running && code !== 130) {
      eph.state = { terminated: { exitCode: code, reason: code === 0 ? 'Completed' : 'Error', startedAt: eph.state.running.startedAt, finishedAt: c.t, containerID: eph.containerID } };
      c.touch(live!);
    }
    if (sh.end === 'delete') {
      st.cluster.deletePod(sh.pod, 0);
      ctx.out(`pod "${sh.pod.metadata.name}" deleted\n`);
    } else if (sh.end) ctx.out(sh.end + '\n');
    r = { ...r, code };
  }
  return r.code;
}

function* kubeadmMain(ctx: CommandContext): CommandRun {
  return yield* kubeadm(ctx);
}

function* ctrMain(ctx: CommandContext): CommandRun {
  const st = k8sOf(ctx.world);
  st.cluster.advanceTo(ctx.world.now);
  const v = pkgVersion(ctx.host, 'containerd.io') ?? '1.7.24';
  const help = (yield { load: () => import('./ctr-help').then((m) => m.ctrHelp(ctx.args, v)) }) as CtrHelp | null;
  const r = help ?? ctr(st, ctx.host, ctx.args, isRoot(ctx), mobyNamespace(ctx.world, ctx.host.id));
  ctx.out(r.out);
  ctx.err(r.err);
  return r.code;
}

function* containerdMain(ctx: CommandContext): CommandRun {
  const h: Host = ctx.host;
  const a = ctx.args;
  if (a[0] === '--version' || a[0] === '-v' || a[0] === 'version') {
    ctx.out(containerdVersion(h));
    return 0;
  }
  if (a[0] === 'config' && a[1] === 'default') {
    ctx.out(CONTAINERD_DEFAULT);
    return 0;
  }
  if (a[0] === 'config' && a[1] === 'dump') {
    const cfg = h.fs.read('/etc/containerd/config.toml');
    ctx.out(typeof cfg === 'string' && !/disabled_plugins\s*=\s*\["cri"\]/.test(cfg) ? cfg : CONTAINERD_DEFAULT.replace('disabled_plugins = []', 'disabled_plugins = ["io.containerd.grpc.v1.cri"]'));
    return 0;
  }
  if (a[0] === '--help' || a[0] === '-h' || a[0] === 'help') {
    ctx.out('NAME:\n   containerd - \n                    __        _                     __\n  _________  ____  / /_____ _(_)___  ___  _________/ /\n / ___/ __ \\/ __ \\/ __/ __ `/ / __ \\/ _ \\/ ___/ __  /\n/ /__/ /_/ / / / / /_/ /_/ / / / / /  __/ /  / /_/ /\n\\___/\\____/_/ /_/\\__/\\__,_/_/_/ /_/\\___/_/   \\__,_/\n\nhigh performance container runtime\n\n\nUSAGE:\n   containerd [global options] command [command options] [arguments...]\n\nVERSION:\n   ' + (pkgVersion(h, 'containerd.io') ?? '1.7.24') + '\n\nCOMMANDS:\n   config    Information on the containerd config\n   publish   Binary to publish events to containerd\n   oci-hook  Provides a base for OCI runtime hooks to allow arguments to be injected.\n   help, h   Shows a list of commands or help for one command\n');
    return 0;
  }
  if (!a.length) {
    if (!isRoot(ctx)) {
      ctx.err('containerd: failed to get listener for main endpoint: chown /run/containerd/containerd.sock: operation not permitted\n');
      return 1;
    }
    ctx.err('containerd: failed to get listener for main endpoint: listen unix /run/containerd/containerd.sock: bind: address already in use\n'.replace(unitActive(h, 'containerd.service') ? '' : 'x', ''));
    return 1;
  }
  ctx.err(`containerd: No help topic for '${a[0]}'\n`);
  return 1;
}

// Tab completes kubectl's verbs and each command's flags from its spec from now on
setKubectlSpecCompletion((args, word) => completeSpec(kubectlSpec(28), args, word, {} as CompleteContext));
setKubeadmSpecCompletion((args, word) => completeSpec(kubeadmSpec(), args, word, {} as CompleteContext));

export const K8S_COMMANDS: Record<string, Pick<CommandDef, 'run'> & Partial<Pick<CommandDef, 'spec'>>> = {
  kubectl: { run: kubectlMain },
  kubeadm: { run: kubeadmMain },
  // help, usage errors and flags from crictl's spec (urfave style), then the Before hook and the command (crictl/run.ts)
  crictl: { run: crictlRun, spec: crictlSpec() },
  ctr: { run: ctrMain },
  containerd: { run: containerdMain },
};
