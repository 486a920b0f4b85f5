// The crictl commands beyond the lists (ps, pods, images, pull, version, info live in ../runtime.ts), loaded the first
// time one of them runs: crictl/run.ts has read the flags, checked the arguments and connected to containerd.
import type { CommandContext } from '../../context';
import { Interrupt, type CommandRun, type Host } from '../../types';
import type { K8sState } from '../world';
import { attach, completion, exec, portForward, rm, rmi, rmp, start, stop, stopp, update } from './verbs';
import { imagefsinfo, inspect, inspecti, inspectp, stats, statsp, type Result } from './views';
import { klogE, kv, logLine, rpc } from './store';

function* show(ctx: CommandContext, r: Result): CommandRun {
  for (const [s, t] of r.seq) (s === 'out' ? ctx.out : ctx.err)(t);
  if (r.waitThen) {
    try {
      yield { wait: r.waitThen.ms };
    } catch (e) {
      if (e instanceof Interrupt) return 130;
      throw e;
    }
    for (const [s, t] of r.waitThen.seq) (s === 'out' ? ctx.out : ctx.err)(t);
  }
  return r.failAfter ? 1 : r.code;
}

/** `crictl stats -w`: the table every half second (after each sample) until Ctrl+C */
function* watch(ctx: CommandContext, st: K8sState, f: (now: number) => Result): CommandRun {
  try {
    for (;;) {
      st.cluster.advanceTo(ctx.world.now);
      const r = f(ctx.world.now);
      const code = yield* show(ctx, r);
      if (code) return code;
      yield { wait: 500 };
    }
  } catch (e) {
    if (e instanceof Interrupt) return 0;
    throw e;
  }
}

/** a pod or container config file crictl reads (util.go openFile) */
function loadConfig(ctx: CommandContext, path: string): string | null {
  const abs = ctx.host.fs.resolve(ctx.frame.cwd, path);
  const text = ctx.host.fs.read(abs);
  if (typeof text !== 'string' || /^E[A-Z]+$/.test(text)) return `config at ${path} not found`;
  return null;
}

export function* crictlCommand(ctx: CommandContext, st: K8sState, cmd: string, ops: string[], help: () => Promise<string>): CommandRun {
  const h = ctx.host as Host;
  const o = ctx.opts!;
  const now = ctx.world.now;
  switch (cmd) {
    case 'inspect':
      return yield* show(ctx, inspect(st, h, o, ops, now));
    case 'inspectp':
      return yield* show(ctx, inspectp(st, h, o, ops));
    case 'inspecti':
      return yield* show(ctx, inspecti(st, h, o, ops));
    case 'imagefsinfo':
      return yield* show(ctx, imagefsinfo(st, h, o, now));
    case 'stats':
      return o.bool('watch') ? yield* watch(ctx, st, (t) => stats(st, h, o, ops, t)) : yield* show(ctx, stats(st, h, o, ops, now));
    case 'statsp':
      return o.bool('watch') ? yield* watch(ctx, st, (t) => statsp(st, h, o, ops, t)) : yield* show(ctx, statsp(st, h, o, ops, now));
    case 'stop':
      return stop(ctx, st, ops);
    case 'rm':
      return yield* rm(ctx, st, ops, help);
    case 'start':
      return start(ctx, st, ops);
    case 'update':
      return update(ctx, st, ops);
    case 'stopp':
      return stopp(ctx, st, ops);
    case 'rmp':
      return yield* rmp(ctx, st, ops, help);
    case 'rmi':
      return yield* rmi(ctx, st, ops, help);
    case 'exec':
      return yield* exec(ctx, st, ops);
    case 'attach':
      return yield* attach(ctx, st, ops[0]);
    case 'port-forward':
      return yield* portForward(ctx, st, ops);
    case 'completion':
      return completion(ctx, ops[0]);
    case 'ps':
    case 'pods':
    case 'images':
    case 'image':
    case 'img': {
      const l = (yield { load: () => import('./lists') }) as typeof import('./lists');
      const r = cmd === 'ps' ? l.ps(st, h, o, now) : cmd === 'pods' ? l.pods(st, h, o) : l.images(st, h, o);
      ctx.out(r.out);
      ctx.err(r.err);
      return r.code;
    }
    case 'info': {
      const { info } = (yield { load: () => import('./info') }) as typeof import('./info');
      const r = info(st, h, o);
      if ('error' in r) {
        ctx.err(logLine('FATA', `getting status of runtime: ${r.error}`));
        return 1;
      }
      ctx.out(r.text);
      return 0;
    }
    case 'runp':
    case 'run':
    case 'create': {
      // runp and run load the pod config first, create the container config
      const file = cmd === 'runp' ? ops[0] : cmd === 'run' ? ops[1] : ops[1];
      const e = loadConfig(ctx, file);
      const what = cmd === 'create' ? 'creating container: ' : cmd === 'run' ? 'running container: load podSandboxConfig: ' : 'load podSandboxConfig: ';
      if (e) {
        ctx.err(logLine('FATA', what + e));
        return 1;
      }
      ctx.err(logLine('FATA', `${cmd}: sandboxes and containers from config files are not simulated here`));
      return 1;
    }
    case 'metricsp': {
      // containerd 1.7 does not implement ListPodSandboxMetrics
      const e = rpc('Unimplemented' , 'method ListPodSandboxMetrics not implemented');
      ctx.err(klogE(now, 'remote_runtime.go:861', `"ListPodSandboxMetrics from runtime service failed" err=${JSON.stringify(e)}`));
      ctx.err(logLine('FATA', `get pod metrics: list pod sandbox metrics: ${e}`));
      return 1;
    }
    case 'checkpoint': {
      if (!ops.length) {
        ctx.err(logLine('FATA', 'ID cannot be empty'));
        return 1;
      }
      // nor CheckpointContainer (it answers before it looks the container up)
      const e = rpc('Unimplemented' , 'method CheckpointContainer not implemented');
      ctx.err(klogE(now, 'remote_runtime.go:795', `"CheckpointContainer from runtime service failed" err=${JSON.stringify(e)} ${kv('containerID', ops[0])}`));
      ctx.err(logLine('FATA', `checkpointing the container "${ops[0]}" failed: ${e}`));
      return 1;
    }
    case 'runtime-config': {
      // RuntimeConfig came with containerd 2.0: 1.7's gRPC server does not know the method
      const e = rpc('Unimplemented' , 'unknown method RuntimeConfig for service runtime.v1.RuntimeService');
      ctx.err(klogE(now, 'remote_runtime.go:876', `"RuntimeConfig from runtime service failed" err=${JSON.stringify(e)}`));
      ctx.err(logLine('FATA', `get runtime config: call RuntimeConfig RPC: ${e}`));
      return 1;
    }
  }
  ctx.err(logLine('FATA', `${cmd}: not simulated`));
  return 1;
}
