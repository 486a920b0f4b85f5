import { describe, expect, it } from 'vitest';
import { lab } from './helpers';
import { installPackage } from '../../../../src/sim/commands/system';
import { PACKAGES } from '../../../../src/sim/data/packages';
import type { Session } from '../../../../src/sim/session';

/** nodes lab, root on m-k8s, with the packages installed but nothing else prepared */
async function bare(seed = 2) {
  const { s, sh } = await lab('nodes', seed);
  await sh('sudo -i');
  const h = s.world.host(s.frame.hostId);
  for (const [n, v] of [['containerd.io', '1.7.24'], ['cri-tools', '1.28.0'], ['kubelet', '1.28.15'], ['kubeadm', '1.28.15'], ['kubectl', '1.28.15']]) installPackage(h, PACKAGES.find((p) => p.name === n && p.version === v)!, s.world.now);
  return { s, sh, h };
}
const preflightErrors = (err: string) => [...err.matchAll(/\[ERROR ([^\]]+)\]/g)].map((m) => m[1]);

describe('kubeadm preflight', () => {
  it('is not there before its package is installed', async () => {
    const { sh } = await lab('nodes', 1);
    const r = await sh('kubeadm version');
    expect(r.stderr).toBe('-bash: kubeadm: command not found\n');
    expect(r.exitCode).toBe(127);
  });
  it('refuses a non-root user', async () => {
    const { sh } = await bare();
    await sh('exit');
    const r = await sh('kubeadm init');
    expect(r.exitCode).toBe(1);
    expect(preflightErrors(r.stderr)).toEqual(['IsPrivilegedUser']);
  });
  // checks.go (1.28): RunChecks writes warnings to stderr; SwapCheck only warns; the order is InitNodeChecks' with
  // addCommonChecks (CRI, Swap, crictl … tc, KubeletVersion, Service-Kubelet) before the IPv4 checks
  it('warns on swap, fails on a stopped runtime, missing bridge and forwarding settings', async () => {
    const { sh } = await bare();
    const r = await sh('kubeadm init --pod-network-cidr=10.244.0.0/16');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('[init] Using Kubernetes version: v1.28.15\n[preflight] Running pre-flight checks\n');
    expect(r.stderr).toMatch(/^I\d{4} [\d:.]+ +\d+ version\.go:256\] remote version is much newer: v1\.34\.2; falling back to: stable-1\.28\n/);
    const warnings = [...r.stderr.matchAll(/\t\[WARNING ([^\]]+)\]: (.*)/g)].map((m) => [m[1], m[2]]);
    expect(warnings).toEqual([
      ['Swap', 'swap is enabled; production deployments should disable swap unless testing the NodeSwap feature gate of the kubelet'],
      ['FileExisting-tc', 'tc not found in system path'],
      ['Service-Kubelet', "kubelet service is not enabled, please run 'systemctl enable kubelet.service'"],
    ]);
    expect(preflightErrors(r.stderr)).toEqual(['CRI', 'FileContent--proc-sys-net-bridge-bridge-nf-call-iptables', 'FileContent--proc-sys-net-ipv4-ip_forward']);
    expect(r.stderr).toContain('dial unix /var/run/containerd/containerd.sock: connect: no such file or directory');
    expect(r.stderr.endsWith("[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`\nTo see the stack trace of this error execute with --v=5 or higher\n")).toBe(true);
  });
  it('with swap on goes on, and waits for a kubelet that exits at its start until wait.go gives up', async () => {
    const { s, sh } = await bare();
    for (const l of ['modprobe br_netfilter', 'sysctl -w net.ipv4.ip_forward=1', 'containerd config default > /etc/containerd/config.toml', "sed -i 's/SystemdCgroup = false/SystemdCgroup = true/' /etc/containerd/config.toml", 'systemctl enable --now containerd', 'systemctl enable kubelet']) await sh(l);
    const t0 = s.world.now;
    const r = await sh('kubeadm init --kubernetes-version=v1.28.15');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).not.toContain('version.go');
    const check = "[kubelet-check] It seems like the kubelet isn't running or healthy.\n[kubelet-check] The HTTP call equal to 'curl -sSL http://localhost:10248/healthz' failed with error: Get \"http://localhost:10248/healthz\": dial tcp [::1]:10248: connect: connection refused.\n";
    expect(r.stdout).toContain('This can take up to 4m0s\n[kubelet-check] Initial timeout of 40s passed.\n' + check.repeat(5) + '\nUnfortunately, an error has occurred:\n\ttimed out waiting for the condition\n\nThis error is likely caused by:\n');
    expect(r.stdout).toContain("\t- 'crictl --runtime-endpoint unix:///var/run/containerd/containerd.sock ps -a | grep kube | grep -v pause'\n\tOnce you have found the failing container, you can inspect its logs with:\n\t- 'crictl --runtime-endpoint unix:///var/run/containerd/containerd.sock logs CONTAINERID'\n");
    expect(r.stdout).not.toContain('[apiclient]');
    expect(r.stderr.endsWith("error execution phase wait-control-plane: couldn't initialize a Kubernetes cluster\nTo see the stack trace of this error execute with --v=5 or higher\n")).toBe(true);
    // 40 s, then the backoff's 5 + 10 + 20 + 40 s
    expect(s.world.now - t0).toBeGreaterThanOrEqual(115_000);
    // etcd never ran: its directory is there and empty; the kubelet never started the control plane
    const again = await sh('kubeadm init --kubernetes-version=v1.28.15');
    expect(preflightErrors(again.stderr)).toEqual(['FileAvailable--etc-kubernetes-manifests-kube-apiserver.yaml', 'FileAvailable--etc-kubernetes-manifests-kube-controller-manager.yaml', 'FileAvailable--etc-kubernetes-manifests-kube-scheduler.yaml', 'FileAvailable--etc-kubernetes-manifests-etcd.yaml']);
    const reset = await sh('kubeadm reset -f');
    expect(reset.stderr).toMatch(/reset\.go:120\] \[reset\] Unable to fetch the kubeadm-config ConfigMap from cluster: failed to get config map: Get "https:\/\/192\.168\.56\.10:6443\/api\/v1\/namespaces\/kube-system\/configmaps\/kubeadm-config\?timeout=10s": dial tcp 192\.168\.56\.10:6443: connect: connection refused\n/);
    expect(reset.stderr).toContain('removeetcdmember.go:106] [reset] No kubeadm config, using etcd pod spec to get data directory\n');
    expect(reset.stderr).not.toContain('preflight.go:56');
    expect(reset.stdout).not.toContain('Deleted contents of the etcd data directory');
    await sh('swapoff -a');
    expect((await sh('kubeadm init --kubernetes-version=v1.28.15')).exitCode).toBe(0);
  });
  it('reports the CRI plugin that the packaged containerd config disables', async () => {
    const { sh } = await bare();
    await sh('systemctl enable --now containerd');
    const r = await sh('kubeadm init');
    expect(r.stderr).toContain('rpc error: code = Unimplemented desc = unknown service runtime.v1.RuntimeService');
    await sh('containerd config default > /etc/containerd/config.toml');
    await sh('systemctl restart containerd');
    expect(preflightErrors((await sh('kubeadm init')).stderr)).not.toContain('CRI');
    expect(preflightErrors((await sh('kubeadm init --ignore-preflight-errors=all')).stderr)).toEqual([]);
  });
  it('fails when it ran before, and after reset runs again', async () => {
    const { sh } = await bare();
    for (const l of ['swapoff -a', 'modprobe br_netfilter', 'sysctl -w net.ipv4.ip_forward=1', 'containerd config default > /etc/containerd/config.toml', "sed -i 's/SystemdCgroup = false/SystemdCgroup = true/' /etc/containerd/config.toml", 'systemctl enable --now containerd', 'systemctl enable kubelet']) await sh(l);
    expect((await sh('kubeadm init')).exitCode).toBe(0);
    const again = await sh('kubeadm init');
    expect(preflightErrors(again.stderr)).toEqual(['Port-6443', 'Port-10259', 'Port-10257', 'FileAvailable--etc-kubernetes-manifests-kube-apiserver.yaml', 'FileAvailable--etc-kubernetes-manifests-kube-controller-manager.yaml', 'FileAvailable--etc-kubernetes-manifests-kube-scheduler.yaml', 'FileAvailable--etc-kubernetes-manifests-etcd.yaml', 'Port-10250', 'Port-2379', 'Port-2380', 'DirAvailable--var-lib-etcd']);
    const reset = await sh('kubeadm reset', ['y']);
    expect(reset.stdout).toContain('[reset] Are you sure you want to proceed? [y/N]: ');
    expect(reset.stdout).toContain('[reset] Deleting contents of directories: [/etc/kubernetes/manifests /var/lib/kubelet /etc/kubernetes/pki]\n');
    expect(reset.stdout).toContain('The reset process does not clean CNI configuration. To do so, you must remove /etc/cni/net.d\n');
    expect(reset.exitCode).toBe(0);
    const init = await sh('kubeadm init');
    expect(init.exitCode).toBe(0);
    expect(init.stderr).not.toContain('[ERROR');
    expect(init.stderr).toContain('detected that the sandbox image "registry.k8s.io/pause:3.8" of the container runtime is inconsistent with that used by kubeadm.');
  });
});

