// The control-plane programs in their containers: kube-apiserver in registry.k8s.io/kube-apiserver, run through
// kubectl exec and crictl exec. Its help is cobra's Long, the usage line and component-base's PrintSections over the
// named flag sets that scripts/golden/kube-apiserver-flags.ts read from the kubernetes v1.28.7 tree; the lines checked
// here are what those sources give (the flag's usage, its constructor's default, the section order of Flags()).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const EXEC = 'kubectl exec -n kube-system kube-apiserver-m-k8s --';

describe('kube-apiserver in its container', () => {
  it('--version prints verflag\'s line with the image\'s version; a bad flag or a word is cli.Run\'s error without usage', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    expect(await s.exec(`${EXEC} kube-apiserver --version`)).toMatchObject({ stdout: 'Kubernetes v1.28.15\n', exitCode: 0 });
    expect((await s.exec(`${EXEC} /usr/local/bin/kube-apiserver --version=true`)).stdout).toBe('Kubernetes v1.28.15\n');
    const bad = await s.exec(`${EXEC} kube-apiserver --no-such-flag`);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe('Error: unknown flag: --no-such-flag\ncommand terminated with exit code 1\n');
    expect(bad.exitCode).toBe(1);
    expect((await s.exec(`${EXEC} kube-apiserver --secure-port`)).stderr).toBe('Error: flag needs an argument: --secure-port\ncommand terminated with exit code 1\n');
    expect((await s.exec(`${EXEC} kube-apiserver --profiling=maybe`)).stderr).toMatch(/^Error: invalid argument "maybe" for "--profiling" flag: strconv\.ParseBool: parsing "maybe": invalid syntax\n/);
    expect((await s.exec(`${EXEC} kube-apiserver serve`)).stderr).toMatch(/^Error: "kube-apiserver" does not take any arguments, got \["serve"\]\n/);
    // a deprecated (hidden) flag still parses, with pflag's line
    expect((await s.exec(`${EXEC} kube-apiserver --apiserver-count=3 --version`)).stderr).toBe('Flag --apiserver-count has been deprecated, apiserver-count is deprecated and will be removed in a future version.\n');
  });

  it('--help without a terminal: the sections in Flags() order, one usage column per section, nothing wrapped', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const r = await s.exec(`${EXEC} kube-apiserver --help`);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith('The Kubernetes API server validates and configures data\nfor the api objects which include pods, services, replicationcontrollers, and\n')).toBe(true);
    expect(r.stdout).toContain("cluster's shared state through which all other components interact.\n\nUsage:\n  kube-apiserver [flags]\n\nGeneric flags:\n\n      --advertise-address ip ");
    const titles = r.stdout.split('\n').filter((l) => / flags:$/.test(l));
    expect(titles).toEqual(['Generic flags:', 'Etcd flags:', 'Secure serving flags:', 'Auditing flags:', 'Features flags:', 'Authentication flags:', 'Authorization flags:', 'API enablement flags:', 'Egress selector flags:', 'Admission flags:', 'Metrics flags:', 'Logs flags:', 'Traces flags:', 'Misc flags:', 'Cloud provider flags:', 'Global flags:']);
    const lines = r.stdout.split('\n');
    expect(lines.some((l) => /^ {6}--secure-port int +The port on which to serve HTTPS with authentication and authorization\. It cannot be switched off with 0\. \(default 6443\)$/.test(l))).toBe(true);
    // within a section the usages start in one column
    const secure = lines.slice(lines.indexOf('Secure serving flags:') + 2, lines.indexOf('Auditing flags:') - 1);
    expect(new Set(secure.filter((l) => /^ {2}(-\w, | {4})--/.test(l)).map((l) => l.search(/(?<=\S {2,})\S/))).size).toBe(1);
    expect(lines.some((l) => /^ {6}--etcd-prefix string +The prefix to prepend to all resource paths in etcd\. \(default "\/registry"\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {6}--service-node-port-range portRange +A port range .*\(default 30000-32767\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {6}--kubelet-preferred-address-types strings +.*\(default \[Hostname,InternalDNS,InternalIP,ExternalDNS,ExternalIP\]\)$/.test(l))).toBe(true);
    expect(r.stdout.endsWith('\nGlobal flags:\n\n  -h, --help                     help for kube-apiserver\n      --version version[=true]   --version, --version=raw prints version information and quits; --version=vX.Y.Z... sets the reported version\n')).toBe(true);
    // MarkDeprecated hides a flag; admission-control is shown again by the source
    expect(r.stdout).not.toMatch(/--apiserver-count|--kubelet-port |--cloud-provider-gce-lb-src-cidrs/);
    expect(r.stdout).toMatch(/\n {6}--admission-control strings +Admission is divided into two phases\..*\(DEPRECATED: Use --enable-admission-plugins or --disable-admission-plugins instead\. Will be removed in a future version\.\)\n/);
    // the default-on plugins in AllOrderedPlugins' order, the registered ones sorted
    expect(r.stdout).toContain('(NamespaceLifecycle, LimitRanger, ServiceAccount, TaintNodesByCondition, PodSecurity, Priority, DefaultTolerationSeconds, DefaultStorageClass, StorageObjectInUseProtection, PersistentVolumeClaimResize, RuntimeClass, CertificateApproval, CertificateSigning, ClusterTrustBundleAttest, CertificateSubjectRestriction, DefaultIngressClass, MutatingAdmissionWebhook, ValidatingAdmissionPolicy, ValidatingAdmissionWebhook, ResourceQuota)');
  });

  it('--help on a terminal (-t): every usage on its own lines 16 spaces in, wrapped to the width', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    s.resize(100, 40);
    const r = await s.exec(`kubectl exec -it -n kube-system kube-apiserver-m-k8s -- kube-apiserver -h`);
    const lines = r.stdout.split('\n');
    const at = lines.findIndex((l) => /^ {6}--secure-port int +$/.test(l));
    expect(at).toBeGreaterThan(0);
    // the padding runs to the column of the z×76 flag PrintSections added and cut off
    expect(lines[at].length).toBe(100 - 9);
    expect(lines.slice(at + 1, at + 3)).toEqual(['                The port on which to serve HTTPS with authentication and authorization. It', '                cannot be switched off with 0. (default 6443)']);
    expect(lines.filter((l) => l.startsWith('                ')).every((l) => l.length <= 100 || !l.trim().includes(' '))).toBe(true);
    expect(r.stdout).not.toContain('zzz');
  });

  it('crictl exec on the node runs the same program', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    await s.exec('crictl config --set runtime-endpoint=unix:///run/containerd/containerd.sock');
    const id = (await s.exec('crictl ps -q --name kube-apiserver')).stdout.trim().split('\n')[0];
    expect(await s.exec(`crictl exec ${id} kube-apiserver --version`)).toMatchObject({ stdout: 'Kubernetes v1.28.15\n', exitCode: 0 });
    expect((await s.exec(`crictl exec ${id} kube-apiserver --help`)).stdout).toMatch(/^The Kubernetes API server validates/);
    const bad = await s.exec(`crictl exec ${id} kube-apiserver --x`);
    expect(bad.stderr).toBe('Error: unknown flag: --x\nFATA[0000] execing command in container: command terminated with exit code 1 \n');
  });
});

