/**
 * kubectl debug: an ephemeral container added to a running pod (debugger-xxxxx), a copy of the pod with a debug
 * container (--copy-to), or a pod on a node (node-debugger-<node>-xxxxx) for `debug node/NAME`; with -it its shell
 * takes the keyboard.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { parseImage } from '../../../images';
import { fail, type KResult } from '../../result';
import { apiVersionOf } from '../../../resources';
import { clone } from '../../../objects';

const SUFFIX = 'bcdfghjklmnpqrstvwxz2456789';

/**
 * `--copy-to NAME`: a copy of the pod (debug.go generatePodCopyWithDebugContainer): its spec without ephemeral
 * containers, its annotations but not its labels (no controller adopts it), scheduled anew unless --same-node,
 * --share-processes only when given, --set-image applied, and the debug container added (or --container's own
 * changed); --replace deletes the original. Attached, the session ends as attach's does for a pod that restarts.
 */
function copyPod(k: Kubectl, p: Parsed, pod: any, suffix: () => string, image: string, cmd: string[], interactive: boolean): KResult {
  const ns = pod.metadata.namespace;
  const copyTo = String(p.flags['copy-to']);
  const spec: any = clone(pod.spec);
  delete spec.ephemeralContainers;
  if (p.flags['share-processes'] !== undefined) spec.shareProcessNamespace = !!p.flags['share-processes'];
  if (!p.flags['same-node']) delete spec.nodeName;
  const sets = new Map(((p.flags['set-image'] as string[] | undefined) ?? []).flatMap((s) => s.split(',')).map((s) => s.split('=') as [string, string]));
  for (const ct of spec.containers) {
    const img = sets.get(ct.name) ?? sets.get('*');
    if (img) ct.image = img;
  }
  let out = '';
  let name = (p.flags.container as string | undefined) ?? '';
  let ct = spec.containers.find((x: any) => x.name === name);
  if (!ct && !image && sets.size) name = '';
  else {
    if (!ct) {
      if (!image) return fail('error: you must specify image when creating new container');
      if (!name) {
        do name = `debugger-${suffix()}`;
        while (spec.containers.some((x: any) => x.name === name));
        if (!p.flags.quiet) out += `Defaulting debug container name to ${name}.\n`;
      }
      ct = { name, terminationMessagePolicy: 'File' };
      spec.containers.push(ct);
    }
    if (cmd.length) {
      if (p.flags['arguments-only']) ct.args = cmd;
      else {
        ct.command = cmd;
        delete ct.args;
      }
    }
    if (image) ct.image = image;
    if (p.flags['image-pull-policy']) ct.imagePullPolicy = p.flags['image-pull-policy'];
    ct.stdin = interactive;
    ct.tty = !!p.flags.tty;
  }
  if (k.c.get('Pod', ns, copyTo)) return { out, err: `Error from server (AlreadyExists): pods "${copyTo}" already exists\n`, code: 1 };
  k.createObject({ apiVersion: 'v1', kind: 'Pod', metadata: { name: copyTo, namespace: ns, ...(pod.metadata.annotations ? { annotations: clone(pod.metadata.annotations) } : {}) }, spec }, ns, false);
  if (p.flags.replace) k.c.remove(pod);
  const copy = k.c.get('Pod', ns, copyTo)!;
  if (!interactive || !name) return { out, err: '', code: 0 };
  // attach's farewell when stdin is a terminal and the pod restarts its containers
  const end = p.flags.tty && (spec.restartPolicy ?? 'Always') === 'Always' ? `Session ended, resume using 'kubectl attach ${copyTo} -c ${name} -i -t' command when the pod is running` : undefined;
  return { out, err: '', code: 0, shell: { pod: copy, container: name, command: 'sh', attach: true, ...(end ? { end } : {}) } };
}

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
    // the node's debugging pod never restarts: attach's reattachMessage says nothing after it
    return { out, err: '', code: 0, shell: { pod, container: 'debugger', command: 'sh', attach: true } };
  }
  if (r.kind !== 'Pod') return fail(`error: "${apiVersionOf(r)}, Kind=${r.kind}" not supported by debug`);
  const pod = c.get('Pod', k.ns(p), name);
  if (!pod) return fail(`Error from server (NotFound): pods "${name}" not found`);
  if (p.flags['copy-to']) return copyPod(k, p, pod, suffix, p.flags.image === undefined ? '' : image, cmd, interactive);
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
    { containerID: `containerd://${c.rng.hex(64)}`, image: parseImage(image).full, imageID: `${parseImage(image).repo}@sha256:${c.rng.hex(64)}`, lastState: {}, name: cn, ready: false, restartCount: 0, state: { running: { startedAt: c.t } } },
  ];
  c.touch(pod);
  if (!interactive) return { out, err: '', code: 0 };
  // reattachMessage: only for a pod that restarts Always, and with a terminal
  const end = p.flags.tty && pod.spec.restartPolicy === 'Always' ? `Session ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach ${pod.metadata.name} -c ${cn} -i -t' if it is still running` : undefined;
  return { out, err: '', code: 0, shell: { pod, container: cn, command: 'sh', attach: true, end } };
}
