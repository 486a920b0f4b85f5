// kubeadm certs check-expiration, config print, tokens (ttl, description, expiry, delete) and the discovery
// options of join. Texts: kubeadm 1.28's cmd/kubeadm/app/cmd (certs.go, config.go, token.go, join.go).
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';

const DAY = 24 * 3600_000;

describe('kubeadm certs check-expiration', () => {
  it('lists the certificates a year out and the CAs ten years out', async () => {
    const { s, sh } = await lab('cluster', 9);
    await sh('sudo -i');
    const r = await sh('kubeadm certs check-expiration');
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '[check-expiration] Reading configuration from the cluster...',
      "[check-expiration] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -o yaml'",
      '',
      'CERTIFICATE                EXPIRES                  RESIDUAL TIME   CERTIFICATE AUTHORITY   EXTERNALLY MANAGED',
    ]);
    expect(lines[4]).toMatch(/^admin\.conf {17}[A-Z][a-z]{2} \d\d, \d{4} \d\d:\d\d UTC {3}364d {12}ca {22}no {6}$/);
    expect(lines.slice(4, 14).map((l) => l.split(' ')[0])).toEqual(['admin.conf', 'apiserver', 'apiserver-etcd-client', 'apiserver-kubelet-client', 'controller-manager.conf', 'etcd-healthcheck-client', 'etcd-peer', 'etcd-server', 'front-proxy-client', 'scheduler.conf']);
    expect(lines[15]).toBe('CERTIFICATE AUTHORITY   EXPIRES                  RESIDUAL TIME   EXTERNALLY MANAGED');
    expect(lines[16]).toMatch(/^ca {22}[A-Z][a-z]{2} \d\d, \d{4} \d\d:\d\d UTC {3}9y {14}no {6}$/);
    // time passes: the residual time shrinks
    await s.advance(40 * DAY);
    expect((await sh('kubeadm certs check-expiration')).stdout).toMatch(/\napiserver {18}\S+ \d\d, \d{4} \d\d:\d\d UTC {3}324d /);
  });
  it('on a worker the certificates kubeadm manages are missing, the table comes straight away', async () => {
    const { sh } = await lab('cluster', 9);
    await sh('exit');
    await sh('exit');
    await sh('vagrant ssh w1-k8s');
    await sh('sudo -i');
    const lines = (await sh('kubeadm certs check-expiration')).stdout.split('\n');
    // text/tabwriter (minwidth 10, padding 3): the empty cells of the missing rows are padded to their columns
    const w0 = '!MISSING! apiserver-kubelet-client'.length + 3;
    expect(lines[0]).toBe('CERTIFICATE'.padEnd(w0) + 'EXPIRES   RESIDUAL TIME   CERTIFICATE AUTHORITY   EXTERNALLY MANAGED');
    expect(lines[1]).toBe('!MISSING! admin.conf'.padEnd(w0) + ' '.repeat(10 + 16 + 24));
    const w1 = '!MISSING! front-proxy-ca'.length + 3;
    expect(lines[12]).toBe('CERTIFICATE AUTHORITY'.padEnd(w1) + 'EXPIRES                  RESIDUAL TIME   EXTERNALLY MANAGED');
    expect(lines[13]).toMatch(new RegExp(`^ca {${w1 - 2}}\\S+ \\d\\d, \\d{4} \\d\\d:\\d\\d UTC {3}9y {14}no {6}$`));
    expect(lines[14]).toBe('!MISSING! etcd-ca'.padEnd(w1) + ' '.repeat(25 + 16));
  });
});

describe('kubeadm config print', () => {
  it('init-defaults is 1.28\'s defaulted v1beta3 configuration', async () => {
    const { sh } = await lab('cluster', 9);
    const r = await sh('kubeadm config print init-defaults');
    expect(r.stdout).toBe(
      'apiVersion: kubeadm.k8s.io/v1beta3\nbootstrapTokens:\n- groups:\n  - system:bootstrappers:kubeadm:default-node-token\n  token: abcdef.0123456789abcdef\n  ttl: 24h0m0s\n  usages:\n  - signing\n  - authentication\nkind: InitConfiguration\nlocalAPIEndpoint:\n  advertiseAddress: 1.2.3.4\n  bindPort: 6443\nnodeRegistration:\n  criSocket: unix:///var/run/containerd/containerd.sock\n  imagePullPolicy: IfNotPresent\n  name: node\n  taints: null\n---\napiServer:\n  timeoutForControlPlane: 4m0s\napiVersion: kubeadm.k8s.io/v1beta3\ncertificatesDir: /etc/kubernetes/pki\nclusterName: kubernetes\ncontrollerManager: {}\ndns: {}\netcd:\n  local:\n    dataDir: /var/lib/etcd\nimageRepository: registry.k8s.io\nkind: ClusterConfiguration\nkubernetesVersion: 1.28.0\nnetworking:\n  dnsDomain: cluster.local\n  serviceSubnet: 10.96.0.0/12\nscheduler: {}\n',
    );
    expect((await sh('kubeadm config print join-defaults')).stdout).toContain('kind: JoinConfiguration\n');
  });
});