// etcd v3.5.15 (the etcd image kubeadm 1.28.15 runs): server/etcdmain's Go flag set and help.go, api/version, etcdctl's
// version command, read by scripts/golden/etcd-help.ts at the v3.5.15 tag.
describe('etcd and etcdctl in the etcd container', () => {
  const ETCD = 'kubectl exec -n kube-system etcd-m-k8s --';
  it('etcd --version prints the version block; etcdctl version its two lines', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    expect(await s.exec(`${ETCD} etcd --version`)).toMatchObject({ stdout: 'etcd Version: 3.5.15\nGit SHA: 9a5533382\nGo Version: go1.21.12\nGo OS/Arch: linux/amd64\n', exitCode: 0 });
    expect(await s.exec(`${ETCD} etcdctl version`)).toMatchObject({ stdout: 'etcdctl version: 3.5.15\nAPI version: 3.5\n', exitCode: 0 });
    // started by the container's shell too
    expect((await s.exec(`${ETCD} sh -c 'etcdctl version && echo ok'`)).stdout).toBe('etcdctl version: 3.5.15\nAPI version: 3.5\nok\n');
  });
  it('--help writes the usage to stderr and the flags to stdout; a bad flag is Go flag\'s error, the usage, status 2', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const h = await s.exec(`${ETCD} etcd --help`);
    expect(h.exitCode).toBe(0);
    expect(h.stderr.startsWith('Usage:\n\n  etcd [flags]\n    Start an etcd server.\n')).toBe(true);
    expect(h.stdout.startsWith("\nMember:\n  --name 'default'\n    Human-readable name for this member.\n")).toBe(true);
    // the values help.go joins in: embed's defaults, rafthttp's timeouts, bcrypt's costs
    expect(h.stdout).toContain("  --max-snapshots '5'\n");
    expect(h.stdout).toContain("  --raft-read-timeout '5s'\n");
    expect(h.stdout).toContain('  --bcrypt-cost 10\n    Specify the cost / strength of the bcrypt algorithm for hashing auth passwords. Valid values are between 4 and 31.\n');
    expect(h.stdout.endsWith('CAUTIOUS with unsafe flag! It may break the guarantees given by the consensus protocol!\n\n')).toBe(true);
    const bad = await s.exec(`${ETCD} etcd --nope`);
    expect(bad.stderr.startsWith('flag provided but not defined: -nope\nUsage:\n\n  etcd [flags]\n')).toBe(true);
    expect(bad.exitCode).toBe(2);
    expect((await s.exec(`${ETCD} etcd --data-dir`)).stderr.split('\n')[0]).toBe('flag needs an argument: -data-dir');
    expect((await s.exec(`${ETCD} etcd --force-new-cluster=maybe`)).stderr.split('\n')[0]).toBe('invalid boolean value "maybe" for -force-new-cluster: parse error');
  });
});

