/**
 * `kubectl run -i [-t] NAME --image=IMAGE -- COMMAND` when COMMAND is not an interactive shell, as kubectl 1.28's
 * RunOptions.Run does it: handleAttachPod waits until the pod runs (or has already completed: then its output comes
 * from the logs, without the prompt hint), the container's output streams to the terminal, waitForPod waits for the
 * pod to complete when the restart policy is Never or OnFailure, `--rm` deletes the pod (removeCreatedObjects, deferred:
 * its line comes before the exit error), and a failed pod ends kubectl with the container's exit code and
 * "pod NS/NAME terminated (REASON)" plus the termination message. A shell loop (`sh -c "while sleep 0.01; do wget -q
 * -O- http://php-apache; done"`, the HPA walkthrough's load generator) runs until Ctrl+C, which ends the container
 * (status 130) as SIGINT ends its shell.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { CommandContext } from '../context';
import { Interrupt, type CommandRun } from '../types';
import type { K8sState } from './world';
import type { Obj } from './objects';
import { containerExec } from './container';

export interface AttachedProgram {
  pod: Obj;
  container: string;
  argv: string[];
  quiet: boolean;
  rm: boolean;
}

/** `sh -c 'while COND; do BODY; done'`: the body, and how many rounds a second (sleep's interval, at most 100) */
export function shellLoop(argv: string[]): { body: string; perSecond: number } | null {
  if (!/(^|\/)(sh|bash|ash)$/.test(argv[0] ?? '') || argv[1] !== '-c') return null;
  const m = /^\s*while\s+(.+?)\s*;\s*do\s+(.+?)\s*;?\s*done\s*;?\s*$/.exec(argv[2] ?? '');
  if (!m) return null;
  const sleep = /sleep\s+([\d.]+)/.exec(`${m[1]};${m[2]}`);
  const interval = sleep ? Number(sleep[1]) : 0;
  return { body: m[2], perSecond: interval > 0 ? Math.max(1, Math.min(100, Math.round(1 / interval))) : 100 };
}

export function* attachedProgram(ctx: CommandContext, st: K8sState, a: AttachedProgram): CommandRun {
  const c = st.cluster;
  const { namespace: ns, name } = a.pod.metadata;
  const live = () => c.get('Pod', ns, name);
  const removed = (): void => {
    if (!a.rm) return;
    const p = live();
    if (p) c.deletePod(p, 0);
    ctx.out(`pod "${name}" deleted\n`);
  };
  // handleAttachPod: until the pod runs, or has run to completion (pod-running-timeout, 1m)
  let started = false;
  for (let i = 0; i <= 60 && !started; i++) {
    const p = live();
    const stage = p ? c.podStage(p) : 'done';
    started = stage === 'running' || stage === 'done';
    if (!started && i < 60) {
      yield { wait: 1000 };
      c.advanceTo(ctx.world.now);
    }
  }
  if (!started) {
    removed();
    ctx.err('error: timed out waiting for the condition\n');
    return 1;
  }
  const pod = live();
  if (!pod) return 1;
  const ct = pod.spec.containers.find((x: any) => x.name === a.container) ?? pod.spec.containers[0];
  const attached = c.podStage(pod) === 'running';
  // attach prints the hint unless --quiet, with or without a terminal
  if (attached && !a.quiet) ctx.err("If you don't see a command prompt, try pressing enter.\n");
  const loop = shellLoop(a.argv);
  if (loop) {
    try {
      for (;;) {
        const r = containerExec(c, pod, ct, ['sh', '-c', loop.body]);
        ctx.out(r.out.repeat(loop.perSecond));
        if (r.err) ctx.err(r.err.repeat(loop.perSecond));
        yield { wait: 1000 };
        c.advanceTo(ctx.world.now);
        if (!live()) return 1;
      }
    } catch (e) {
      if (!(e instanceof Interrupt)) throw e;
      const p = live();
      const node = p?.spec.nodeName ? c.nodes.get(p.spec.nodeName) : undefined;
      if (p && node && c.podStage(p) === 'running') c.containerExited(p, node, 130);
    }
  } else {
    const r = containerExec(c, pod, ct, a.argv);
    if (r.seq) for (const [stream, text] of r.seq) (stream === 'out' ? ctx.out : ctx.err)(text);
    else {
      ctx.out(r.out);
      ctx.err(r.err);
    }
    // a program that runs until interrupted (ping without -c): a line a second; Ctrl+C reaches it through the
    // terminal, it prints what it prints as SIGINT ends it, and the container ends with its status
    if (r.ticker) {
      let i = 0;
      try {
        for (;;) {
          yield { wait: 1000 };
          c.advanceTo(ctx.world.now);
          if (!live()) return 1;
          ctx.out(r.ticker.tick(++i));
        }
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        const end = r.ticker.interrupted(i + 1);
        ctx.out(end.out.replace(/^\n/, ''));
        const p = live();
        const node = p?.spec.nodeName ? c.nodes.get(p.spec.nodeName) : undefined;
        if (p && node && c.podStage(p) === 'running') c.containerExited(p, node, end.code);
      }
    }
  }
  // waitForPod: the exit code matters with restartPolicy Never (completed) or OnFailure (succeeded)
  const policy = pod.spec.restartPolicy;
  if (policy !== 'Never' && policy !== 'OnFailure') {
    removed();
    return 0;
  }
  for (let i = 0; i < 60; i++) {
    const p = live();
    if (!p || p.status.phase === 'Succeeded' || (policy === 'Never' && p.status.phase === 'Failed')) break;
    yield { wait: 1000 };
    c.advanceTo(ctx.world.now);
  }
  const end = live();
  removed();
  if (!end) return 1;
  if (end.status.phase === 'Succeeded') return 0;
  if (end.status.phase !== 'Failed') {
    ctx.err('error: timed out waiting for the condition\n');
    return 1;
  }
  const t = end.status.containerStatuses?.[0]?.state?.terminated;
  if (!t || !t.exitCode) {
    ctx.err(`error: pod ${ns}/${name} failed with unknown exit code\n`);
    return 1;
  }
  // a CodeExitError: kubectl prints its text as it is
  ctx.err(`pod ${ns}/${name} terminated (${t.reason})\n${t.message ?? ''}${t.message ? '\n' : ''}`);
  return t.exitCode;
}
