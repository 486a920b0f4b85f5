/**
 * What a control-plane program started by hand in its pod prints before it fails, where the v1.28.7 sources say it.
 * kube-scheduler (cmd/kube-scheduler/app/server.go runCommand → Setup → Options.Config): logging is started, flags are
 * logged at V(1) (not shown), MaybeDefaultWithSelfSignedCerts logs "Generated self-signed cert in-memory"
 * (apiserver options/serving.go:348, no --cert-dir or cert files), then createKubeConfig: without --kubeconfig and
 * --master, clientcmd.BuildConfigFromFlags warns (client_config.go:618), tries the in-cluster config (the static pod
 * has no service account token: os.ReadFile's error, or rest.ErrNotInCluster without the service environment),
 * warns again (client_config.go:623) and the loading rules find no configuration; with the pod's kubeconfig it goes
 * on to the secure listener, whose port the running scheduler holds. cli.Run logs the error through klog.ErrorS
 * (component-base/cli/run.go:74) because logging was initialized; exit status 1. klog's header is
 * "Lmmdd hh:mm:ss.uuuuuu PID file:line] "; the PID of the exec'd process and the microseconds are derived from a hash.
 */
import { fnv32a } from '../rand';
import type { ExecCtx } from './etcdctl';

type Out = { out: string; err: string; code: number };

function klog(x: ExecCtx, n: number, sev: string, where: string, msg: string): string {
  const d = new Date(x.c.t + n);
  const p = (v: number, w = 2) => String(v).padStart(w, '0');
  const micro = p(d.getUTCMilliseconds(), 3) + p(fnv32a(`${x.c.t}#${n}#us`) % 1000, 3);
  const pid = 10 + (fnv32a(`${x.pod.metadata.uid}#${x.c.t}#pid`) % 90);
  return `${sev}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${micro} ${String(pid).padStart(7)} ${where}] ${msg}\n`;
}

/** klog's quoting of a structured value (a string: strconv.Quote) */
const q = (s: string) => JSON.stringify(s);

export function startScheduler(v: Map<string, string>, x: ExecCtx | undefined): Out | null {
  if (!x) return null;
  // a --config file, another port or address, or cert files change the path: not modelled
  for (const f of ['config', 'write-config-to', 'secure-port', 'bind-address', 'cert-dir', 'tls-cert-file', 'tls-private-key-file']) if (v.has(f)) return null;
  const kubeconfig = v.get('kubeconfig') ?? '';
  const master = v.get('master') ?? '';
  let err = klog(x, 0, 'I', 'serving.go:348', 'Generated self-signed cert in-memory');
  const fail = (e: string) => ({ out: '', err: err + klog(x, 3, 'E', 'run.go:74', `"command failed" err=${q(e)}`), code: 1 });
  if (!kubeconfig && !master) {
    err += klog(x, 1, 'W', 'client_config.go:618', 'Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work.');
    const env = x.env?.() ?? [];
    const inCluster = env.some((e) => e.startsWith('KUBERNETES_SERVICE_HOST=')) && env.some((e) => e.startsWith('KUBERNETES_SERVICE_PORT='))
      ? 'open /var/run/secrets/kubernetes.io/serviceaccount/token: no such file or directory'
      : 'unable to load in-cluster configuration, KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT must be defined';
    err += klog(x, 2, 'W', 'client_config.go:623', `error creating inClusterConfig, falling back to default config: ${inCluster}`);
    return fail('invalid configuration: no configuration has been provided, try setting KUBERNETES_MASTER environment variable');
  }
  // the pod's own kubeconfig (its hostPath file): the client is made, then the listener on 0.0.0.0:10259
  const mounted = (x.ct.volumeMounts ?? []).some((m: any) => m.mountPath === kubeconfig && (x.pod.spec.volumes ?? []).some((vol: any) => vol.name === m.name && vol.hostPath));
  if (master || !mounted) return null;
  return fail('failed to create listener: failed to listen on 0.0.0.0:10259: listen tcp 0.0.0.0:10259: bind: address already in use');
}
