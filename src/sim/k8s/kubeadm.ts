/** kubeadm: init, join, reset, token, upgrade, version, config images — with the real preflight checks. */
import { bootstrappedKubeletConf, caCertHash, finalizeKubeletConf, publishCA, firstServiceIp, kubeconfigCredentials, kubeconfigYaml, writeControlPlanePki, writeKubeletPki, writeWorkerPki, type PkiOptions } from './pki';
import type { CommandContext } from '../context';
import type { CommandRun, Host } from '../types';
import { setUnit } from '../commands/system';
import { isRoot, sysctlValue } from '../commands/linux';
import { k8sOf, type K8sState } from './world';
import { containerdConfig, systemdCgroup, hostname, nodeIp, osImage, pkgVersion, unitActive, nodeSim, staticPodsUp } from './host';

export { nodeSim } from './host';
import { controlPlaneImages, initCluster, joinNode, minorOf, upgradeControlPlane, COMPONENTS } from './bootstrap';
import { Cluster } from './cluster';
import { renderRows } from './format';
import { planText } from './kubeadm/plan';
import { checkExpiration, renew, renewCertificate, shortHumanDuration } from './kubeadm/certs';
import { descriptions, goDuration } from './kubeadm/tokens';
import { ROOT_COMMANDS, suggestions } from './kubeadm/errors';
import { initDefaults, JOIN_DEFAULTS } from './kubeadm/config-print';
import { kubeadmFront, helpOf as kubeadmHelp } from './kubeadm/spec';
import { BUILDS } from './kubectl/verbs/version/run';
import { criProblem, preflight, type Check } from './kubeadm/preflight';
import { fallbackLine, resolveKubernetesVersion } from './kubeadm/versions';
import { caHashError, joinConfigError } from './kubeadm/join-validate';
import { swapBlocksKubelet } from './swap';
import { writeStaticPods } from './kubeadm/static-pods';
import { bootstrapToAddons, dryRunFiles, initDone, uploadToMark } from './kubeadm/init-texts';
import { upgradeDryRunText } from './kubeadm/upgrade-dry-run';
import { initFailText, joinFailText, kubeletNeverHealthy, WAIT_TIMEOUT } from './kubeadm/waits';

export { criProblem } from './kubeadm/preflight';

const TOKEN_CHARS = '0123456789abcdefghijklmnopqrstuvwxyz';
const tokenRe = /^[a-z0-9]{6}\.[a-z0-9]{16}$/;
/** cluster-bootstrap's BootstrapTokenPattern and BootstrapTokenIDPattern, as Go's %q quotes them. */
const TOKEN_PATTERN = String.raw`"\\A([a-z0-9]{6})\\.([a-z0-9]{16})\\z"`;
const TOKEN_ID_PATTERN = String.raw`"\\A([a-z0-9]{6})\\z"`;

function klogStamp(ms: number, level = 'W'): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${level}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${d.toISOString().slice(11, 19)}.${p(Math.floor(ms % 1000) * 1000 + 123, 6)}`;
}

/** 1.28.15's kubeadm as published; a 1.29 kubeadm from the same release build as that release's kubectl */
function buildOf(v: string): { gitCommit: string; buildDate: string; goVersion: string } {
  return v.split('.')[1] === '28' ? { gitCommit: '841856557ef0f6a399096c42635d114d6f2cf7f4', buildDate: '2024-10-22T20:33:16Z', goVersion: 'go1.22.8' } : (BUILDS[v] ?? BUILDS['v1.29.15']);
}

function versionInfo(v: string): string {
  const [maj, min] = v.replace(/^v/, '').split('.');
  const b = buildOf(v);
  return `&version.Info{Major:"${maj}", Minor:"${min}", GitVersion:"${v}", GitCommit:"${b.gitCommit}", GitTreeState:"clean", BuildDate:"${b.buildDate}", GoVersion:"${b.goVersion}", Compiler:"gc", Platform:"linux/amd64"}`;
}

/** A kubeconfig file with its client pair signed by the CA in `pkiDir` (the one kubeadm names `name`). */
function writeKubeconfig(h: Host, path: string, server: string, user: string, o: PkiOptions, name: string, pkiDir?: string): void {
  h.fs.mkdir(h.fs.dirname(path), true);
  h.fs.write(path, kubeconfigYaml(server, user, kubeconfigCredentials(h, o, name, pkiDir)), false, 0o600);
}

function* startKubelet(ctx: CommandContext): CommandRun {
  const u = ctx.host.sys?.units.get('kubelet.service');
  if (u) {
    if (u.active !== 'active') setUnit(ctx, u, true);
    else ctx.world.emit('unit-changed', { hostId: ctx.host.id, unit: u.name });
  }
  yield { wait: 300 };
  return 0;
}

function newToken(c: Cluster): string {
  return `${c.rng.str(6, TOKEN_CHARS)}.${c.rng.str(16, TOKEN_CHARS)}`;
}

/** the control-plane host of the cluster, if any */
function controlPlaneHost(ctx: CommandContext, st: K8sState): Host | undefined {
  for (const [name, id] of st.hostOf) if (st.cluster.nodes.get(name)?.controlPlane) return ctx.world.hosts.get(id);
  return undefined;
}

function apiReachable(ctx: CommandContext, st: K8sState, endpoint: string): boolean {
  const cp = controlPlaneHost(ctx, st);
  return !!cp && cp.up && st.cluster.initialized && st.cluster.apiserverUp && staticPodsUp(cp) && endpoint.split(':')[0] === nodeIp(cp);
}

const RESET_TAIL = `
The reset process does not clean CNI configuration. To do so, you must remove /etc/cni/net.d

The reset process does not reset or clean up iptables rules or IPVS tables.
If you wish to reset iptables, you must do so manually by using the "iptables" command.

If your cluster was setup to utilize IPVS, run ipvsadm --clear (or similar)
to reset your system's IPVS tables.