// kube-scheduler: NewSchedulerCommand does not set SilenceUsage, so cli.Run's flag error func prints the usage (the
// sections) before the error; Options.initFlags' sets and NewOptions' defaults (scripts/golden/kube-scheduler-flags.ts).
describe('kube-scheduler in its container', () => {
  const SCHED = 'kubectl exec -n kube-system kube-scheduler-m-k8s --';
  it('--version, --help in initFlags order, and a bad flag: the usage, a blank line, then the error', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    expect((await s.exec(`${SCHED} kube-scheduler --version`)).stdout).toBe('Kubernetes v1.28.15\n');
    const h = await s.exec(`${SCHED} kube-scheduler --help`);
    expect(h.stdout.startsWith('The Kubernetes scheduler is a control plane process which assigns\nPods to Nodes.')).toBe(true);
    expect(h.stdout.split('\n').filter((l) => / flags:$/.test(l))).toEqual(['Misc flags:', 'Secure serving flags:', 'Authentication flags:', 'Authorization flags:', 'Deprecated flags:', 'Leader election flags:', 'Feature gate flags:', 'Metrics flags:', 'Logs flags:', 'Global flags:']);
    expect(h.stdout).toMatch(/\n {6}--secure-port int +The port on which to serve HTTPS with authentication and authorization\. If 0, don't serve HTTPS at all\. \(default 10259\)\n/);
    expect(h.stdout).toMatch(/\n {6}--leader-elect-resource-name string +The name of resource object that is used for locking during leader election\. \(default "kube-scheduler"\)\n/);
    expect(h.stdout).toMatch(/\n {6}--authorization-always-allow-paths strings +.*\(default \[\/healthz,\/readyz,\/livez\]\)\n/);
    const bad = await s.exec(`${SCHED} kube-scheduler --nope`);
    expect(bad.stderr.startsWith('Usage:\n  kube-scheduler [flags]\n\nMisc flags:\n\n      --config string ')).toBe(true);
    expect(bad.stderr).toContain('sets the reported version\n\nError: unknown flag: --nope\n');
    expect(bad.exitCode).toBe(1);
    // an argument is no flag error: no usage
    expect((await s.exec(`${SCHED} kube-scheduler run`)).stderr).toBe('Error: "kube-scheduler" does not take any arguments, got ["run"]\ncommand terminated with exit code 1\n');
  });
});

