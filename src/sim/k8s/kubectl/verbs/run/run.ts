/** kubectl run: one pod, or an interactive one with -it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, fail, usage } from '../../result';
import type { Parsed } from '../../cli';
import { imageOs, shellFor } from '../../../container-shell';

/** apimachinery's IsDNS1123Subdomain and IsDNS1123Label messages (RegexError with their examples and patterns) */
const SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

export function run(k: Kubectl, p: Parsed): KResult {
  if (!p.args.length) return fail(`error: NAME is required for run\n${usage(p.path)}`);
  const image = p.flags.image as string | undefined;
  if (!image) return fail(`error: required flag(s) "image" not set`);
  const name = p.args[0];
  const ns = k.ns(p);
  // the API server validates before it stores: the pod's name (a subdomain), then its container's, which run names
  // after the pod (a label); kubectl prints the causes as checkErr does (one on the line, several as * lines)
  if (p.flags['dry-run'] !== 'client' && name.length <= 63) {
    const causes: string[] = [];
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name)) causes.push(`metadata.name: Invalid value: "${name}": ${SUBDOMAIN_MSG}`);
    if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) causes.push(`spec.containers[0].name: Invalid value: "${name}": ${LABEL_MSG}`);
    const head = `The Pod "${name}" is invalid: `;
    if (causes.length) return fail(causes.length === 1 ? head + causes[0] : `${head}\n${causes.map((c) => `* ${c}`).join('\n')}`);
  }
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
  if (p.flags['image-pull-policy']) c.imagePullPolicy = p.flags['image-pull-policy'];
  // the generator (BasicPod): stdinOnce unless --leave-stdin-open
  if (p.flags.stdin) {
    c.stdin = true;
    if (!p.flags['leave-stdin-open']) c.stdinOnce = true;
  }
  if (p.flags.tty) c.tty = true;
  // getRestartPolicy: OnFailure for -i when --restart is not given
  const restartPolicy = (p.flags.restart as string) ?? (p.flags.stdin ? 'OnFailure' : 'Always');
  const d = { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels }, spec: { containers: [c], restartPolicy } };
  // --expose: the Service (ServiceGeneratorV2) is made and printed after the pod is made, before the pod is printed
  let svcOut = '';
  if (p.flags.expose) {
    const port = Number(p.flags.port);
    const svc: any = { apiVersion: 'v1', kind: 'Service', metadata: { name, ...(p.flags.labels ? { labels } : {}) }, spec: { ports: [{ port, protocol: 'TCP', targetPort: port }], selector: labels } };
    if (k.c.get('Service', ns, name) && !p.flags['dry-run']) return fail(`Error from server (AlreadyExists): services "${name}" already exists`);
    const r = k.createOrPrint(p, svc, ns, 'service');
    svcOut = r.out + (p.flags.output === 'yaml' ? '---\n' : '');
  }
  const res = k.createOrPrint(p, d, ns, 'pod');
  res.out = svcOut + res.out;
  const attach = (p.flags.attach as boolean | undefined) ?? !!p.flags.stdin;
  if (attach && !p.flags['dry-run']) {
    const pod = k.c.get('Pod', ns, name)!;
    // attach says "Session ended" only for a pod that restarts Always (attach.go)
    const end = p.flags.rm ? 'delete' : restartPolicy === 'Always' ? `Session ended, resume using 'kubectl attach ${name} -c ${name} -i -t' command when the pod is running` : '';
    // a command other than an interactive shell runs as the container's process, its output attached
    if (cmd.length && !(cmd.length === 1 && shellFor(imageOs(image), cmd[0]))) return { out: svcOut, err: '', code: 0, shell: { pod, container: name, command: cmd.join(' '), attach: true, end: p.flags.rm ? 'delete' : '', program: cmd, quiet: !!p.flags.quiet } };
    if (p.flags.stdin && p.flags.tty) return { out: svcOut, err: '', code: 0, shell: { pod, container: name, command: cmd.join(' ') || 'sh', attach: true, end } };
  }
  return res;
}
