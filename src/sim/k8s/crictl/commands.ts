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

/** `pull`: whether create / run pull the image first (run.ts reads the flags and the config file) */
export function* crictlCommand(ctx: CommandContext, st: K8sState, cmd: string, ops: string[], help: () => Promise<string>, pull?: boolean): CommandRun {
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
      return yield* (((yield { load: () => import('./create') }) as typeof import('./create')).runp(ctx, st, ops));
    case 'create':
      return yield* (((yield { load: () => import('./create') }) as typeof import('./create')).createCmd(ctx, st, ops, !!pull));
    case 'run':
      return yield* (((yield { load: () => import('./create') }) as typeof import('./create')).run(ctx, st, ops, !!pull));
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
  // every command of the app is answered above; urfave/cli's answer for a name it does not know (ShowCommandHelp)
  ctx.err(`No help topic for '${cmd}'\n`);
  return 3;
}
