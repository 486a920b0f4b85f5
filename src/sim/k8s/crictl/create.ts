// `crictl runp`, `crictl create` and `crictl run` as cri-tools v1.28.0 runs them (cmd/crictl/sandbox.go runPodCommand,
// container.go createContainerCommand / runContainerCommand, RunContainer, CreateContainer, StartContainer): the
// config files read (config-file.ts), the image pulled first when asked (--with-pull, pull-image-on-create, and for
// `run` unless --no-pull or disable-pull-on-run), then RunPodSandbox / CreateContainer / StartContainer against
// containerd 1.7.24 (made.ts). A failed CRI call is logged by the kubelet's remote client (remote_runtime.go:193,
// 319, 343; remote_image.go:180) before crictl's FATA line; the ids are printed with fmt.Println.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { CommandContext } from '../../context';
import type { CommandRun, Host } from '../../types';
import type { K8sState } from '../world';
import { hostname } from '../host';
import { parseImage, pullable, pullError } from '../images';
import { imageId } from '../runtime';
import { decodeConfig, isJson, openConfig, type Root } from './config-file';
import { createContainer, madeOn, runPodSandbox, sandboxName, startMade } from './made';
import { byPrefix, klogE, kv, logLine, rpc, sandboxesHere } from './store';

type Yaml = typeof import('yaml');

const fatal = (ctx: CommandContext, m: string): number => {
  ctx.err(logLine('FATA', m));
  return 1;
};

/** a Go runtime panic: its first line (the signal line and the goroutine trace are left out), exit status 2 */
const panic = (ctx: CommandContext, m: string): number => {
  ctx.err(`panic: ${m}\n`);
  return 2;
};

/** loadPodSandboxConfig / loadContainerConfig */
function* load(ctx: CommandContext, path: string, root: Root): Generator<any, { config: any } | { error: string }, any> {
  const f = openConfig(ctx.host as Host, ctx.frame.cwd, path);
  if ('error' in f) return f;
  const yaml = isJson(f.text) ? null : ((yield { load: () => import('yaml') }) as Yaml);
  return decodeConfig(f.text, root, yaml);
}

/** the sandbox names the kubelet's pods hold in containerd's name index */
function kubeletNames(st: K8sState, h: Host): Set<string> {
  return new Set(sandboxesHere(st, h).filter((s) => !s.made).map((s) => sandboxName({ name: s.pod.metadata.name, namespace: s.pod.metadata.namespace, uid: s.pod.metadata.uid, attempt: s.attempt })));
}

/** RunPodSandbox: the id, or false after the klog line (crictl then prints its FATA line with the error) */
function runSandbox(ctx: CommandContext, st: K8sState, config: any, runtime: string): { id: string } | { error: string } {
  const h = ctx.host as Host;
  const r = runPodSandbox(st, h, config, runtime, kubeletNames(st, h), ctx.world.now);
  if ('id' in r) return r;
  const e = rpc(r.code, r.error);
  ctx.err(klogE(ctx.world.now, 'remote_runtime.go:193', `"RunPodSandbox from runtime service failed" err=${JSON.stringify(e)}`));
  return { error: e };
}

/** localResolve: a reference the node has, or a prefix of one image's id */
function resolveLocal(st: K8sState, h: Host, ref: string): string | null {
  const refs = [...(st.cluster.nodes.get(hostname(h))?.images ?? [])];
  if (!ref) return null;
  if (/^[a-z0-9]/.test(ref) && !/[A-Z]/.test(ref)) {
    const full = parseImage(ref).full;
    if (refs.includes(full)) return full;
  }
  const hex = ref.replace(/^sha256:/, '');
  if (!/^[0-9a-f]+$/.test(hex)) return null;
  const hits = refs.filter((r) => imageId(r).startsWith(hex));
  return hits.length === 1 ? hits[0] : null;
}

interface CreateOpts {
  podId: string;
  configPath: string;
  podConfig: string;
  withPull: boolean;
}