// kube-proxy keeps cobra's own help (NewProxyCommand sets no usage func): Long, "Usage:", "Flags:" with every flag of
// Options.AddFlags, logsapi and cadvisor's Go flags, and "Global Flags:" with verflag's --version
// (scripts/golden/kube-proxy-flags.ts, defaults from SetDefaults_KubeProxyConfiguration).
describe('kube-proxy in its container', () => {
  it('--help, --version, a bad flag (the usage, a blank line, then cli.Run\'s error) and an argument', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const pod = (await s.exec('kubectl get pods -n kube-system -o name')).stdout.split('\n').find((l) => l.includes('kube-proxy'))!.slice(4);
    const KP = `kubectl exec -n kube-system ${pod} --`;
    expect(await s.exec(`${KP} kube-proxy --version`)).toMatchObject({ stdout: 'Kubernetes v1.28.15\n', exitCode: 0 });
    const h = await s.exec(`${KP} kube-proxy --help`);
    expect(h.exitCode).toBe(0);
    expect(h.stdout.startsWith('The Kubernetes network proxy runs on each node. This\n')).toBe(true);
    expect(h.stdout).toContain('with the apiserver API to configure the proxy.\n\nUsage:\n  kube-proxy [flags]\n\nFlags:\n      --bind-address ip ');
    const lines = h.stdout.split('\n');
    expect(lines.some((l) => /^ {6}--metrics-bind-address ipport +The IP address with port for the metrics server to serve on .*\(default 127\.0\.0\.1:10249\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {6}--conntrack-tcp-timeout-established duration +Idle timeout for established TCP connections \(0 to leave as-is\) \(default 24h0m0s\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {6}--oom-score-adj int32 +.*\(default -999\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {6}--boot-id-file string +Comma-separated list of files to check for boot-id\. Use the first one that exists\. \(default "\/proc\/sys\/kernel\/random\/boot_id"\)$/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {2}-h, --help +help for kube-proxy$/.test(l))).toBe(true);
    // the deprecated ports are hidden
    expect(h.stdout).not.toContain('--healthz-port');
    expect(h.stdout.endsWith('\n\nGlobal Flags:\n      --version version[=true]   --version, --version=raw prints version information and quits; --version=vX.Y.Z... sets the reported version\n')).toBe(true);
    const bad = await s.exec(`${KP} kube-proxy --nope`);
    expect(bad.stderr.startsWith('Usage:\n  kube-proxy [flags]\n\nFlags:\n')).toBe(true);
    expect(bad.stderr.endsWith('sets the reported version\n\nError: unknown flag: --nope\ncommand terminated with exit code 1\n')).toBe(true);
    expect((await s.exec(`${KP} kube-proxy foo`)).stderr).toBe('Error: "kube-proxy" does not take any arguments, got ["foo"]\ncommand terminated with exit code 1\n');
    expect((await s.exec(`${KP} kube-proxy --healthz-port=1 --version`)).stderr).toBe('Flag --healthz-port has been deprecated, This flag is deprecated and will be removed in a future release. Please use --healthz-bind-address instead.\n');
  });
});

// kube-scheduler started by hand (components/start.ts): runCommand → Setup → Options.Config in v1.28.7, logged by
// klog (serving.go:348, client_config.go:618/623) and cli.Run's klog.ErrorS (run.go:74), exit status 1.
describe('kube-scheduler started without --help', () => {
  const klogLine = (sev: string, where: string, msg: string) => new RegExp(`^${sev}\\d{4} \\d\\d:\\d\\d:\\d\\d\\.\\d{6} +\\d+ ${where.replace(/\./g, '\\.')}\\] ${msg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  it('without a kubeconfig: the in-cluster fallback warnings, then no configuration', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const r = await s.exec('kubectl exec -n kube-system kube-scheduler-m-k8s -- kube-scheduler');
    expect(r.exitCode).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(klogLine('I', 'serving.go:348', 'Generated self-signed cert in-memory'));
    expect(lines[1]).toMatch(klogLine('W', 'client_config.go:618', 'Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work.'));
    expect(lines[2]).toMatch(/^W\d{4} .* client_config\.go:623\] error creating inClusterConfig, falling back to default config: /);
    expect(lines[3]).toMatch(klogLine('E', 'run.go:74', '"command failed" err="invalid configuration: no configuration has been provided, try setting KUBERNETES_MASTER environment variable"'));
    expect(lines[4]).toBe('command terminated with exit code 1');
    // one process: the same PID in every header
    expect(new Set(lines.slice(0, 4).map((l) => l.split(/ +/)[2])).size).toBe(1);
  });
  it('with the pod\'s kubeconfig: the secure port is taken by the running scheduler', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const id = (await s.exec('sudo crictl ps --name kube-scheduler -q')).stdout.trim();
    const r = await s.exec(`sudo crictl exec ${id} kube-scheduler --kubeconfig=/etc/kubernetes/scheduler.conf`);
    expect(r.exitCode).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => /^[IWE]\d{4} /.test(l));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(klogLine('E', 'run.go:74', '"command failed" err="failed to create listener: failed to listen on 0.0.0.0:10259: listen tcp 0.0.0.0:10259: bind: address already in use"'));
  });
});