describe('kubeadm join, tokens, kubeconfig', () => {
  async function joinSetup(): Promise<{ s: Session; sh: (l: string, a?: string[]) => Promise<{ stdout: string; stderr: string; exitCode: number | null; output: string }> }> {
    const { s, sh } = await lab('cluster', 9);
    return { s, sh };
  }
  it('prints join commands and lists tokens', async () => {
    const { sh } = await joinSetup();
    const j = (await sh('kubeadm token create --print-join-command')).stdout;
    expect(j).toMatch(/^kubeadm join 192\.168\.56\.10:6443 --token [a-z0-9]{6}\.[a-z0-9]{16} --discovery-token-ca-cert-hash sha256:[0-9a-f]{64} \n$/);
    const list = (await sh('kubeadm token list')).stdout.split('\n');
    expect(list[0]).toMatch(/^TOKEN {21}TTL {7}EXPIRES {16}USAGES {19}DESCRIPTION +EXTRA GROUPS$/);
    expect(list).toHaveLength(4);
  });
  it('refuses a wrong token and a wrong CA hash on a worker', async () => {
    const { s, sh } = await joinSetup();
    const good = (await sh('kubeadm token create --print-join-command')).stdout.trim();
    await sh('exit');
    await sh('exit');
    await sh('vagrant ssh w1-k8s');
    await sh('sudo -i');
    await sh('kubeadm reset -f');
    const early = await sh(good);
    expect(early.stderr).toContain('error execution phase kubelet-start: a Node with name "w1-k8s" and status "Ready" already exists in the cluster.');
    const badHash = await sh(good.replace(/sha256:\S+/, 'sha256:' + '0'.repeat(64)));
    expect(badHash.stderr).toMatch(/cluster CA found in cluster-info ConfigMap is invalid: none of the public keys "sha256:[0-9a-f]{64}" are pinned/);
    // discovery/token/token.go: cluster-info is asked again until the discovery timeout (5 min) for the token's signature
    const t0 = s.world.now;
    const badTok = await sh(good.replace(/--token \S+/, '--token abcdef.0123456789abcdef'));
    expect(badTok.stderr).toContain('could not find a JWS signature in the cluster-info ConfigMap for token ID "abcdef"');
    expect(s.world.now - t0).toBeGreaterThanOrEqual(300_000);
    const badSecret = await sh(good.replace(/(--token \S{7})\S/, '$1z'));
    expect(badSecret.stderr).toContain("couldn't validate the identity of the API Server: failed to verify JWS signature of received cluster info object, can't trust this API Server\n");
    const ok = await sh(good);
    expect(ok.exitCode, ok.output).toBe(0);
  });
  // cmd/join.go newJoinData validates the configuration before anything is printed (validation.go, field errors
  // joined as an Aggregate); a malformed pin is refused by pubkeypin after the preflight checks
  it('refuses a join line that does not validate before it prints anything', async () => {
    const { sh } = await joinSetup();
    for (const l of ['exit', 'exit', 'vagrant ssh w1-k8s', 'sudo -i', 'kubeadm reset -f']) await sh(l);
    const trace = 'To see the stack trace of this error execute with --v=5 or higher\n';
    const cases: [string, string][] = [
      ['kubeadm join', 'discovery: Invalid value: "": bootstrapToken or file must be set\n'],
      ['kubeadm join 192.168.56.10:6443 --token abcdef.0123456789abcdef', 'discovery.bootstrapToken.caCertHashes: Invalid value: "": using token-based discovery without caCertHashes can be unsafe. Set unsafeSkipCAVerification as true in your kubeadm config file or pass --discovery-token-unsafe-skip-ca-verification flag to continue\n'],
      ['kubeadm join 192.168.56.10 --token abcdef.0123456789abcdef --discovery-token-unsafe-skip-ca-verification', 'discovery.bootstrapToken.apiServerEndpoint: Invalid value: "192.168.56.10": address 192.168.56.10: missing port in address\n'],
      ['kubeadm join 192.168.56.10:6443 --token abc --discovery-token-unsafe-skip-ca-verification', '[discovery.bootstrapToken.token: Invalid value: "abc": the bootstrap token is invalid, discovery.tlsBootstrapToken: Invalid value: "abc": the bootstrap token is invalid]\n'],
      ['kubeadm join --discovery-file /root/none.yaml', 'discovery.file.kubeConfigPath: Invalid value: "/root/none.yaml": not a valid HTTPS URL or a file on disk\n'],
    ];
    for (const [line, err] of cases) {
      const r = await sh(line);
      expect(r.stdout, line).toBe('');
      expect(r.stderr, line).toBe(err + trace);
      expect(r.exitCode).toBe(1);
    }
    const pin = await sh('kubeadm join 192.168.56.10:6443 --token abcdef.0123456789abcdef --discovery-token-ca-cert-hash sha256:1234');
    expect(pin.stdout).toBe('[preflight] Running pre-flight checks\n');
    expect(pin.stderr).toBe(`error execution phase preflight: couldn't validate the identity of the API Server: invalid discovery token CA certificate hash: invalid hash "sha256:1234", expected a 32 byte SHA-256 hash, found 2 bytes\n${trace}`);
  });
  it('needs a kubeconfig the user can read', async () => {
    const { sh } = await joinSetup();
    await sh('exit');
    expect((await sh('kubectl get nodes')).exitCode).toBe(0);
    await sh('export KUBECONFIG=/etc/kubernetes/admin.conf');
    expect((await sh('kubectl get nodes')).stderr).toBe('error: error loading config file "/etc/kubernetes/admin.conf": open /etc/kubernetes/admin.conf: permission denied\n');
    await sh('rm -rf $HOME/.kube');
    await sh('unset KUBECONFIG');
    expect((await sh('kubectl get nodes')).stderr).toMatch(/The connection to the server localhost:8080 was refused/);
  });
  // the static Pods run on without their kubelet; after a boot without it nothing starts them
  it('keeps the API server while the control plane kubelet is stopped, not after a reboot without it', async () => {
    const { s, sh } = await joinSetup();
    await sh('systemctl stop kubelet');
    await s.advance(60_000);
    const nodes = await sh('kubectl get nodes');
    expect(nodes.exitCode).toBe(0);
    expect(nodes.stdout).toMatch(/m-k8s +NotReady +control-plane/);
    await sh('systemctl disable kubelet');
    for (const l of ['exit', 'exit', 'vagrant reload m-k8s', 'vagrant ssh m-k8s', 'sudo -i']) await sh(l);
    expect((await sh('kubectl get nodes')).stderr).toContain('The connection to the server 192.168.56.10:6443 was refused - did you specify the right host or port?');
    await sh('systemctl enable --now kubelet');
    await s.advance(5000);
    expect((await sh('kubectl get nodes')).exitCode).toBe(0);
  });
});

