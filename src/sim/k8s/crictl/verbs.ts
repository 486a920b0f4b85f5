// crictl v1.28.0's commands that act on the node's containers, pods and images (cmd/crictl container.go, sandbox.go,
// image.go, exec.go, attach.go, portforward.go, completion.go), against containerd 1.7's CRI plugin: StopContainer,
// RemoveContainer, StopPodSandbox and RemovePodSandbox are idempotent for an unknown id, StartContainer only starts a
// created container, RemoveImage deletes an image even while a container uses it. The kubelet then does what it does
// when a container or sandbox goes away under it: restarts the container, makes a new sandbox.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { CommandContext } from '../../context';
import { Interrupt, type CommandRun, type Host } from '../../types';
import type { K8sState } from '../world';
import { hostname } from '../host';
import { parseImage } from '../images';
import { containerExec, httpGet } from '../container';
import { loadComponents, namesComponent } from '../components/index';
import { listen } from '../../net/listeners';
import { fnv32a } from '../rand';
import { imageOs, shellFor } from '../container-shell';
import { containerShell } from '../shell-session';
import { byPrefix, containersHere, ctrNotFound, klogE, kv, logLine, removedIds, rpc, sandboxesHere, type Ctr } from './store';
import { resolveImage, type Seq } from './views';
import { COMMANDS, GLOBAL_FLAGS } from './data';
import { fishCompletion } from './fish';
import { removeMade, removeSandboxMade, startMade, stopMade, stopSandboxMade } from './made';

const emit = (ctx: CommandContext, seq: Seq) => {
  for (const [s, t] of seq) (s === 'out' ? ctx.out : ctx.err)(t);
};
const fatal = (ctx: CommandContext, m: string): number => {
  ctx.err(logLine('FATA', m));
  return 1;
};

/** the kubelet sees the container exit (SIGKILL: 137) and restarts it by the pod's policy */
function killed(st: K8sState, c: Ctr, now: number): void {
  if (c.made) return stopMade(c.made, now);
  const live = st.cluster.get('Pod', c.pod.metadata.namespace, c.pod.metadata.name);
  const node = live?.spec.nodeName ? st.cluster.nodes.get(live.spec.nodeName) : undefined;
  if (live && node && st.cluster.sim(live).stage === 'running') st.cluster.containerExited(live, node, 137);
}

/** `crictl stop ID...`: each id printed as it stops (an unknown one too: StopContainer is idempotent) */
export function stop(ctx: CommandContext, st: K8sState, ops: string[]): number {
  const list = containersHere(st, ctx.host as Host);
  for (const id of ops) {
    const c = byPrefix(list, id);
    if (c === 'ambiguous') {
      const e = ctrNotFound(id, c);
      ctx.err(klogE(ctx.world.now, 'remote_runtime.go:366', `"StopContainer from runtime service failed" err=${JSON.stringify(e)} ${kv('containerID', id)}`));
      return fatal(ctx, `stopping the container "${id}": ${e}`);
    }
    if (c !== 'not found' && c.state === 'CONTAINER_RUNNING') killed(st, c, ctx.world.now);
    ctx.out(id + '\n');
  }
  return 0;
}

/** `crictl rm [-f] [-a] ID...` */
export function* rm(ctx: CommandContext, st: K8sState, ops: string[], help: () => Promise<string>): CommandRun {
  const o = ctx.opts!;
  const list = containersHere(st, ctx.host as Host);
  const ids = o.bool('all') ? list.map((c) => c.id) : ops;
  if (!ids.length) {
    if (o.bool('all')) {
      ctx.err(logLine('INFO', 'No containers to remove'));
      return 0;
    }
    ctx.out((yield { load: help }) as string);
    return 0;
  }
  let errored = false;
  for (const id of ids) {
    const c = byPrefix(list, id);
    if (typeof c === 'string') {
      const e = ctrNotFound(id, c);
      ctx.err(klogE(ctx.world.now, 'remote_runtime.go:432', `"ContainerStatus from runtime service failed" err=${JSON.stringify(e)} ${kv('containerID', id)}`));
      ctx.err(logLine('ERRO', e));
      errored = true;
      continue;
    }
    if (c.state === 'CONTAINER_RUNNING') {
      if (!o.bool('force')) {
        ctx.err(logLine('ERRO', `container "${id}" is running, please stop it first`));
        errored = true;
        continue;
      }
      killed(st, c, ctx.world.now);
      ctx.out(id + '\n');
    }
    if (c.made) removeMade(st, ctx.host as Host, c.id);
    else removedIds(st).add(c.id);
    ctx.out(id + '\n');
  }
  return errored ? fatal(ctx, 'unable to remove container(s)') : 0;
}

