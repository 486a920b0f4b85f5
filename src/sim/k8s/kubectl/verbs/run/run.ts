/** kubectl run: one pod, or an interactive one with -it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, fail, usage } from '../../result';
import type { Parsed } from '../../cli';

export function run(k: Kubectl, p: Parsed): KResult {
  if (!p.args.length) return fail(`error: NAME is required for run\n${usage(p.path)}`);
  const image = p.flags.image as string | undefined;
  if (!image) return fail(`error: required flag(s) "image" not set`);
  const name = p.args[0];
  const ns = k.ns(p);
  if (k.c.get('Pod', ns, name)) return fail(`Error from server (AlreadyExists): pods "${name}" already exists`);
  const labels: Record<string, string> = {};
  if (p.flags.labels) for (const kv of String(p.flags.labels).split(',')) labels[kv.split('=')[0]] = kv.split('=')[1] ?? '';
  else labels.run = name;
  const c: any = { name, image };
  if (p.flags.port) c.ports = [{ containerPort: Number(p.flags.port) }];
  const cmd = [...p.args.slice(1), ...p.rest];
  if (cmd.length) {
    if (p.flags.command) c.command = cmd;
    else c.args = cmd;
  }
  if (p.flags.env) c.env = (p.flags.env as string[]).map((e) => ({ name: e.split('=')[0], value: e.split('=').slice(1).join('=') }));
  if (p.flags.stdin) c.stdin = true;
  if (p.flags.tty) c.tty = true;
  const d = { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels }, spec: { containers: [c], restartPolicy: (p.flags.restart as string) ?? 'Always' } };
  const res = k.createOrPrint(p, d, ns, 'pod');
  if (p.flags.stdin && p.flags.tty && !p.flags['dry-run']) {
    res.out = '';
    const pod = k.c.get('Pod', ns, name)!;
    const end = p.flags.rm ? 'delete' : `Session ended, resume using 'kubectl attach ${name} -c ${name} -i -t' command when the pod is running`;
    return { out: '', err: '', code: 0, shell: { pod, container: name, command: cmd.join(' ') || 'sh', attach: true, end } };
  }
  return res;
}
