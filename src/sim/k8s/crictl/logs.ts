// `crictl logs CONTAINER-ID` (cri-tools v1.28.0 cmd/crictl/logs.go): ContainerStatus by a unique prefix of the id,
// then the kubelet's ReadLogs over the container's log file: the lines the container wrote to stdout go to stdout and
// those it wrote to stderr to stderr (klog-style component logs, nginx's error log), --tail, -t, -p for the attempt
// before. containerd 1.7 answers an unknown id with NotFound (pkg/cri/server/container_status.go), which the vendored
// kubelet client logs (remote_runtime.go:432) before crictl dies with it.
import type { K8sState } from '../world';
import type { Options } from '../../spec/types';
import type { Obj } from '../objects';
import { podLogs } from '../container';

/** the lines a container writes to stderr: klog's header (Go components), nginx's error log, etcd's zap JSON */
const STDERR = /^[IWEF]\d{4} \d\d:\d\d:\d\d\.\d{6} |^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[(?:notice|warn|error|crit|alert|emerg)\] |^\{"level":"/;

const klog = (now: number, pid: number, msg: string) => {
  const d = new Date(now);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `E${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${d.toISOString().slice(11, 19)}.${p((now % 1000) * 1000 + 417, 6)} ${String(pid).padStart(7)} remote_runtime.go:432] ${msg}\n`;
};

/** what crictl writes, in order ([stream, text]), and its exit status */
export function crictlLogs(st: K8sState, pods: Obj[], opts: Options, ops: string[], now: number): { seq: ['out' | 'err', string][]; code: number } {
  const id = ops[0] ?? '';
  const fatal = (m: string, pre = ''): { seq: ['out' | 'err', string][]; code: number } => ({ seq: [['err', `${pre}FATA[0000] ${m} \n`]], code: 1 });
  if (!id) return fatal('ID cannot be empty');
  const hits: { pod: Obj; ct: any; cs: any; previous: boolean }[] = [];
  for (const pod of pods)
    (pod.status?.containerStatuses ?? []).forEach((cs: any, i: number) => {
      const ct = pod.spec.containers[i];
      const cur = String(cs.containerID ?? '').replace('containerd://', '');
      const last = String(cs.lastState?.terminated?.containerID ?? '').replace('containerd://', '');
      if (cur && cur.startsWith(id)) hits.push({ pod, ct, cs, previous: false });
      else if (last && last.startsWith(id)) hits.push({ pod, ct, cs, previous: true });
    });
  if (hits.length !== 1) {
    const e = `rpc error: code = NotFound desc = an error occurred when try to find container "${id}": not found`;
    const pid = 20000 + (Math.floor(now / 1000) % 9000);
    return fatal(e, klog(now, pid, `"ContainerStatus from runtime service failed" err=${JSON.stringify(e)} containerID=${JSON.stringify(id)}`));
  }
  const { pod, ct, cs } = hits[0];
  let previous = hits[0].previous;
  if (opts.bool('previous')) {
    const attempt = previous ? Math.max(0, (cs.restartCount ?? 0) - 1) : (cs.restartCount ?? 0);
    if (attempt === 0) return fatal(`Previous terminated container ${ct.name} not found`);
    previous = true;
  }
  const lines = podLogs(st.cluster, pod, ct, previous);
  const tail = Number(opts.str('tail') ?? -1);
  const shown = tail >= 0 ? lines.slice(Math.max(0, lines.length - tail)) : lines;
  const stamp = (at: number) => (opts.bool('timestamps') ? new Date(at).toISOString().replace('Z', '000000Z') + ' ' : '');
  return { seq: shown.map((l) => [STDERR.test(l.text) ? 'err' : 'out', stamp(l.at) + l.text + '\n']), code: 0 };
}