describe('the runtime underneath', () => {
  it('crictl, ctr and containerd show what runs on this node', async () => {
    const { sh } = await lab('cluster', 6);
    await sh('kubectl run web --image=nginx --overrides={} ');
    const ps = await sh('crictl ps');
    expect(ps.stderr).toMatch(/^WARN\[0000\] runtime connect using default endpoints:/);
    const lines = ps.stdout.split('\n');
    expect(lines[0]).toBe('CONTAINER           IMAGE               CREATED             STATE               NAME                      ATTEMPT             POD ID              POD');
    expect(ps.stdout).toMatch(/\n[0-9a-f]{13} {7}[0-9a-f]{13} {7}\d+ minutes ago {6,7}Running {13}kube-apiserver +0 {19}[0-9a-f]{13} {7}kube-apiserver-m-k8s\n/);
    expect(ps.stdout).not.toContain('web');
    await sh('crictl config --set runtime-endpoint=unix:///run/containerd/containerd.sock');
    expect((await sh('crictl pods')).stderr).toBe('');
    expect((await sh('crictl images')).stdout).toMatch(/registry\.k8s\.io\/kube-apiserver {12}v1\.28\.15 {12}[0-9a-f]{13} {7}34\.7MB\n/);
    expect((await sh('crictl images')).stdout).toMatch(/registry\.k8s\.io\/etcd +3\.5\.15-0 +[0-9a-f]{13} +103MB\n/);
    const ctr = await sh('ctr -n k8s.io containers list');
    expect(ctr.stdout.split('\n')[0]).toMatch(/^CONTAINER {59}IMAGE +RUNTIME {18}$/);
    expect(ctr.stdout).toMatch(/\n[0-9a-f]{64} {4}registry\.k8s\.io\/kube-apiserver:v1\.28\.15 +io\.containerd\.runc\.v2 {4}\n/);
    expect(ctr.stdout).toContain('registry.k8s.io/pause:3.9');
    expect((await sh('ctr containers list')).stdout).toBe('CONTAINER    IMAGE    RUNTIME    \n');
    expect((await sh('crictl pull busybox:1.36')).stdout).toMatch(/^Image is up to date for sha256:[0-9a-f]{64}\n$/);
    expect((await sh('crictl images')).stdout).toMatch(/\ndocker\.io\/library\/busybox +1\.36 /);
    expect((await sh('crictl pull nginx:1.161')).stderr).toContain('FATA[0002] pulling image: rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.161"');
    expect((await sh('containerd --version')).stdout).toBe('containerd containerd.io 1.7.24 88bf19b2105c8b17560993bee28a01ddc2f97182\n');
    expect((await sh('containerd config default')).stdout).toContain('            SystemdCgroup = false\n');
    await sh('exit');
    expect((await sh('crictl ps')).stderr).toContain('connect: permission denied');
  });
  it('keeps the kubelet restarting until kubeadm writes its configuration', async () => {
    const { sh } = await bare(8);
    await sh('systemctl enable --now kubelet');
    await sh('kubeadm version');
    const st = await sh('systemctl status kubelet');
    expect(st.stdout).toContain('Active: activating (auto-restart) (Result: exit-code)');
  });
});
