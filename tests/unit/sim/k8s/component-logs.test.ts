// The control plane's startup lines, each read from the v0.28.15 staging sources its binaries are built from
// (k8s.io/apiserver pkg/server: serving.go:348, dynamiccertificates' "Starting controller" at
// dynamic_cafile_content.go:157, configmap_cafile_content.go:202 and dynamic_serving_content.go:132,
// secure_serving.go:213, tlsconfig.go:240; k8s.io/client-go tools/leaderelection/leaderelection.go:250 and :260),
// in klog's header (Lmmdd hh:mm:ss.uuuuuu, pid 1 right-aligned in 7, file:line), on stderr for crictl.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';
import { Cluster } from '../../../../src/sim/k8s/cluster';
import { initCluster, joinNode } from '../../../../src/sim/k8s/bootstrap';
import { Kubectl } from '../../../../src/sim/k8s/kubectl';
import { FLANNEL, makeCluster, split } from './helpers';

const HEAD = /^I\d{4} \d\d:\d\d:\d\d\.\d{6} {7}1 /;
const body = (out: string) => out.trim().split('\n').map((l) => {
  expect(l).toMatch(HEAD);
  return l.replace(HEAD, '');
});

describe('control plane logs', () => {
  it('kube-apiserver: its CA and serving certificate controllers, then it serves on 6443', async () => {
    const s = await createSession({ lab: 'cluster', seed: 2 });
    const r = await s.exec('kubectl logs -n kube-system kube-apiserver-m-k8s');
    expect(r.exitCode).toBe(0);
    expect(body(r.stdout)).toEqual([
      'dynamic_cafile_content.go:157] "Starting controller" name="request-header::/etc/kubernetes/pki/front-proxy-ca.crt"',
      'dynamic_cafile_content.go:157] "Starting controller" name="client-ca-bundle::/etc/kubernetes/pki/ca.crt"',
      'dynamic_serving_content.go:132] "Starting controller" name="serving-cert::/etc/kubernetes/pki/apiserver.crt::/etc/kubernetes/pki/apiserver.key"',
      'secure_serving.go:213] Serving securely on [::]:6443',
      'tlsconfig.go:240] "Starting DynamicServingCertificateController"',
    ]);
  });
  it('the scheduler and the controller manager elect themselves on their lease', async () => {
    const s = await createSession({ lab: 'cluster', seed: 2 });
    const sched = body((await s.exec('kubectl logs -n kube-system kube-scheduler-m-k8s')).stdout);
    expect(sched[0]).toBe('serving.go:348] Generated self-signed cert in-memory');
    expect(sched).toContain('leaderelection.go:250] attempting to acquire leader lease kube-system/kube-scheduler...');
    expect(sched).toContain('configmap_cafile_content.go:202] "Starting controller" name="client-ca::kube-system::extension-apiserver-authentication::client-ca-file"');
    expect(sched).toContain('secure_serving.go:213] Serving securely on 127.0.0.1:10259');
    expect(sched.at(-1)).toBe('leaderelection.go:260] successfully acquired lease kube-system/kube-scheduler');
    const kcm = body((await s.exec('kubectl logs -n kube-system kube-controller-manager-m-k8s')).stdout);
    expect(kcm).toContain('dynamic_cafile_content.go:157] "Starting controller" name="client-ca-bundle::/etc/kubernetes/pki/ca.crt"');
    expect(kcm).toContain('secure_serving.go:213] Serving securely on 127.0.0.1:10257');
    expect(kcm.at(-1)).toBe('leaderelection.go:260] successfully acquired lease kube-system/kube-controller-manager');
    // the lease says when: the log's acquisition is the lease's acquireTime
    const acquired = (await s.exec('kubectl get lease -n kube-system kube-controller-manager -o jsonpath={.spec.acquireTime}')).stdout;
    const last = (await s.exec('kubectl logs -n kube-system kube-controller-manager-m-k8s --timestamps')).stdout.trim().split('\n').at(-1)!;
    expect(Date.parse(last.split(' ')[0])).toBe(Math.floor(Date.parse(acquired)));
  });
  it('crictl logs gives the same lines on stderr', async () => {
    const s = await createSession({ lab: 'cluster', seed: 2 });
    await s.exec('sudo crictl config --set runtime-endpoint=unix:///run/containerd/containerd.sock');
    const id = (await s.exec('sudo crictl ps -q --name kube-apiserver')).stdout.trim();
    const r = await s.exec(`sudo crictl logs ${id}`);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe((await s.exec('kubectl logs -n kube-system kube-apiserver-m-k8s')).stdout);
  });
  it('flanneld v0.26.1: its flags, the in-cluster config warning, the subnet manager and the backend it found', () => {
    const { c, run } = makeCluster();
    const pod = c.list('Pod', 'kube-flannel').find((p) => p.spec.nodeName === 'w1-k8s')!;
    const lines = body(run(`logs -n kube-flannel ${pod.metadata.name}`).out.replace(/^W(\d{4})/m, 'I$1'));
    expect(lines[0]).toMatch(/^main\.go:212\] CLI flags config: \{etcdEndpoints:http:\/\/127\.0\.0\.1:4001,http:\/\/127\.0\.0\.1:2379 .* kubeSubnetMgr:true .* ipMasq:true .* setNodeNetworkUnavailable:true\}$/);
    expect(lines.slice(1)).toEqual([
      'client_config.go:618] Neither --kubeconfig nor --master was specified.  Using the inClusterConfig.  This might not work.',
      'kube.go:139] Waiting 10m0s for node controller to sync',
      'kube.go:469] Starting kube subnet manager',
      'kube.go:146] Node controller sync successful',
      'main.go:232] Created subnet manager: Kubernetes Subnet Manager - w1-k8s',
      'main.go:235] Installing signal handlers',
      'main.go:469] Found network config - Backend type: vxlan',
    ]);
    expect(run(`logs -n kube-flannel ${pod.metadata.name}`).out.split('\n')[1]).toMatch(/^W\d{4} /);
  });
  it('flanneld on a node without a pod CIDR cannot take its lease and stops', () => {
    const c = new Cluster(3);
    initCluster(c, { node: 'm-k8s', ip: '192.168.56.10', version: 'v1.28.15' });
    joinNode(c, 'w1-k8s', '192.168.56.101', 'v1.28.15');
    const k = new Kubectl({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15' });
    k.run(split(`apply -f ${FLANNEL}`));
    c.advance(20_000);
    const pod = c.list('Pod', 'kube-flannel').find((p) => p.spec.nodeName === 'w1-k8s')!;
    const out = k.run(split(`logs -n kube-flannel ${pod.metadata.name} -p`)).out || k.run(split(`logs -n kube-flannel ${pod.metadata.name}`)).out;
    const lines = out.trim().split('\n');
    expect(lines.at(-2)).toMatch(/^E\d{4} \d\d:\d\d:\d\d\.\d{6} {7}1 main\.go:360\] Error registering network: failed to acquire lease: node "w1-k8s" pod cidr not assigned$/);
    expect(lines.at(-1)).toMatch(/ main\.go:449\] Stopping shutdownHandler\.\.\.$/);
  });
  it('etcd: its first zap line with the pod\'s command, on stderr for crictl', async () => {
    const s = await createSession({ lab: 'cluster', seed: 2 });
    const r = await s.exec('kubectl logs -n kube-system etcd-m-k8s');
    const line = JSON.parse(r.stdout);
    const cmd = JSON.parse((await s.exec('kubectl get pod -n kube-system etcd-m-k8s -o jsonpath={.spec.containers[0].command}')).stdout);
    expect(Object.keys(line)).toEqual(['level', 'ts', 'caller', 'msg', 'args']);
    expect(line).toMatchObject({ level: 'info', caller: 'etcdmain/etcd.go:73', msg: 'Running: ', args: cmd });
    expect(line.ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    await s.exec('sudo crictl config --set runtime-endpoint=unix:///run/containerd/containerd.sock');
    const id = (await s.exec('sudo crictl ps -q --name etcd')).stdout.trim();
    expect((await s.exec(`sudo crictl logs ${id}`)).stderr).toBe(r.stdout);
  });
});