The reset process does not clean your kubeconfig files and you must remove them manually.
Please, check the contents of the $HOME/.kube/config file.
`;

export function* kubeadm(ctx: CommandContext): CommandRun {
  const st = k8sOf(ctx.world);
  const c = st.cluster;
  c.advanceTo(ctx.world.now);
  const h = ctx.host;
  const version = `v${pkgVersion(h, 'kubeadm') ?? '1.28.15'}`;
  // help, usage errors and flags as kubeadm's cobra commands of this version read them (kubeadm/spec.ts)
  const front = kubeadmFront(ctx.args, Number(version.split('.')[1]));
  if (front.kind === 'done') {
    if (front.out) ctx.out(front.out);
    if (front.err) ctx.err(front.err);
    return front.code;
  }
  const { pos, f } = front;
  const sub = pos[0];
  const out = (s: string) => ctx.out(s);
  const fatal = (s: string) => {
    ctx.err(s.endsWith('\n') ? s : s + '\n');
    return 1;
  };
  if (!sub) {
    out(kubeadmHelp('', Number(version.split('.')[1])));
    return 0;
  }
  if (sub === 'version') {
    // RunVersion (cmd/version.go): %#v, the GitVersion, or the Version struct through sigs.k8s.io/yaml or json.MarshalIndent, each with Println
    const o = f.output ?? f.o ?? '';
    const b = buildOf(version);
    const info: [string, string][] = [['major', version.replace(/^v/, '').split('.')[0]], ['minor', version.split('.')[1]], ['gitVersion', version], ['gitCommit', b.gitCommit], ['gitTreeState', 'clean'], ['buildDate', b.buildDate], ['goVersion', b.goVersion], ['compiler', 'gc'], ['platform', 'linux/amd64']];
    if (o === '') out(`kubeadm version: ${versionInfo(version)}\n`);
    else if (o === 'short') out(version + '\n');
    else if (o === 'yaml') out('clientVersion:\n' + [...info].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([k, v]) => `  ${k}: ${/^\d+$|^\d{4}-/.test(v) ? `"${v}"` : v}\n`).join('') + '\n');
    else if (o === 'json') out(`{\n  "clientVersion": {\n${info.map(([k, v]) => `    "${k}": "${v}"`).join(',\n')}\n  }\n}\n`);
    else return fatal(`invalid output format: ${o}\nTo see the stack trace of this error execute with --v=5 or higher`);
    return 0;
  }
  const ignore = (f['ignore-preflight-errors'] ?? '').toLowerCase().split(',').filter(Boolean);
  const runChecks = (mode: 'init' | 'join', kv = ''): boolean => {
    if (!isRoot(ctx)) {
      out('[preflight] Running pre-flight checks\n');
      fatal('error execution phase preflight: [preflight] Some fatal errors occurred:\n\t[ERROR IsPrivilegedUser]: user is not running as root\n[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`\nTo see the stack trace of this error execute with --v=5 or higher');
      return false;
    }
    out('[preflight] Running pre-flight checks\n');
    const checks = preflight(ctx, mode, kv, version);
    const errs: Check[] = [];
    for (const k of checks) {
      if (k.warn || ignore.includes('all') || ignore.includes(k.name.toLowerCase())) ctx.err(`\t[WARNING ${k.name}]: ${k.msg}\n`);
      else errs.push(k);
    }
    if (errs.length) {
      fatal(`error execution phase preflight: [preflight] Some fatal errors occurred:\n${errs.map((e) => `\t[ERROR ${e.name}]: ${e.msg}\n`).join('')}[preflight] If you know what you are doing, you can make a check non-fatal with \`--ignore-preflight-errors=...\`\nTo see the stack trace of this error execute with --v=5 or higher`);
      return false;
    }
    return true;
  };

  // ------------------------------------------------------------ init
  if (sub === 'init') {
    const ip = f['apiserver-advertise-address'] ?? nodeIp(h);
    const podCidr = f['pod-network-cidr'];
    const svcCidr = f['service-cidr'] ?? '10.96.0.0/12';
    if (podCidr && !/^\d+\.\d+\.\d+\.\d+\/\d+$/.test(podCidr)) return fatal(`networking.podSubnet: Invalid value: "${podCidr}": couldn't parse subnet\nTo see the stack trace of this error execute with --v=5 or higher`);
    if (!/^\d+\.\d+\.\d+\.\d+$/.test(ip)) return fatal(`unable to parse ${ip} as an IP address\nTo see the stack trace of this error execute with --v=5 or higher`);
    const kvr = resolveKubernetesVersion(f['kubernetes-version'], version);
    if ('error' in kvr) return fatal(`${kvr.error}\nTo see the stack trace of this error execute with --v=5 or higher`);
    if (kvr.fellBack) ctx.err(`${klogStamp(ctx.world.now, 'I')}    ${4000 + c.rng.int(900)} ${fallbackLine(version)}\n`);
    const kv = kvr.version;
    out(`[init] Using Kubernetes version: ${kv}\n`);
    if (!runChecks('init', kv)) return 1;
    const name = hostname(h);
    const want = `registry.k8s.io/pause:${(COMPONENTS[minorOf(kv)] ?? COMPONENTS['1.28']).pause}`;
    // --dry-run (phases/init/*.go with data.DryRun()): no image pull; certificates, kubeconfig files, manifests and the
    // kubelet's files go to a temporary folder (constants.CreateTempDirForKubeadm: os.MkdirTemp's decimal suffix)
    const dry = !!f['dry-run'];
    const dir = dry ? `/etc/kubernetes/tmp/kubeadm-init-dryrun${c.rng.int(4294967295)}` : '';
    if (dry) {
      h.fs.mkdir(dir, true);
      out("[preflight] Would pull the required images (like 'kubeadm config images pull')\n");
    } else {
      out('[preflight] Pulling images required for setting up a Kubernetes cluster\n[preflight] This might take a minute or two, depending on the speed of your internet connection\n[preflight] You can also perform this action in beforehand using \'kubeadm config images pull\'\n');
      yield { wait: 25_000 };
    }
    const cfg = containerdConfig(h);
    const sandbox = /sandbox_image\s*=\s*"([^"]+)"/.exec(cfg)?.[1] ?? 'registry.k8s.io/pause:3.8';
    if (!dry && sandbox !== want) ctx.err(`${klogStamp(ctx.world.now)}    ${4000 + c.rng.int(900)} checks.go:835] detected that the sandbox image "${sandbox}" of the container runtime is inconsistent with that used by kubeadm. It is recommended that using "${want}" as the CRI sandbox image.\n`);
    out(`[certs] Using certificateDir folder "${dry ? dir : '/etc/kubernetes/pki'}"\n[certs] Generating "ca" certificate and key\n[certs] Generating "apiserver" certificate and key\n[certs] apiserver serving cert is signed for DNS names [kubernetes kubernetes.default kubernetes.default.svc kubernetes.default.svc.cluster.local ${name}] and IPs [10.96.0.1 ${ip}]\n[certs] Generating "apiserver-kubelet-client" certificate and key\n[certs] Generating "front-proxy-ca" certificate and key\n[certs] Generating "front-proxy-client" certificate and key\n[certs] Generating "etcd/ca" certificate and key\n[certs] Generating "etcd/server" certificate and key\n[certs] etcd/server serving cert is signed for DNS names [localhost ${name}] and IPs [${ip} 127.0.0.1 ::1]\n[certs] Generating "etcd/peer" certificate and key\n[certs] etcd/peer serving cert is signed for DNS names [localhost ${name}] and IPs [${ip} 127.0.0.1 ::1]\n[certs] Generating "etcd/healthcheck-client" certificate and key\n[certs] Generating "apiserver-etcd-client" certificate and key\n[certs] Generating "sa" key and public key\n`);
    yield { wait: 1500 };
    out(`[kubeconfig] Using kubeconfig folder "${dry ? dir : '/etc/kubernetes'}"\n` + '[kubeconfig] Writing "admin.conf" kubeconfig file\n[kubeconfig] Writing "super-admin.conf" kubeconfig file\n[kubeconfig] Writing "kubelet.conf" kubeconfig file\n[kubeconfig] Writing "controller-manager.conf" kubeconfig file\n[kubeconfig] Writing "scheduler.conf" kubeconfig file\n'.replace(minorOf(version) === '1.28' ? '[kubeconfig] Writing "super-admin.conf" kubeconfig file\n' : '\u0000', ''));
    const server = `https://${ip}:6443`;
    const pki: PkiOptions = { seed: ctx.world.seed, node: name, ip, now: ctx.world.now, minor: Number(minorOf(version).split('.')[1]), serviceIp: firstServiceIp(svcCidr) };
    writeControlPlanePki(h, pki, dry ? dir : undefined);
    for (const k of ['admin', 'kubelet', 'controller-manager', 'scheduler', ...(minorOf(version) === '1.28' ? [] : ['super-admin'])])
      writeKubeconfig(h, `${dry ? dir : '/etc/kubernetes'}/${k}.conf`, server, k === 'admin' ? 'kubernetes-admin' : k === 'super-admin' ? 'kubernetes-super-admin' : k === 'kubelet' ? `system:node:${name}` : `system:kube-${k}`, pki, `${k}.conf`, dry ? dir : undefined);
    if (!dry) writeKubeletPki(h, pki, String(h.fs.read('/etc/kubernetes/pki/ca.crt')));
    const mdir = dry ? dir : '/etc/kubernetes/manifests';
    out(`${dry ? '[etcd] Would ensure that "/var/lib/etcd" directory is present\n' : ''}[etcd] Creating static Pod manifest for local etcd in "${mdir}"\n[control-plane] Using manifest folder "${mdir}"\n` + '[control-plane] Creating static Pod manifest for "kube-apiserver"\n[control-plane] Creating static Pod manifest for "kube-controller-manager"\n[control-plane] Creating static Pod manifest for "kube-scheduler"\n');
    writeStaticPods(h, { node: name, ip, version: kv, etcdTag: (COMPONENTS[minorOf(kv)] ?? COMPONENTS['1.28']).etcd, podCidr, serviceCidr: svcCidr }, undefined, mdir);
    if (!dry) h.fs.mkdir('/var/lib/etcd', true);
    const kdir = dry ? dir : '/var/lib/kubelet';
    out(`[kubelet-start] Writing kubelet environment file with flags to file "${kdir}/kubeadm-flags.env"\n[kubelet-start] Writing kubelet configuration to file "${kdir}/config.yaml"\n${dry ? '' : '[kubelet-start] Starting the kubelet\n'}`);
    h.fs.mkdir(kdir, true);
    h.fs.write(`${kdir}/kubeadm-flags.env`, `KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=${want}"\n`);
    h.fs.write(`${kdir}/config.yaml`, 'apiVersion: kubelet.config.k8s.io/v1beta1\nauthentication:\n  anonymous:\n    enabled: false\ncgroupDriver: systemd\nclusterDNS:\n- 10.96.0.10\nclusterDomain: cluster.local\nkind: KubeletConfiguration\n');
    if (dry) {
      out(dryRunFiles(h, dir) + `[wait-control-plane] Waiting for the kubelet to boot up the control plane as static Pods from directory "${dir}". This can take up to 4m0s\n`);
      const token = f.token && tokenRe.test(f.token) ? f.token : newToken(c);
      if (f.token && !tokenRe.test(f.token)) return fatal(`the bootstrap token "${f.token}" was not of the form ${TOKEN_PATTERN}\nTo see the stack trace of this error execute with --v=5 or higher`);
      const drawn = c.rng.hex(64);
      const pin = caCertHash(String(h.fs.read(`${dir}/ca.crt`))) ?? drawn;
      out(uploadToMark(name) + bootstrapToAddons(token) + initDone(`${dir}/admin.conf`, `kubeadm join ${ip}:6443 --token ${token} \\\n\t--discovery-token-ca-cert-hash sha256:${pin} \n`));
      return 0;
    }
    yield* startKubelet(ctx);
    out(`[wait-control-plane] Waiting for the kubelet to boot up the control plane as static Pods from directory "/etc/kubernetes/manifests". This can take up to 4m0s\n`);
    if (swapBlocksKubelet(h)) {
      // the kubelet exits at its start (failSwapOn): its healthz never answers
      yield* kubeletNeverHealthy(ctx);
      out(initFailText(WAIT_TIMEOUT));
      return fatal("error execution phase wait-control-plane: couldn't initialize a Kubernetes cluster\nTo see the stack trace of this error execute with --v=5 or higher");
    }
    // etcd has started and written its data
    h.fs.mkdir('/var/lib/etcd/member', true);
    c.advanceTo(ctx.world.now);
    // a fresh store for the new cluster
    const fresh = new Cluster((c.rng.int(2 ** 31) ^ 0x51) >>> 0, ctx.world.now);
    st.cluster = fresh;
    st.hostOf.clear();
    st.hostOf.set(name, h.id);
    initCluster(fresh, { node: name, ip, version: kv, podCidr, serviceCidr: svcCidr, sim: nodeSim(h, ctx.world.seed) });
    yield { wait: 6500 };
    fresh.setUnstable(!systemdCgroup(h));
    out(`[apiclient] All control plane components are healthy after ${(6 + c.rng.next()).toFixed(6)} seconds\n` + uploadToMark(name));
    const token = f.token && tokenRe.test(f.token) ? f.token : newToken(fresh);
    if (f.token && !tokenRe.test(f.token)) return fatal(`the bootstrap token "${f.token}" was not of the form ${TOKEN_PATTERN}\nTo see the stack trace of this error execute with --v=5 or higher`);
    st.tokens.clear();
    st.tokens.set(token, f['token-ttl'] === '0' ? Infinity : ctx.world.now + 24 * 3600_000);
    // the draw stays (seeded stories keep their sequence); the pin is the CA's public key hash
    const drawn = fresh.rng.hex(64);
    st.caHash = caCertHash(String(h.fs.read('/etc/kubernetes/pki/ca.crt'))) ?? drawn;
    publishCA(fresh, String(h.fs.read('/etc/kubernetes/pki/ca.crt')));
    yield { wait: 800 };
    // kubelet-finalize: kubelet.conf points at the kubelet's rotating client pair once it is there
    const kubeletConf = h.fs.read('/etc/kubernetes/kubelet.conf');
    if (typeof kubeletConf === 'string' && h.fs.isFile('/var/lib/kubelet/pki/kubelet-client-current.pem')) h.fs.write('/etc/kubernetes/kubelet.conf', finalizeKubeletConf(kubeletConf), false, 0o600);
    out(bootstrapToAddons(token) + initDone('/etc/kubernetes/admin.conf', `kubeadm join ${ip}:6443 --token ${token} \\\n\t--discovery-token-ca-cert-hash sha256:${st.caHash} \n`));
    return 0;
  }

  // ------------------------------------------------------------ join
  if (sub === 'join') {
    // discovery: a token (with the CA pinned or --discovery-token-unsafe-skip-ca-verification), or a kubeconfig file
    const discoveryFile = f['discovery-file'];
    let endpoint = pos[1];
    const hashes = f['discovery-token-ca-cert-hash'] ? String(f['discovery-token-ca-cert-hash']).split(',') : [];
    const trace = '\nTo see the stack trace of this error execute with --v=5 or higher';
    const cfgErr = joinConfigError(h, ctx.frame.cwd, { endpoint, file: discoveryFile, token: f.token, discoveryToken: f['discovery-token'], tlsBootstrapToken: f['tls-bootstrap-token'], caCertHashes: hashes, unsafeSkip: !!f['discovery-token-unsafe-skip-ca-verification'] });
    if (cfgErr) return fatal(cfgErr + trace);
    if (!runChecks('join')) return 1;
    const identity = "error execution phase preflight: couldn't validate the identity of the API Server: ";
    // discovery retries cluster-info until its 5 min timeout (DefaultDiscoveryTimeout), then reports the last error
    const unreachable = function* (ep: string) {
      yield { wait: 5 * 60_000 };
      return fatal(`${identity}Get "https://${ep}/api/v1/namespaces/kube-public/configmaps/cluster-info?timeout=10s": dial tcp ${ep}: connect: ${ctx.world.hosts.get(controlPlaneHost(ctx, st)?.id ?? '')?.up ? 'connection refused' : 'no route to host'}${trace}`);
    };
    if (discoveryFile) {
      const text = h.fs.read(h.fs.resolve(ctx.frame.cwd, discoveryFile));
      if (text === 'EISDIR' || text === 'EACCES') return fatal(`${identity}open ${discoveryFile}: ${text === 'EISDIR' ? 'is a directory' : 'permission denied'}${trace}`);
      const server = /^\s*server:\s*https:\/\/(\S+)\s*$/m.exec(String(text));
      if (!server) return fatal(`${identity}couldn't find a cluster in the discovery file ${discoveryFile}${trace}`);
      endpoint = server[1];
      if (!apiReachable(ctx, st, endpoint)) return yield* unreachable(endpoint);
      // the TLS bootstrap needs a live token unless the file carries credentials of its own
      const creds = /client-certificate-data:|^\s*token:/m.test(String(text));
      const tls = f['tls-bootstrap-token'] ?? f.token;
      const texp = tls ? st.tokens.get(tls) : undefined;
      if (!creds && (texp === undefined || texp < ctx.world.now)) {
        // the kubelet's TLS bootstrap is refused (Unauthorized) and it exits: its healthz never answers
        out('[kubelet-start] Writing kubelet configuration to file "/var/lib/kubelet/config.yaml"\n[kubelet-start] Writing kubelet environment file with flags to file "/var/lib/kubelet/kubeadm-flags.env"\n[kubelet-start] Starting the kubelet\n[kubelet-start] Waiting for the kubelet to perform the TLS Bootstrap...\n');
        yield* kubeletNeverHealthy(ctx);
        out(joinFailText(WAIT_TIMEOUT));
        return fatal(`error execution phase kubelet-start: ${WAIT_TIMEOUT}${trace}`);
      }
    } else {
      // token discovery (discovery/token/token.go): the pins are read first, then cluster-info is fetched until its
      // JWS signature for the token's ID is there, the signature checked, and the CA matched against the pins
      const hashErr = caHashError(hashes);
      if (hashErr) return fatal(`${identity}invalid discovery token CA certificate hash: ${hashErr}${trace}`);
      if (!apiReachable(ctx, st, endpoint!)) return yield* unreachable(endpoint!);
      const token = f['discovery-token'] ?? f.token!;
      const [id] = token.split('.');
      const live = [...st.tokens].filter(([t, exp]) => t.split('.')[0] === id && exp >= ctx.world.now).map(([t]) => t);
      if (!live.length) {
        yield { wait: 5 * 60_000 };
        return fatal(`${identity}could not find a JWS signature in the cluster-info ConfigMap for token ID "${id}"${trace}`);
      }
      if (!live.includes(token)) return fatal(`${identity}failed to verify JWS signature of received cluster info object, can't trust this API Server${trace}`);
      if (hashes.length && !hashes.some((x) => x.split(':')[1].toLowerCase() === st.caHash))
        return fatal(`${identity}cluster CA found in cluster-info ConfigMap is invalid: none of the public keys "sha256:${st.caHash}" are pinned${trace}`);
    }
    out("[preflight] Reading configuration from the cluster...\n[preflight] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -o yaml'\n");
    yield { wait: 1000 };
    const name = hostname(h);
    const existing = c.nodeObj(name);
    if (existing && c.nodes.get(name)?.ready === 'True') return fatal(`error execution phase kubelet-start: a Node with name "${name}" and status "Ready" already exists in the cluster. You must delete the existing Node or change the name of this new joining Node\nTo see the stack trace of this error execute with --v=5 or higher`);
    out('[kubelet-start] Writing kubelet configuration to file "/var/lib/kubelet/config.yaml"\n[kubelet-start] Writing kubelet environment file with flags to file "/var/lib/kubelet/kubeadm-flags.env"\n[kubelet-start] Starting the kubelet\n[kubelet-start] Waiting for the kubelet to perform the TLS Bootstrap...\n');
    h.fs.mkdir('/var/lib/kubelet', true);
    h.fs.write('/var/lib/kubelet/config.yaml', 'apiVersion: kubelet.config.k8s.io/v1beta1\ncgroupDriver: systemd\nclusterDNS:\n- 10.96.0.10\nclusterDomain: cluster.local\nkind: KubeletConfiguration\n');
    h.fs.write('/var/lib/kubelet/kubeadm-flags.env', 'KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.9"\n');
    // the CA comes from the cluster-info ConfigMap: the control plane's ca.crt
    const caPem = String(controlPlaneHost(ctx, st)?.fs.read('/etc/kubernetes/pki/ca.crt') ?? '');
    writeWorkerPki(h, caPem);
    const pki: PkiOptions = { seed: ctx.world.seed, node: name, ip: nodeIp(h), now: ctx.world.now, minor: Number(minorOf(version).split('.')[1]) };
    if (swapBlocksKubelet(h)) {
      yield* startKubelet(ctx);
      yield* kubeletNeverHealthy(ctx);
      out(joinFailText(WAIT_TIMEOUT));
      return fatal(`error execution phase kubelet-start: ${WAIT_TIMEOUT}\nTo see the stack trace of this error execute with --v=5 or higher`);
    }
    // the kubelet's TLS bootstrap: its client pair from the cluster's signer, and the kubeconfig pointing at it
    writeKubeletPki(h, pki, caPem, true);
    h.fs.write('/etc/kubernetes/kubelet.conf', bootstrappedKubeletConf(`https://${endpoint}`, caPem), false, 0o600);
    yield* startKubelet(ctx);
    yield { wait: 3500 };
    c.advanceTo(ctx.world.now);
    st.hostOf.set(name, h.id);
    // the kubelet's TLS bootstrap: its client CSR as the bootstrap token's user (none with a kubeconfig's own credentials)
    const tlsToken = f['tls-bootstrap-token'] ?? f.token;
    joinNode(c, name, nodeIp(h), `v${pkgVersion(h, 'kubelet') ?? version.slice(1)}`, nodeSim(h, ctx.world.seed), tlsToken ? String(tlsToken).split('.')[0] : null);
    out("\nThis node has joined the cluster:\n* Certificate signing request was sent to apiserver and a response was received.\n* The Kubelet was informed of the new secure connection details.\n\nRun 'kubectl get nodes' on the control-plane to see this node join the cluster.\n\n");
    return 0;
  }

  // ------------------------------------------------------------ reset
  if (sub === 'reset') {
    const name = hostname(h);
    const isCp = h.fs.isFile('/etc/kubernetes/manifests/kube-apiserver.yaml');
    const w = (line: string) => ctx.err(`${klogStamp(ctx.world.now)}    ${4000 + c.rng.int(900)} ${line}\n`);
    // newResetData: the kubeadm-config ConfigMap through admin.conf, when there is one
    let cfg = false;
    const admin = h.fs.isFile('/etc/kubernetes/admin.conf') ? String(h.fs.read('/etc/kubernetes/admin.conf')) : null;
    if (admin !== null && isRoot(ctx)) {
      out("[reset] Reading configuration from the cluster...\n[reset] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -o yaml'\n");
      const ep = /server:\s*https:\/\/(\S+)/.exec(admin)?.[1] ?? `${nodeIp(h)}:6443`;
      cfg = apiReachable(ctx, st, ep);
      if (!cfg) w(`reset.go:120] [reset] Unable to fetch the kubeadm-config ConfigMap from cluster: failed to get config map: Get "https://${ep}/api/v1/namespaces/kube-system/configmaps/kubeadm-config?timeout=10s": dial tcp ${ep}: connect: connection refused`);
    }
    const dry = !!f['dry-run'];
    if (!f.force && !f.f && !dry) {
      w("preflight.go:56] [reset] WARNING: Changes made to this host by 'kubeadm init' or 'kubeadm join' will be reverted.");
      const a = String(yield { ask: '[reset] Are you sure you want to proceed? [y/N]: ' }).trim().toLowerCase();
      if (a !== 'y' && a !== 'yes') return fatal('error execution phase preflight: won\'t proceed; the user didn\'t answer (Y|y) in order to continue\nTo see the stack trace of this error execute with --v=5 or higher');
    }
    out('[preflight] Running pre-flight checks\n');
    if (!isRoot(ctx)) return fatal('error execution phase preflight: [preflight] Some fatal errors occurred:\n\t[ERROR IsPrivilegedUser]: user is not running as root\n[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`\nTo see the stack trace of this error execute with --v=5 or higher');
    // remove-etcd-member: without the cluster's configuration the data directory is the etcd Pod's or the default,
    // cleaned when it is not empty (a missing one counts as not empty)
    if (!cfg) w('removeetcdmember.go:106] [reset] No kubeadm config, using etcd pod spec to get data directory');
    const etcdFiles = h.fs.list('/var/lib/etcd');
    if (dry) out(cfg ? '[reset] Would remove the etcd member on this node from the etcd cluster\n[reset] Would delete contents of the etcd data directory: /var/lib/etcd\n' : '');
    else if (cfg || !Array.isArray(etcdFiles) || etcdFiles.length > 0) out('[reset] Deleted contents of the etcd data directory: /var/lib/etcd\n');
    // resetConfigDir's files: super-admin.conf from kubeadm 1.29 on
    const confs = ['admin', ...(minorOf(version) === '1.28' ? [] : ['super-admin']), 'kubelet', 'bootstrap-kubelet', 'controller-manager', 'scheduler'];
    const files = confs.map((x) => `/etc/kubernetes/${x}.conf`).join(' ');
    if (dry) {
      out(`[reset] Would stop the kubelet service\n[reset] Would unmount mounted directories in "/var/lib/kubelet"\n[reset] Would remove Kubernetes-managed containers\n[reset] Would delete contents of directories: [/etc/kubernetes/manifests /etc/kubernetes/pki]\n[reset] Would delete files: [${files}]\n` + RESET_TAIL);
      return 0;
    }
    out(`[reset] Stopping the kubelet service\n[reset] Unmounting mounted directories in "/var/lib/kubelet"\n[reset] Deleting contents of directories: [/etc/kubernetes/manifests /var/lib/kubelet /etc/kubernetes/pki]\n[reset] Deleting files: [${files}]\n` + RESET_TAIL);
    const u = h.sys?.units.get('kubelet.service');
    if (u && u.active !== 'inactive') setUnit(ctx, u, false);
    for (const p of ['/etc/kubernetes/manifests', '/var/lib/kubelet', '/etc/kubernetes/pki', '/var/lib/etcd']) {
      h.fs.remove(p, true);
    }
    h.fs.mkdir('/etc/kubernetes/manifests', true);
    for (const p of ['admin', 'super-admin', 'kubelet', 'bootstrap-kubelet', 'controller-manager', 'scheduler']) h.fs.remove(`/etc/kubernetes/${p}.conf`);
    if (isCp && st.hostOf.get(name) === h.id) {
      st.cluster.initialized = false;
      st.cluster.apiserverUp = false;
    }
    return 0;
  }

  // ------------------------------------------------------------ token
  if (sub === 'token') {
    const verb = pos[1];
    if (!h.fs.isFile('/etc/kubernetes/admin.conf') || !c.initialized) {
      yield { wait: 2000 };
      return fatal(`failed to load admin kubeconfig: open /etc/kubernetes/admin.conf: no such file or directory\nTo see the stack trace of this error execute with --v=5 or higher`);
    }
    // admin.conf is readable by root only (0600)
    if (verb !== 'generate' && !isRoot(ctx)) return fatal(`failed to load admin kubeconfig: open /etc/kubernetes/admin.conf: permission denied\nTo see the stack trace of this error execute with --v=5 or higher`);
    const cp = controlPlaneHost(ctx, st);
    const ep = cp ? `${nodeIp(cp)}:6443` : c.endpoint;
    if (verb === 'create') {
      if (pos[2] && !tokenRe.test(pos[2])) return fatal(`the bootstrap token "${pos[2]}" was not of the form ${TOKEN_PATTERN}\nTo see the stack trace of this error execute with --v=5 or higher`);
      const t = pos[2] ?? newToken(c);
      const d = goDuration(f.ttl ?? '24h0m0s');
      if (d === null) return fatal(`invalid argument "${f.ttl}" for "--ttl" flag: time: invalid duration "${f.ttl}"`);
      yield { wait: 300 };
      const ttl = d === 0 ? Infinity : ctx.world.now - 300 + d;
      st.tokens.set(t, ttl);
      if (f.description) descriptions(st).set(t, f.description);
      out(f['print-join-command'] ? `kubeadm join ${ep} --token ${t} --discovery-token-ca-cert-hash sha256:${st.caHash} \n` : t + '\n');
      return 0;
    }
    if (verb === 'list') {
      // one tabwriter (minwidth 10, padding 3) per token, the header in the first one's
      const rows = [['TOKEN', 'TTL', 'EXPIRES', 'USAGES', 'DESCRIPTION', 'EXTRA GROUPS']];
      let first = true;
      for (const [t, exp] of st.tokens) {
        if (exp < ctx.world.now) continue;
        const ttl = exp === Infinity ? '<forever>' : shortHumanDuration(exp - ctx.world.now);
        const desc = descriptions(st).get(t) ?? (first ? "The default bootstrap token generated by 'kubeadm init'." : '<none>');
        rows.push([t, ttl, exp === Infinity ? '<never>' : new Date(exp).toISOString().replace(/\.\d+Z$/, 'Z'), 'authentication,signing', desc, 'system:bootstrappers:kubeadm:default-node-token']);
        first = false;
      }
      const blocks = rows.length > 1 ? [rows.slice(0, 2), ...rows.slice(2).map((r) => [r])] : [rows];
      out(blocks.map((b) => renderRows(b, 3, 10) + '\n').join(''));
      return 0;
    }
    if (verb === 'delete') {
      for (const t of pos.slice(2)) {
        if (!tokenRe.test(t) && !/^[a-z0-9]{6}$/.test(t)) return fatal(`given token didn't match pattern ${TOKEN_PATTERN} or ${TOKEN_ID_PATTERN}\nTo see the stack trace of this error execute with --v=5 or higher`);
        const id = t.split('.')[0];
        // the controller manager's token cleaner has already removed an expired token's Secret
        const full = [...st.tokens.keys()].find((k) => k.split('.')[0] === id && st.tokens.get(k)! >= ctx.world.now);
        if (!full) return fatal(`failed to delete bootstrap token "${id}": secrets "bootstrap-token-${id}" not found\nTo see the stack trace of this error execute with --v=5 or higher`);
        st.tokens.delete(full);
        out(`bootstrap token "${full.split('.')[0]}" deleted\n`);
      }
      return 0;
    }
    if (verb === 'generate') {
      out(newToken(c) + '\n');
      return 0;
    }
  }

  // ------------------------------------------------------------ certs, config print
  const minor = Number(minorOf(version).split('.')[1]);
  if (sub === 'certs' && (pos[1] === 'check-expiration' || (pos[1] === 'renew' && pos[2]))) {
    const admin = h.fs.isFile('/etc/kubernetes/admin.conf') ? String(h.fs.read('/etc/kubernetes/admin.conf')) : '';
    const ep = /server:\s*https:\/\/(\S+)/.exec(admin)?.[1] ?? `${nodeIp(h)}:6443`;
    const src = { apiUp: apiReachable(ctx, st, ep), defaults: () => ctx.err(`${klogStamp(ctx.world.now, 'I')}    ${4000 + c.rng.int(900)} ${fallbackLine(version)}\n`) };
    return pos[1] === 'renew' ? renew(ctx, minor, pos[2], src) : checkExpiration(ctx, minor, src);
  }
  if (sub === 'config' && pos[1] === 'print' && (pos[2] === 'init-defaults' || pos[2] === 'join-defaults')) {
    out(pos[2] === 'init-defaults' ? initDefaults(minor) : JOIN_DEFAULTS);
    return 0;
  }

  // ------------------------------------------------------------ config images
  if (sub === 'config' && pos[1] === 'images') {
    const kvr = resolveKubernetesVersion(f['kubernetes-version'], version);
    if ('error' in kvr) return fatal(`${kvr.error}\nTo see the stack trace of this error execute with --v=5 or higher`);
    if (kvr.fellBack) ctx.err(`${klogStamp(ctx.world.now, 'I')}    ${4000 + c.rng.int(900)} ${fallbackLine(version)}\n`);
    const imgs = controlPlaneImages(kvr.version);
    if (pos[2] === 'list') {
      out(imgs.join('\n') + '\n');
      return 0;
    }
    if (pos[2] === 'pull') {
      const cri = criProblem(ctx.world, h);
      if (cri) return fatal(`failed to create new CRI runtime service: validate service connection: validate CRI v1 runtime API for endpoint "unix:///var/run/containerd/containerd.sock": rpc error: code = Unimplemented desc = unknown service runtime.v1.RuntimeService\nTo see the stack trace of this error execute with --v=5 or higher`);
      for (const i of imgs) {
        yield { wait: 3000 };
        out(`[config/images] Pulled ${i}\n`);
      }
      return 0;
    }
  }

  // ------------------------------------------------------------ upgrade
  if (sub === 'upgrade') {
    const verb = pos[1];
    if (!isRoot(ctx)) return fatal('[preflight] Some fatal errors occurred:\n\t[ERROR IsPrivilegedUser]: user is not running as root\n[preflight] If you know what you are doing, you can make a check non-fatal with `--ignore-preflight-errors=...`\nTo see the stack trace of this error execute with --v=5 or higher');
    if (!c.initialized || !h.fs.isFile('/etc/kubernetes/kubelet.conf')) {
      return fatal(`couldn't create a Kubernetes client from file "/etc/kubernetes/admin.conf": failed to load admin kubeconfig: open /etc/kubernetes/admin.conf: no such file or directory\nTo see the stack trace of this error execute with --v=5 or higher`);
    }
    const cur = c.version;
    const curMinor = Number(minorOf(cur).split('.')[1]);
    const admMinor = Number(minorOf(version).split('.')[1]);
    const head = "[upgrade/config] Making sure the configuration is correct:\n[upgrade/config] Reading configuration from the cluster...\n[upgrade/config] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -o yaml'\n";
    if (verb === 'plan') {
      out(head + '[preflight] Running pre-flight checks.\n[upgrade] Running cluster health checks\n[upgrade] Fetching available versions to upgrade to\n');
      yield { wait: 1500 };
      const latestSame = `v${minorOf(cur)}.15`;
      const arg = pos[2];
      out(`[upgrade/versions] Cluster version: ${cur}\n[upgrade/versions] kubeadm version: ${version}\n`);
      // a version argument is the offline getter's answer: nothing is fetched from dl.k8s.io
      if (!arg) ctx.err(`${klogStamp(ctx.world.now, 'I')}    ${4000 + c.rng.int(900)} version.go:256] remote version is much newer: v1.34.2; falling back to: stable-${minorOf(version)}\n`);
      const p = planText({ cluster: cur, kubeadm: version, stable: version, latestPatch: latestSame, arg, kubelets: [...c.nodes.values()].map((n) => n.kubeletVersion) });
      out(p.versions + p.plan);
      return 0;
    }
    if (verb === 'apply') {
      const target = pos[2];
      if (!target) return fatal('missing one or more required arguments. Required arguments: [version]\nTo see the stack trace of this error execute with --v=5 or higher');
      const tv = target.startsWith('v') ? target : 'v' + target;
      out(head + '[preflight] Running pre-flight checks.\n[upgrade] Running cluster health checks\n');
      yield { wait: 1000 };
      out(`[upgrade/version] You have chosen to change the cluster version to "${tv}"\n[upgrade/versions] Cluster version: ${cur}\n[upgrade/versions] kubeadm version: ${version}\n`);
      const tMinor = Number(minorOf(tv).split('.')[1]);
      const problems: string[] = [];
      const patch = (v: string) => Number(v.split('.')[2]);
      if (tMinor > admMinor || (tMinor === admMinor && patch(tv) > patch(version))) problems.push(`Specified version to upgrade to "${tv}" is higher than the kubeadm version "${version}". Upgrade kubeadm first using the tool you used to install kubeadm`);
      if (tMinor > curMinor + 1) problems.push(`Specified version to upgrade to "${tv}" is too high; kubeadm can upgrade only 1 minor version at a time`);
      if (tMinor < curMinor) problems.push(`Specified version to upgrade to "${tv}" is an unsupported version and can't be used for upgrade. Kubeadm only supports upgrading to versions in the same minor or one minor version higher than the cluster version`);
      const badKubelet = [...c.nodes.values()].find((n) => Number(minorOf(n.kubeletVersion).split('.')[1]) < tMinor - 1);
      if (badKubelet) problems.push(`There are kubelets in this cluster that are too old that have these versions [${badKubelet.kubeletVersion}]`);
      if (problems.length) return fatal(`[upgrade/version] FATAL: the --version argument is invalid due to these fatal errors:\n\n${problems.map((p) => `\t- ${p}\n`).join('')}\nPlease fix the misalignments highlighted above and try upgrading again\nTo see the stack trace of this error execute with --v=5 or higher`);
      if (f['dry-run']) {
        out(upgradeDryRunText(h, tv, { node: hostname(h), ip: c.endpoint.split(':')[0] || nodeIp(h), version: tv, etcdTag: (COMPONENTS[minorOf(tv)] ?? COMPONENTS['1.28']).etcd, podCidr: c.podCidr, serviceCidr: c.serviceCidr }, () => c.rng.int(999999999)));
        return 0;
      }
      if (!f.yes && !f.y && !f.f && !f.force) {
        const a = String(yield { ask: '[upgrade] Are you sure you want to proceed? [y/N]: ' }).trim().toLowerCase();
        if (a !== 'y' && a !== 'yes') return fatal("won't proceed; the user didn't answer (Y|y) in order to continue\nTo see the stack trace of this error execute with --v=5 or higher");
      }
      out("[upgrade/prepull] Pulling images required for setting up a Kubernetes cluster\n[upgrade/prepull] This might take a minute or two, depending on the speed of your internet connection\n[upgrade/prepull] You can also perform this action in beforehand using 'kubeadm config images pull'\n");
      yield { wait: 20_000 };
      const stamp = new Date(ctx.world.now).toISOString().slice(0, 19).replace(/[T:]/g, '-');
      out(`[upgrade/apply] Upgrading your Static Pod-hosted control plane to version "${tv}" (timeout: 5m0s)...\n[upgrade/etcd] Upgrading to TLS for etcd\n`);
      for (const comp of ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler']) {
        const certs: Record<string, string[]> = { etcd: ['etcd-server', 'etcd-peer', 'etcd-healthcheck-client'], 'kube-apiserver': ['apiserver', 'apiserver-kubelet-client', 'front-proxy-client', 'apiserver-etcd-client'], 'kube-controller-manager': ['controller-manager.conf'], 'kube-scheduler': ['scheduler.conf'] };
        out(`[upgrade/staticpods] Preparing for "${comp}" upgrade\n${certs[comp].map((x) => `[upgrade/staticpods] Renewing ${x} ${x.endsWith('.conf') ? 'certificate embedded in kubeconfig file' : 'certificate'}\n`).join('')}[upgrade/staticpods] Moved new manifest to "/etc/kubernetes/manifests/${comp}.yaml" and backed up old manifest to "/etc/kubernetes/tmp/kubeadm-backup-manifests-${stamp}/${comp}.yaml"\n[upgrade/staticpods] Waiting for the kubelet to restart the component\n[upgrade/staticpods] This might take a minute or longer depending on the component/version gap (timeout 5m0s)\n`);
        for (const x of certs[comp]) renewCertificate(ctx, admMinor, x);
        yield { wait: comp === 'etcd' ? 12_000 : 9_000 };
        out(`[apiclient] Found 1 Pods for label selector component=${comp}\n[upgrade/staticpods] Component "${comp}" upgraded successfully!\n`);
        if (comp === 'etcd') out('[upgrade/etcd] Waiting for etcd to become available\n[upgrade/staticpods] Writing new Static Pod manifests to "/etc/kubernetes/tmp/kubeadm-upgraded-manifests' + c.rng.int(999999999) + '"\n');
      }
      c.advanceTo(ctx.world.now);
      upgradeControlPlane(c, hostname(h), tv);
      // the manifests kubeadm renders for the new version (from the cluster's kubeadm-config)
      writeStaticPods(h, { node: hostname(h), ip: c.endpoint.split(':')[0] || nodeIp(h), version: tv, etcdTag: (COMPONENTS[minorOf(tv)] ?? COMPONENTS['1.28']).etcd, podCidr: c.podCidr, serviceCidr: c.serviceCidr });
      out(`[upload-config] Storing the configuration used in ConfigMap "kubeadm-config" in the "kube-system" Namespace\n[kubelet] Creating a ConfigMap "kubelet-config" in namespace kube-system with the configuration for the kubelets in the cluster\n[upgrade] Backing up kubelet config file to /etc/kubernetes/tmp/kubeadm-kubelet-config${c.rng.int(999999999)}/config.yaml\n[kubelet-start] Writing kubelet configuration to file "/var/lib/kubelet/config.yaml"\n[bootstrap-token] Configured RBAC rules to allow Node Bootstrap tokens to get nodes\n[bootstrap-token] Configured RBAC rules to allow Node Bootstrap tokens to post CSRs in order for nodes to get long term certificate credentials\n[bootstrap-token] Configured RBAC rules to allow the csrapprover controller automatically approve CSRs from a Node Bootstrap Token\n[bootstrap-token] Configured RBAC rules to allow certificate rotation for all node client certificates in the cluster\n[addons] Applied essential addon: CoreDNS\n[addons] Applied essential addon: kube-proxy\n\n[upgrade/successful] SUCCESS! Your cluster was upgraded to "${tv}". Enjoy!\n\n[upgrade/kubelet] Now that your control plane is upgraded, please proceed with upgrading your kubelets if you haven't already done so.\n`);
      return 0;
    }
    if (verb === 'node') {
      const cp = h.fs.isFile('/etc/kubernetes/manifests/kube-apiserver.yaml');
      out("[upgrade] Reading configuration from the cluster...\n[upgrade] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -o yaml'\n[preflight] Running pre-flight checks\n");
      yield { wait: 1000 };
      if (cp) {
        // phases/upgrade/node/controlplane.go: the instance goes to the kubeadm-config's kubernetesVersion, whatever
        // kubeadm's own version is (before `kubeadm upgrade apply` that is the version the node already runs)
        out("[preflight] Pulling images required for setting up a Kubernetes cluster\n[preflight] This might take a minute or two, depending on the speed of your internet connection\n[preflight] You can also perform this action in beforehand using 'kubeadm config images pull'\n" + '[upgrade] Upgrading your Static Pod-hosted control plane instance to version "' + c.version + '"...\n[upgrade] The control plane instance for this node was successfully updated!\n');
      } else out('[preflight] Skipping prepull. Not a control plane node.\n[upgrade] Skipping phase. Not a control plane node.\n');
      out(`[upgrade] Backing up kubelet config file to /etc/kubernetes/tmp/kubeadm-kubelet-config${c.rng.int(999999999)}/config.yaml\n[kubelet-start] Writing kubelet configuration to file "/var/lib/kubelet/config.yaml"\n[upgrade] The configuration for this node was successfully updated!\n[upgrade] Now you should go ahead and upgrade the kubelet package using your package manager.\n`);
      return 0;
    }
  }
  // the front let through only commands kubeadm has; these (completion, kubeconfig user, upgrade diff, the phases …)
  // are not modelled and answer as before
  return fatal(`unknown command "${sub}" for "kubeadm"${suggestions(sub, ROOT_COMMANDS)}\nTo see the stack trace of this error execute with --v=5 or higher`);
}

