/**
 * kubectl attach: to the main process of a running container. With -i (and a container started with stdin)
 * its shell takes the keyboard; without, its output streams until Ctrl+C.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { fail, type KResult } from '../../result';
import { container, podFor } from '../../pods';
import { podLogs } from '../../../container';

export function run(k: Kubectl, p: Parsed): KResult {
  if (p.args.length > 2) return fail(`error: expected POD, TYPE/NAME, or TYPE NAME, (at most 2 arguments) saw ${p.args.length}: [${p.args.join(' ')}]`);
  const arg = p.args.length === 2 ? `${p.args[0]}/${p.args[1]}` : p.args[0];
  const f = podFor(k, p, arg);
  if ('code' in f) return f;
  const pod = f.pod;
  if (pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed') return fail(`error: cannot attach a container in a completed pod; current phase is ${pod.status.phase}`);
  const all = [...(pod.spec.containers ?? []), ...(pod.spec.ephemeralContainers ?? [])];
  const name = p.flags.container as string | undefined;
  const ct = name ? { c: all.find((x: any) => x.name === name), note: '' } : container(k, pod, undefined);
  if ('code' in ct) return ct;
  if (!ct.c) return fail(`error: cannot attach to the container: container ${name} not found in pod ${pod.metadata.name}`);
  let err = f.note ?? '';
  if (p.flags.tty && !ct.c.tty) err += `error: Unable to use a TTY - container ${ct.c.name} did not allocate one\n`;
  const eph = (pod.spec.ephemeralContainers ?? []).includes(ct.c);
  if (p.flags.stdin && ct.c.stdin) {
    const end = pod.spec.restartPolicy !== 'Always' ? '' : eph
      ? `Session ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach ${pod.metadata.name} -c ${ct.c.name} -i -t' if it is still running`
      : `Session ended, resume using 'kubectl attach ${pod.metadata.name} -c ${ct.c.name} -i -t' command when the pod is running`;
    return { out: '', err, code: 0, shell: { pod, container: ct.c.name, command: 'sh', attach: true, end } };
  }
  if (p.flags.stdin) err += "If you don't see a command prompt, try pressing enter.\n";
  // the container's output from now on
  let seen = podLogs(k.c, pod, ct.c, false).length;
  return {
    out: '',
    err,
    code: 0,
    follow: {
      poll: () => {
        const cur = k.c.get('Pod', pod.metadata.namespace, pod.metadata.name);
        if (!cur || cur.metadata.uid !== pod.metadata.uid) return { done: 0 };
        const lines = podLogs(k.c, cur, ct.c, false);
        const fresh = lines.slice(seen);
        seen = lines.length;
        return { out: fresh.map((l) => l.text + '\n').join('') };
      },
    },
  };
}
