/**
 * kubectl debug: an ephemeral container added to a running pod (debugger-xxxxx), or a pod on a node
 * (node-debugger-<node>-xxxxx) for `debug node/NAME`; with -it its shell takes the keyboard.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { fail, type KResult } from '../../result';
import { apiVersionOf } from '../../../resources';

const SUFFIX = 'bcdfghjklmnpqrstvwxz2456789';

export function run(k: Kubectl, p: Parsed): KResult {
  const c = k.c;
  const suffix = () => Array.from({ length: 5 }, () => SUFFIX[c.rng.int(SUFFIX.length)]).join('');
  const arg = p.args[0];
  if (!arg) return fail('error: NAME or filename is required for debug');
  if (p.flags.tty && !p.flags.stdin) return fail('error: -i/--stdin is required for containers with -t/--tty=true');
  const image = String(p.flags.image);
  const cmd = p.rest.length ? p.rest : p.args.slice(1);
  const interactive = !!p.flags.stdin;
  const [type, name] = arg.includes('/') ? arg.split('/') : ['pod', arg];
  const r = k.resolveType(type);
  if ('code' in r) return r;
  if (r.kind === 'Node') {
    const node = c.nodeObj(name);
    if (!node) return fail(`Error from server (NotFound): nodes "${name}" not found`);
    const pn = `node-debugger-${name}-${suffix()}`;
    const ct: any = { name: 'debugger', image, stdin: interactive, tty: !!p.flags.tty, volumeMounts: [{ mountPath: '/host', name: 'host-root' }] };
    if (cmd.length) ct.command = cmd;
    k.createObject(
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: pn }, spec: { containers: [ct], hostIPC: true, hostNetwork: true, hostPID: true, nodeName: name, restartPolicy: 'Never', tolerations: [{ operator: 'Exists' }], volumes: [{ hostPath: { path: '/' }, name: 'host-root' }] } },
      k.ns(p),
      false,
    );
    const pod = c.get('Pod', k.ns(p), pn)!;
    const out = `Creating debugging pod ${pn} with container debugger on node ${name}.\n`;
    if (!interactive) return { out, err: '', code: 0 };
    return { out, err: '', code: 0, shell: { pod, container: 'debugger', command: 'sh', attach: true, end: `Session ended, resume using 'kubectl attach ${pn} -c debugger -i -t' command when the pod is running` } };
  }
  if (r.kind !== 'Pod') return fail(`error: "${apiVersionOf(r)}, Kind=${r.kind}" not supported by debug`);
  const pod = c.get('Pod', k.ns(p), name);
  if (!pod) return fail(`Error from server (NotFound): pods "${name}" not found`);
  const cn = (p.flags.container as string | undefined) || `debugger-${suffix()}`;
  let out = '';
  const target = p.flags.target as string | undefined;
  if (target) out += `Targeting container "${target}". If you don't see processes from this container it may be because the container runtime doesn't support this feature.\n`;
  if (!p.flags.container) out += `Defaulting debug container name to ${cn}.\n`;
  const eph: any = { name: cn, image, imagePullPolicy: 'IfNotPresent', resources: {}, stdin: interactive, terminationMessagePath: '/dev/termination-log', terminationMessagePolicy: 'File', tty: !!p.flags.tty };
  if (cmd.length) eph.command = cmd;
  if (target) eph.targetContainerName = target;
  pod.spec.ephemeralContainers = [...(pod.spec.ephemeralContainers ?? []), eph];
  pod.status.ephemeralContainerStatuses = [
    ...(pod.status.ephemeralContainerStatuses ?? []),
    { containerID: `containerd://${c.rng.hex(64)}`, image, imageID: '', lastState: {}, name: cn, ready: false, restartCount: 0, state: { running: { startedAt: c.t } } },
  ];
  c.touch(pod);
  if (!interactive) return { out, err: '', code: 0 };
  const end = `Session ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach ${pod.metadata.name} -c ${cn} -i -t' if it is still running`;
  return { out, err: '', code: 0, shell: { pod, container: cn, command: 'sh', attach: true, end } };
}
