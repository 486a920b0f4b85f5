/** kubectl exec: a command in a container, or an interactive shell. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, fail, usage } from '../../result';
import type { Parsed } from '../../cli';
import { containerExec } from '../../../container';
import { imageOs, shellFor } from '../../../container-shell';
import { podFor, container, waitingError } from '../../pods';

export function run(k: Kubectl, p: Parsed): KResult {
  const name = p.args[0];
  if (!name) return fail(`error: expected 'exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]'.\nPOD or TYPE/NAME is a required argument for the exec command\n${usage(p.path)}`);
  const cmd = p.dash ? p.rest : p.args.slice(1);
  if (!cmd.length) return fail(`error: you must specify at least one command for the container`);
  // exec's Complete warns of the old form before the pod is looked up: every later error comes after it
  const pre = p.dash ? '' : 'kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n';
  const early = (r: KResult): KResult => (pre ? { ...r, err: pre + r.err } : r);
  const f = podFor(k, p, name);
  if ('code' in f) return early(f);
  // -it with stdin that is no terminal: exec's SetupTTY says so once the container is chosen, before the request
  const noTty = p.flags.stdin && p.flags.tty && k.env.stdinTty === false ? 'Unable to use a TTY - input is not a terminal or the right kind of file\n' : '';
  const ct = container(k, f.pod, p.flags.container as string | undefined);
  if ('code' in ct) return early(noTty && ct.err.startsWith('Error from server') ? { ...ct, err: noTty + ct.err } : ct);
  const w = waitingError(k, f.pod, ct.c, 'exec');
  if (w) return early(w);
  const os = imageOs(ct.c.image);
  if (!noTty && p.flags.stdin && p.flags.tty && cmd.length === 1 && shellFor(os, cmd[0])) return { out: '', err: pre + ct.note, code: 0, shell: { pod: f.pod, container: ct.c.name, command: cmd[0] } };
  // with -t the program's stdout is the exec's terminal, as wide as the one kubectl runs in
  // -i passes kubectl's standard input on (a pipe's text; null for a terminal), else the program reads nothing
  const stdin = p.flags.stdin ? (k.env.stdinTty === false ? (k.env.stdin ?? '') : null) : '';
  const r = containerExec(k.c, f.pod, ct.c, cmd, p.flags.tty && k.env.stdinTty !== false ? (k.env.cols ?? 0) : 0, stdin);
  const note = ct.note + noTty;
  // a program that runs until interrupted (ping without -c) streams a line a second; Ctrl+C ends kubectl
  const t = r.ticker;
  if (t) {
    let i = 0;
    return { out: r.out, err: pre + note + r.err, code: 0, follow: { poll: () => ({ out: t.tick(++i) }) } };
  }
  // a status other than 0 comes back as client-go's CodeExitError, which kubectl prints as it is (an exec the
  // runtime refused is the API server's error instead)
  const status = r.code !== 0 && !r.err.startsWith('error: ') ? `command terminated with exit code ${r.code}\n` : '';
  if (r.seq) return { out: r.out, err: pre + note + r.err + status, code: r.code, seq: [...(pre + note ? [['err', pre + note] as ['err', string]] : []), ...r.seq, ...(status ? [['err', status] as ['err', string]] : [])] };
  // the warnings come as the container is chosen, before anything the program prints
  const seq: KResult['seq'] = pre + note ? [['err', pre + note], ...(r.out ? [['out', r.out] as ['out', string]] : []), ...(r.err + status ? [['err', r.err + status] as ['err', string]] : [])] : undefined;
  return { out: r.out, err: pre + note + r.err + status, code: r.code, ...(seq ? { seq } : {}) };
}
