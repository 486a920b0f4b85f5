/**
 * kubectl port-forward TYPE/NAME [LOCAL:]REMOTE...: listens on the local ports until interrupted; each
 * connection reaches the pod's port (a Service's port is translated to its target port first).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { fail, followBuffer, type KResult } from '../../result';
import { podFor } from '../../pods';
import { httpGet } from '../../../container';
import type { Obj } from '../../../objects';

/** the pod's port for what was typed: a number or a container port's name; through a Service, its target port */
function remotePort(k: Kubectl, arg: string, pod: Obj, spec: string): number | string {
  const named = (name: string) => {
    for (const c of pod.spec.containers ?? []) for (const p of c.ports ?? []) if (p.name === name) return p.containerPort as number;
    return undefined;
  };
  if (/^(svc|service|services)\//.test(arg)) {
    const svc = k.c.get('Service', pod.metadata.namespace, arg.split('/')[1]);
    const sp = (svc?.spec.ports ?? []).find((x: any) => String(x.port) === spec || x.name === spec);
    if (!sp) return `error: Service ${arg.split('/')[1]} does not have a service port ${spec}`;
    const t = sp.targetPort ?? sp.port;
    return typeof t === 'number' ? t : (named(t) ?? `error: Pod '${pod.metadata.name}' does not have a named port '${t}'`);
  }
  if (/^\d+$/.test(spec)) return Number(spec);
  return named(spec) ?? `error: Pod '${pod.metadata.name}' does not have a named port '${spec}'`;
}

export function run(k: Kubectl, p: Parsed): KResult {
  const [arg, ...specs] = p.args;
  const f = podFor(k, p, arg);
  if ('code' in f) return f;
  const pod = f.pod;
  if (pod.status?.phase !== 'Running') return fail(`error: unable to forward port because pod is not running. Current status=${pod.status?.phase ?? 'Pending'}`);
  const addrs = (p.flags.address as string[] | undefined)?.flatMap((a) => a.split(',')) ?? ['localhost'];
  const pairs: { local: number; remote: number }[] = [];
  for (const s of specs) {
    const [l, r] = s.includes(':') ? s.split(':') : [s, s];
    const remote = remotePort(k, arg, pod, r);
    if (typeof remote === 'string') return fail(remote);
    // one port names both ends: a name or a Service port becomes the number it stands for
    const local = l === '' ? 32768 + k.c.rng.int(28000) : !s.includes(':') && !/^\d+$/.test(l) ? remote : Number(l);
    if (!Number.isInteger(local) || local < 0 || local > 65535) return fail(`error: Error parsing local port '${l}': strconv.ParseUint: parsing "${l}": invalid syntax`);
    pairs.push({ local, remote });
  }
  let out = '';
  const buf = followBuffer();
  const closers: (() => void)[] = [];
  const stop = () => closers.splice(0).forEach((c) => c());
  for (const { local, remote } of pairs) {
    for (const a of addrs) {
      const binds = a === 'localhost' ? ['127.0.0.1', '[::1]'] : [a];
      for (const b of binds) {
        const close = k.env.listen?.(local, b.replace(/^\[|\]$/g, ''), (req) => {
          buf.write(`Handling connection for ${local}\n`);
          const cur = k.c.get('Pod', pod.metadata.namespace, pod.metadata.name);
          const r = cur && cur.metadata.uid === pod.metadata.uid ? httpGet(k.c, cur.status.podIP, remote, req.url.pathname, cur.status.hostIP ?? '') : null;
          return r ?? { status: 502, body: '' };
        });
        if (k.env.listen && close === null) {
          stop();
          return { out, err: `Unable to listen on port ${local}: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 ${b === '[::1]' ? '127.0.0.1' : b}:${local}: bind: address already in use unable to create listener: Error listen tcp6 [::1]:${local}: bind: address already in use]\nerror: unable to listen on any of the requested ports: [{${local} ${remote}}]\n`, code: 1 };
        }
        if (close) closers.push(close);
        out += `Forwarding from ${b}:${local} -> ${remote}\n`;
      }
    }
  }
  return {
    out,
    err: f.note ?? '',
    code: 0,
    follow: buf.follow(stop),
  };
}
