/* eslint-disable @typescript-eslint/no-explicit-any */
import type { CommandContext } from '../context';
import { Interrupt, type CommandRun } from '../types';
import type { K8sState } from './world';
import type { Obj } from './objects';
import { containerShellLine } from './container';
import { imageOs, shellFor } from './container-shell';
import { isMadePod } from './crictl/made';
import { loadComponents, namesComponent } from './components/index';
import type { Ticker } from './pod-programs/busybox';

/** a program of the shell's line that runs until Ctrl+C, which the terminal sends to it rather than to the shell */
function* ticking(ctx: CommandContext, st: K8sState, t: Ticker): CommandRun {
  let i = 0;
  try {
    for (;;) {
      yield { wait: 1000 };
      st.cluster.advanceTo(ctx.world.now);
      ctx.out(t.tick(++i));
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
    // the terminal has echoed ^C and a new line already
    const r = t.interrupted(i + 1);
    ctx.out(r.out.replace(/^\n/, ''));
  }
  return 0;
}

/**
 * `kubectl exec -it POD -- sh`: a shell inside the container, one line at a time. bash's prompt names the pod,
 * busybox ash's the directory, dash's is `# `; bash says `exit` as it leaves, dash and ash say nothing; dash counts
 * the lines it read in its messages. `crictl exec -it` runs the same shells; `gone` is what the client says when the
 * pod goes away under the shell.
 */
export function* containerShell(ctx: CommandContext, st: K8sState, pod: Obj, container: string, command: string, gone = (): number => {
  ctx.err('command terminated with exit code 137\n');
  return 137;
}): CommandRun {
  const ct = pod.spec.containers.find((c: any) => c.name === container) ?? pod.spec.ephemeralContainers?.find((c: any) => c.name === container) ?? pod.spec.containers[0];
  const kind = shellFor(imageOs(ct.image), command) ?? 'dash';
  const prompt = () => (kind === 'bash' ? `root@${pod.spec?.hostname ?? pod.metadata.name}:/# ` : kind === 'ash' ? '/ # ' : '# ');
  let lineNo = 0;
  try {
    for (;;) {
      const line = String(yield { ask: prompt() }).trim();
      lineNo++;
      if (!line) continue;
      if (line === 'exit' || line.startsWith('exit ')) {
        if (kind === 'bash') ctx.out('exit\n');
        return Number(line.split(' ')[1] ?? 0) || 0;
      }
      st.cluster.advanceTo(ctx.world.now);
      // a pod of the cluster that went away (a sandbox crictl made is not one)
      if (!isMadePod(pod) && !st.cluster.get('Pod', pod.metadata.namespace, pod.metadata.name)) return gone();
      // a control-plane program the line names (etcdctl in the etcd container): its code and texts first
      if (namesComponent([line])) yield { load: () => loadComponents([line]) };
      const r = containerShellLine(st.cluster, pod, ct, { kind, argv0: command, line: lineNo }, line);
      for (const [stream, text] of r.seq) (stream === 'out' ? ctx.out : ctx.err)(text);
      if (r.ticker) yield* ticking(ctx, st, r.ticker);
    }
  } catch (e) {
    if (e instanceof Interrupt) {
      ctx.out('\n');
      return 130;
    }
    throw e;
  }
}