/** crictl's CreateContainer: the container's id, or the error crictl wraps */
function* create(ctx: CommandContext, st: K8sState, o: CreateOpts): Generator<any, { id: string } | { error: string } | { panic: string }, any> {
  const h = ctx.host as Host;
  const now = () => ctx.world.now;
  const cfg = yield* load(ctx, o.configPath, 'ContainerConfig');
  if ('error' in cfg) return cfg;
  let podConfig: any = null;
  if (o.podConfig) {
    const p = yield* load(ctx, o.podConfig, 'PodSandboxConfig');
    if ('error' in p) return p;
    podConfig = p.config;
  }
  const config = cfg.config;
  // `config.Image.UserSpecifiedImage = image` with no image in the config: a nil pointer
  if (!config.image) return { panic: 'runtime error: invalid memory address or nil pointer dereference' };
  const image = config.image.image ?? '';
  if (o.withPull) {
    const opts = ctx.opts!;
    const creds = opts.str('creds') ?? '';
    const auth = opts.str('auth') ?? '';
    const username = opts.str('username') ?? '';
    if (username) yield { ask: 'Enter Password:', secret: true };
    else if (creds && auth) return { error: 'both `--creds` and `--auth` are specified' };
    else if (creds) {
      const up = creds.split(':');
      if (up.length > 1 && up[0] === '') return { error: "username can't be empty" };
    }
    const pr = pullable(image);
    if (!pr.ok) {
      const e = pullError(image);
      ctx.err(klogE(now(), 'remote_image.go:180', `"PullImage from image service failed" err=${JSON.stringify(e)} ${kv('image', image)}`));
      return { error: e };
    }
    st.cluster.nodes.get(hostname(h))?.images.add(parseImage(image).full);
  }
  // the sandbox: one crictl made, or a kubelet pod's
  const all = sandboxesHere(st, h);
  let e: string | null = null;
  let sb: ReturnType<typeof byPrefix<(typeof all)[number]>> = 'not found';
  if (o.podId === '') e = rpc('Unknown', `failed to find sandbox id "": Prefix can't be empty`);
  else {
    sb = byPrefix(all, o.podId);
    if (sb === 'not found') e = rpc('NotFound', `failed to find sandbox id "${o.podId}": not found`);
    else if (sb === 'ambiguous') e = rpc('Unknown', `failed to find sandbox id "${o.podId}": ambiguous ID "${o.podId}"`);
  }
  if (!e && typeof sb !== 'string') {
    const r = createContainer(st, h, { id: sb.id, ready: sb.made ? sb.made.ready : sb.ready, pod: sb.pod }, config, podConfig, (ref) => resolveLocal(st, h, ref), now());
    if ('id' in r) return r;
    e = rpc(r.code, r.error);
  }
  ctx.err(klogE(now(), 'remote_runtime.go:319', `"CreateContainer in sandbox from runtime service failed" err=${JSON.stringify(e)} ${kv('podSandboxID', o.podId)}`));
  return { error: e! };
}

/** StartContainer of a container just created */
function start(ctx: CommandContext, st: K8sState, id: string): string | null {
  const h = ctx.host as Host;
  const c = madeOn(st, h).containers.find((x) => x.id === id)!;
  const why = startMade(st, h, c, ctx.world.now);
  if (!why) return null;
  const e = rpc('Unknown', why);
  ctx.err(klogE(ctx.world.now, 'remote_runtime.go:343', `"StartContainer from runtime service failed" err=${JSON.stringify(e)} ${kv('containerID', id)}`));
  return e;
}

/** `crictl runp [-r HANDLER] POD-CONFIG` */
export function* runp(ctx: CommandContext, st: K8sState, ops: string[]): CommandRun {
  const p = yield* load(ctx, ops[0], 'PodSandboxConfig');
  if ('error' in p) return fatal(ctx, `load podSandboxConfig: ${p.error}`);
  const r = runSandbox(ctx, st, p.config, ctx.opts!.str('runtime') ?? '');
  if ('error' in r) return fatal(ctx, `run pod sandbox: ${r.error}`);
  ctx.out(r.id + '\n');
  return 0;
}

/** `crictl create POD-ID CONTAINER-CONFIG POD-CONFIG` */
export function* createCmd(ctx: CommandContext, st: K8sState, ops: string[], withPull: boolean): CommandRun {
  const r = yield* create(ctx, st, { podId: ops[0], configPath: ops[1], podConfig: ops[2], withPull });
  if ('panic' in r) return panic(ctx, r.panic);
  if ('error' in r) return fatal(ctx, `creating container: ${r.error}`);
  ctx.out(r.id + '\n');
  return 0;
}

/** `crictl run CONTAINER-CONFIG POD-CONFIG`: RunPodSandbox, CreateContainer, StartContainer; the container's id */
export function* run(ctx: CommandContext, st: K8sState, ops: string[], withPull: boolean): CommandRun {
  const p = yield* load(ctx, ops[1], 'PodSandboxConfig');
  if ('error' in p) return fatal(ctx, `running container: load podSandboxConfig: ${p.error}`);
  const sb = runSandbox(ctx, st, p.config, ctx.opts!.str('runtime') ?? '');
  if ('error' in sb) return fatal(ctx, `running container: run pod sandbox: ${sb.error}`);
  const c = yield* create(ctx, st, { podId: sb.id, configPath: ops[0], podConfig: ops[1], withPull });
  if ('panic' in c) return panic(ctx, c.panic);
  if ('error' in c) return fatal(ctx, `running container: creating container failed: ${c.error}`);
  const e = start(ctx, st, c.id);
  if (e) return fatal(ctx, `running container: starting the container "${c.id}": ${e}`);
  ctx.out(c.id + '\n');
  return 0;
}