/** `crictl start ID...`: containerd starts only a container in the created state */
export function start(ctx: CommandContext, st: K8sState, ops: string[]): number {
  const list = containersHere(st, ctx.host as Host);
  for (const id of ops) {
    const c = byPrefix(list, id);
    const why = typeof c !== 'string' && c.made ? startMade(st, ctx.host as Host, c.made, ctx.world.now) : null;
    if (typeof c !== 'string' && c.made && !why) {
      ctx.out(id + '\n');
      continue;
    }
    const e = typeof c === 'string' ? ctrNotFound(id, c) : rpc('Unknown', why ?? `failed to set starting state for container "${c.id}": container is in ${c.state} state`);
    ctx.err(klogE(ctx.world.now, 'remote_runtime.go:343', `"StartContainer from runtime service failed" err=${JSON.stringify(e)} ${kv('containerID', id)}`));
    return fatal(ctx, `starting the container "${id}": ${e}`);
  }
  return 0;
}

/** `crictl update [flags] ID...`: the new resources of a running container */
export function update(ctx: CommandContext, st: K8sState, ops: string[]): number {
  const list = containersHere(st, ctx.host as Host);
  for (const id of ops) {
    const c = byPrefix(list, id);
    let e: string | null = null;
    if (typeof c === 'string') e = rpc(c === 'ambiguous' ? 'Unknown' : 'NotFound', `failed to find container: ${c === 'ambiguous' ? `ambiguous ID "${id}"` : 'not found'}`);
    else if (c.state !== 'CONTAINER_RUNNING') e = rpc('Unknown', `failed to update resources: failed to update resources: container "${c.id}" is in ${c.state} state`);
    if (e) {
      ctx.err(klogE(ctx.world.now, 'remote_runtime.go:461', `"UpdateContainerResources from runtime service failed" err=${JSON.stringify(e)} ${kv('containerID', id)}`));
      return fatal(ctx, `updating container resources for "${id}": ${e}`);
    }
    ctx.out(id + '\n');
  }
  return 0;
}

/** `crictl stopp POD-ID...`: the sandbox stops with its containers; the kubelet makes a new one */
export function stopp(ctx: CommandContext, st: K8sState, ops: string[]): number {
  const list = sandboxesHere(st, ctx.host as Host);
  for (const id of ops) {
    const sb = byPrefix(list, id);
    if (sb === 'ambiguous') {
      const e = rpc('Unknown', `an error occurred when try to find sandbox "${id}": ambiguous ID "${id}"`);
      ctx.err(klogE(ctx.world.now, 'remote_runtime.go:222', `"StopPodSandbox from runtime service failed" err=${JSON.stringify(e)} ${kv('podSandboxID', id)}`));
      return fatal(ctx, `stopping the pod sandbox "${id}": ${e}`);
    }
    if (sb !== 'not found' && sb.made) stopSandboxMade(st, ctx.host as Host, sb.made, ctx.world.now);
    else if (sb !== 'not found' && sb.ready) {
      const live = st.cluster.get('Pod', sb.pod.metadata.namespace, sb.pod.metadata.name);
      if (live) st.cluster.restartPod(live);
    }
    ctx.out(`Stopped sandbox ${id}\n`);
  }
  return 0;
}