describe('kubeadm token', () => {
  it('create with a ttl and description, list, delete, and expiry after the ttl', async () => {
    const { s, sh } = await lab('cluster', 9);
    // the lab starts as root; as the vagrant user admin.conf cannot be read
    await sh('exit');
    expect(s.prompt()).toBe('[vagrant@m-k8s ~]$ ');
    expect((await sh('kubeadm token list')).stderr).toBe('failed to load admin kubeconfig: open /etc/kubernetes/admin.conf: permission denied\nTo see the stack trace of this error execute with --v=5 or higher\n');
    await sh('sudo -i');
    await sh('sudo -i');
    const t = (await sh('kubeadm token create --ttl 2h --description lab')).stdout.trim();
    expect(t).toMatch(/^[a-z0-9]{6}\.[a-z0-9]{16}$/);
    let list = (await sh('kubeadm token list')).stdout;
    // kubeadm prints each token through a tabwriter of its own (minwidth 10): this line is aligned by itself
    expect(list).toMatch(new RegExp(`\\n${t.replace('.', '\\.')}   1h {8}\\S+Z   authentication,signing   lab {7}system:bootstrappers:kubeadm:default-node-token\\n`));
    expect((await sh(`kubeadm token delete ${t.slice(0, 6)}`)).stdout).toBe(`bootstrap token "${t.slice(0, 6)}" deleted\n`);
    let r = await sh(`kubeadm token delete ${t}`);
    expect(r.stderr).toBe(`failed to delete bootstrap token "${t.slice(0, 6)}": secrets "bootstrap-token-${t.slice(0, 6)}" not found\nTo see the stack trace of this error execute with --v=5 or higher\n`);
    r = await sh('kubeadm token delete nope');
    // cluster-bootstrap's patterns, quoted by Go's %q (backslashes doubled)
    expect(r.stderr).toBe(String.raw`given token didn't match pattern "\\A([a-z0-9]{6})\\.([a-z0-9]{16})\\z" or "\\A([a-z0-9]{6})\\z"` + '\nTo see the stack trace of this error execute with --v=5 or higher\n');
    r = await sh('kubeadm token create abc');
    expect(r.stderr).toBe(String.raw`the bootstrap token "abc" was not of the form "\\A([a-z0-9]{6})\\.([a-z0-9]{16})\\z"` + '\nTo see the stack trace of this error execute with --v=5 or higher\n');
    // a day later the init token has expired and is gone; a join with it fails as the capstone incident has it
    const join = (await sh('kubeadm token create --print-join-command')).stdout.trim();
    await s.advance(DAY + 60_000);
    list = (await sh('kubeadm token list')).stdout;
    expect(list.trim().split('\n')).toHaveLength(1);
    await sh('exit');
    await sh('exit');
    await sh('exit');
    expect(s.prompt()).toMatch(/>$/);
    await sh('vagrant ssh w1-k8s');
    await sh('sudo -i');
    await sh('kubeadm reset -f');
    r = await sh(join);
    expect(r.stderr).toContain('could not find a JWS signature in the cluster-info ConfigMap for token ID');
  });
});

describe('kubeadm usage errors', () => {
  it('an unknown command, with cobra\'s suggestions; an unknown token subcommand', async () => {
    const { sh } = await lab('cluster', 9);
    let r = await sh('kubeadm ini');
    expect([r.stderr, r.exitCode]).toEqual(['unknown command "ini" for "kubeadm"\n\nDid you mean this?\n\tinit\n\nTo see the stack trace of this error execute with --v=5 or higher\n', 1]);
    r = await sh('kubeadm foo');
    expect(r.stderr).toBe('unknown command "foo" for "kubeadm"\nTo see the stack trace of this error execute with --v=5 or higher\n');
    r = await sh('kubeadm token foo bar');
    expect([r.stderr, r.exitCode]).toEqual(['invalid subcommand "foo bar"\nSee \'kubeadm token -h\' for help and examples\n', 1]);
  });
});

describe('kubeadm join discovery', () => {
  async function worker() {
    const { s, sh } = await lab('cluster', 9);
    await sh('sudo -i');
    const join = (await sh('kubeadm token create --print-join-command')).stdout.trim();
    await sh('kubectl delete node w1-k8s');
    await sh('exit');
    await sh('exit');
    await sh('exit');
    expect(s.prompt()).toMatch(/>$/);
    await sh('vagrant ssh w1-k8s');
    await sh('sudo -i');
    await sh('kubeadm reset -f');
    return { s, sh, join };
  }
  it('--discovery-token-unsafe-skip-ca-verification joins without the CA hash', async () => {
    const { sh, join } = await worker();
    const r = await sh(join.replace(/--discovery-token-ca-cert-hash \S+/, '--discovery-token-unsafe-skip-ca-verification'));
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('This node has joined the cluster:\n');
  });
  it('--discovery-file reads the API server from a kubeconfig; a missing file is an error', async () => {
    const { s, sh, join } = await worker();
    const token = /--token (\S+)/.exec(join)![1];
    let r = await sh(`kubeadm join --discovery-file /root/cluster-info.yaml --token ${token}`);
    expect(r.stderr).toBe('discovery.file.kubeConfigPath: Invalid value: "/root/cluster-info.yaml": not a valid HTTPS URL or a file on disk\nTo see the stack trace of this error execute with --v=5 or higher\n');
    s.world.host('w1-k8s').fs.write('/root/cluster-info.yaml', 'apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: LS0t\n    server: https://192.168.56.10:6443\n  name: ""\ncontexts: null\ncurrent-context: ""\nkind: Config\npreferences: {}\nusers: null\n');
    r = await sh(`kubeadm join --discovery-file /root/cluster-info.yaml --token ${token}`);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('This node has joined the cluster:\n');
  });
});