/** `crictl rmp [-f] [-a] POD-ID...` */
export function* rmp(ctx: CommandContext, st: K8sState, ops: string[], help: () => Promise<string>): CommandRun {
  const o = ctx.opts!;
  const list = sandboxesHere(st, ctx.host as Host);
  const ids = o.bool('all') ? list.map((s) => s.id) : ops;
  if (!ids.length) {
    if (o.bool('all')) {
      ctx.err(logLine('INFO', 'No pods to remove'));
      return 0;
    }
    ctx.out((yield { load: help }) as string);
    return 0;
  }
  const errs: string[] = [];
  for (const id of ids) {
    const sb = byPrefix(list, id);
    if (typeof sb === 'string') {
      errs.push(`getting sandbox status of pod "${id}": ${rpc(sb === 'ambiguous' ? 'Unknown' : 'NotFound', `an error occurred when try to find sandbox: ${sb === 'ambiguous' ? `ambiguous ID "${id}"` : 'not found'}`)}`);
      continue;
    }
    if (sb.ready) {
      if (!o.bool('force')) {
        errs.push(`pod sandbox "${id}" is running, please stop it first`);
        continue;
      }
      ctx.out(`Stopped sandbox ${id}\n`);
    }
    if (sb.made) removeSandboxMade(st, ctx.host as Host, sb.made, ctx.world.now);
    else {
      const live = st.cluster.get('Pod', sb.pod.metadata.namespace, sb.pod.metadata.name);
      if (live) st.cluster.restartPod(live);
    }
    ctx.out(`Removed sandbox ${id}\n`);
  }
  // errors.NewAggregate: one error as it is, more in brackets
  if (errs.length) return fatal(ctx, errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`);
  return 0;
}

/** `crictl rmi [-a] [-q] IMAGE...`: containerd deletes the image's references, in use or not */
export function* rmi(ctx: CommandContext, st: K8sState, ops: string[], help: () => Promise<string>): CommandRun {
  const o = ctx.opts!;
  const h = ctx.host as Host;
  const node = st.cluster.nodes.get(hostname(h));
  const images = [...(node?.images ?? [])];
  const ids = new Map<string, boolean>();
  for (const id of ops) ids.set(id, true);
  const prune = o.bool('prune');
  if (o.bool('all') || prune) for (const r of images) ids.set(r, true);
  if (prune) for (const c of containersHere(st, h)) ids.set(parseImage(c.image).full, false);
  if (!ids.size) {
    if (o.bool('all') || prune) {
      ctx.err(logLine('INFO', 'No images to remove'));
      return 0;
    }
    ctx.out((yield { load: help }) as string);
    return 0;
  }
  let errored = false;
  for (const [id, remove] of ids) {
    if (!remove) continue;
    const ref = resolveImage(st, h, id);
    if (!ref) {
      ctx.err(logLine('ERRO', `no such image ${id}`));
      errored = true;
      continue;
    }
    node?.images.delete(ref);
    ctx.out(`Deleted: ${ref}\n`);
  }
  return errored ? fatal(ctx, 'unable to remove the image(s)') : 0;
}

/** `crictl exec [-i] [-t] [-s] ID COMMAND [ARG...]` */
export function* exec(ctx: CommandContext, st: K8sState, ops: string[]): CommandRun {
  const o = ctx.opts!;
  const [id, ...cmd] = ops;
  const list = containersHere(st, ctx.host as Host);
  const c = byPrefix(list, id);
  const sync = o.bool('sync');
  const at = sync ? 'remote_runtime.go:496' : 'remote_runtime.go:530';
  const what = sync ? 'ExecSync cmd from runtime service failed' : 'Exec cmd from runtime service failed';
  const prefix = sync ? 'execing command in container synchronously' : 'execing command in container';
  let e: string | null = null;
  if (typeof c === 'string') e = rpc(c === 'ambiguous' ? 'Unknown' : 'NotFound', `failed to find container "${id}" in store: ${c === 'ambiguous' ? `ambiguous ID "${id}"` : 'not found'}`);
  else if (c.state !== 'CONTAINER_RUNNING') e = rpc('Unknown', `container is in ${c.state} state`);
  if (e || typeof c === 'string') {
    ctx.err(klogE(ctx.world.now, at, `"${what}" err=${JSON.stringify(e)} ${kv('containerID', id)} cmd=${JSON.stringify(cmd)}`));
    return fatal(ctx, `${prefix}: ${e}`);
  }
  const tty = o.bool('tty');
  const stdin = o.bool('interactive');
  if (!sync && tty && !stdin) return fatal(ctx, `${prefix}: tty=true must be specified with interactive=true`);
  if (!sync && tty && !ctx.tty) return fatal(ctx, `${prefix}: input is not a terminal`);
  const os = imageOs(c.spec.image ?? c.image);
  if (!sync && stdin && tty && cmd.length === 1 && shellFor(os, cmd[0])) {
    const code = yield* containerShell(ctx, st, c.pod, c.name, cmd[0], () => fatal(ctx, `${prefix}: command terminated with exit code 137`));
    if (code !== 0 && code !== 130) return fatal(ctx, `${prefix}: command terminated with exit code ${code}`);
    return code === 130 ? 130 : 0;
  }
  if (namesComponent(cmd)) yield { load: () => loadComponents(cmd) };
  const r = containerExec(st.cluster, c.pod, c.spec, cmd, tty ? (ctx.session.size?.().cols ?? 80) : 0);
  // the runtime could not start the program: the streaming server's internal error
  if (r.err.startsWith('error: Internal error occurred: ')) {
    const msg = r.err.slice('error: '.length).trimEnd();
    if (sync) {
      const inner = rpc('Unknown', msg.replace(/^Internal error occurred: error executing command in container: /, ''));
      ctx.err(klogE(ctx.world.now, at, `"${what}" err=${JSON.stringify(inner)} ${kv('containerID', id)} cmd=${JSON.stringify(cmd)}`));
      return fatal(ctx, `${prefix}: ${inner}`);
    }
    return fatal(ctx, `${prefix}: ${msg}`);
  }
  if (sync) {
    if (r.code !== 0) return fatal(ctx, `${prefix}: command '${cmd.join(' ')}' exited with ${r.code}: ${r.err}`);
    // fmt.Println(stdout); fmt.Println(stderr)
    ctx.out(r.out + '\n' + r.err + '\n');
    return 0;
  }
  if (r.seq) emit(ctx, r.seq);
  else {
    ctx.out(r.out);
    ctx.err(r.err);
  }
  return r.code ? fatal(ctx, `${prefix}: command terminated with exit code ${r.code}`) : 0;
}

/** `crictl attach [-i] [-t] ID`: the container's own output stream, until Ctrl+C */
export function* attach(ctx: CommandContext, st: K8sState, id: string): CommandRun {
  const o = ctx.opts!;
  const c = byPrefix(containersHere(st, ctx.host as Host), id);
  let e: string | null = null;
  if (typeof c === 'string') e = rpc(c === 'ambiguous' ? 'Unknown' : 'NotFound', `failed to find container in store: ${c === 'ambiguous' ? `ambiguous ID "${id}"` : 'not found'}`);
  else if (c.state !== 'CONTAINER_RUNNING') e = rpc('Unknown', `container is in ${c.state} state`);
  if (e) {
    ctx.err(klogE(ctx.world.now, 'remote_runtime.go:557', `"Attach container from runtime service failed" err=${JSON.stringify(e)} ${kv('containerID', id)}`));
    return fatal(ctx, `attaching running container failed: ${e}`);
  }
  if (o.bool('tty') && !o.bool('stdin')) return fatal(ctx, 'attaching running container failed: tty=true must be specified with interactive=true');
  try {
    for (;;) yield { wait: 1000 };
  } catch (err) {
    if (err instanceof Interrupt) return 130;
    throw err;
  }
}

/**
 * `crictl port-forward POD-ID [LOCAL:]REMOTE`: client-go's port forwarder on 127.0.0.1 and ::1 until Ctrl+C; each
 * connection is announced as it comes (`Handling connection for N`) and reaches the pod's port.
 */
export function* portForward(ctx: CommandContext, st: K8sState, ops: string[]): CommandRun {
  const [id, ...ports] = ops;
  const sb = byPrefix(sandboxesHere(st, ctx.host as Host), id);
  if (typeof sb === 'string') {
    const e = rpc(sb === 'ambiguous' ? 'Unknown' : 'NotFound', `failed to find sandbox "${id}": ${sb === 'ambiguous' ? `ambiguous ID "${id}"` : 'not found'}`);
    ctx.err(klogE(ctx.world.now, 'remote_runtime.go:583', `"PortForward from runtime service failed" err=${JSON.stringify(e)} ${kv('podSandboxID', id)}`));
    return fatal(ctx, `port forward: ${e}`);
  }
  const pairs: { local: number; remote: number }[] = [];
  for (const p of ports) {
    const [a, b] = p.includes(':') ? p.split(':') : [p, p];
    if (!/^\d+$/.test(b) || (a !== '' && !/^\d+$/.test(a))) return fatal(ctx, `port forward: ${!/^\d+$/.test(b) ? `error parsing remote port '${b}' in '${p}': strconv.ParseUint: parsing "${b}": invalid syntax` : `error parsing local port '${a}' in '${p}': strconv.ParseUint: parsing "${a}": invalid syntax`}`);
    pairs.push({ local: a === '' ? 32768 + (fnv32a(sb.id + p + ctx.world.now) % 28000) : Number(a), remote: Number(b) });
  }
  const pending: string[] = [];
  const closers: (() => void)[] = [];
  const stopAll = () => closers.splice(0).forEach((c) => c());
  for (const { local, remote } of pairs) {
    const up: string[] = [];
    for (const addr of ['127.0.0.1', '::1']) {
      const close = listen(ctx.world, {
        hostId: ctx.host.id,
        port: local,
        addr,
        process: 'crictl',
        pid: 5000 + (Math.floor(ctx.world.now / 1000) % 900),
        http: (req) => {
          pending.push(`Handling connection for ${local}\n`);
          st.cluster.advanceTo(ctx.world.now);
          const pod = st.cluster.get('Pod', sb.pod.metadata.namespace, sb.pod.metadata.name);
          const r = pod && pod.metadata.uid === sb.pod.metadata.uid ? httpGet(st.cluster, pod.status.podIP, remote, req.url.pathname, pod.status.hostIP ?? '') : null;
          return r ?? { status: 502, body: '' };
        },
      });
      if (close) {
        closers.push(close);
        up.push(addr);
      }
    }
    if (!up.length) {
      stopAll();
      return fatal(ctx, `port forward: unable to listen on any of the requested ports: [{${local} ${remote}}]`);
    }
    for (const addr of up) ctx.out(`Forwarding from ${addr === '::1' ? '[::1]' : addr}:${local} -> ${remote}\n`);
  }
  try {
    for (;;) {
      yield { wait: 1000 };
      if (pending.length) ctx.out(pending.splice(0).join(''));
    }
  } catch (err) {
    if (err instanceof Interrupt) return 0;
    throw err;
  } finally {
    stopAll();
  }
}

/** `crictl completion [bash|zsh|fish]` */
export function completion(ctx: CommandContext, shell: string | undefined): number {
  const cmds = [...COMMANDS, { name: 'help', aliases: ['h'], usage: 'Shows a list of commands or help for one command' }];
  const flags = [...[...GLOBAL_FLAGS].map((f) => f.name).sort(), 'help', 'version'].map((n) => '--' + n);
  if (!shell || shell === 'bash') {
    const words = [...cmds.flatMap((c) => [c.name, ...c.aliases]), ...flags].join('\n');
    ctx.out(`_crictl() {\n    local cur opts base\n    COMPREPLY=()\n    cur="\${COMP_WORDS[COMP_CWORD]}"\n    opts="${words}"\n    COMPREPLY=( $(compgen -W "\${opts}" -- \${cur}) )\n    return 0\n}\n\ncomplete -F _crictl crictl\n`);
    return 0;
  }
  if (shell === 'zsh') {
    const subs = cmds.flatMap((c) => [c.name, ...c.aliases].map((n) => `${n}:${c.usage}`)).join("' '");
    ctx.out(`#compdef crictl\n\n_crictl() {\n  local -a cmds\n  cmds=('${subs}')\n  _describe 'commands' cmds\n\n  local -a opts\n  opts=('${flags.join("' '")}')\n  _describe 'global options' opts\n\n  return\n}\n\ncompdef _crictl crictl\n`);
    return 0;
  }
  if (shell === 'fish') {
    ctx.out(fishCompletion());
    return 0;
  }
  return fatal(ctx, 'only bash, zsh or fish are supported');
}
