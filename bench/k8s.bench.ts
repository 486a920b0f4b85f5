// Kubernetes figures: `kubectl get pods -A` on a 1,000-pod cluster (budget 5 ms), kubectl latency on the
// lab cluster, and the replay time of a full walkthrough (nodes lab → working 3-node cluster → workloads).
// Run alone: npx tsx bench/k8s.bench.ts
import { pathToFileURL } from 'node:url';
import { Cluster } from '../src/sim/k8s/cluster';
import { initCluster, joinNode } from '../src/sim/k8s/bootstrap';
import { Kubectl } from '../src/sim/k8s/kubectl';
import '../src/sim/k8s/register';
import { createSession } from '../src/sim/index';

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { runs: s.length, medianMs: r(at(0.5)), p99Ms: r(at(0.99)), maxMs: r(s[s.length - 1]) };
}

/** 12 workers, 100 deployments of 10 replicas: 1,000 workload pods plus the system pods. */
function bigCluster() {
  const c = new Cluster(42);
  initCluster(c, { node: 'm-k8s', ip: '192.168.56.10', version: 'v1.28.15', podCidr: '10.244.0.0/16' });
  for (let i = 1; i <= 12; i++) joinNode(c, `w${i}-k8s`, `192.168.56.${100 + i}`, 'v1.28.15');
  const k = new Kubectl({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15' });
  k.run(['apply', '-f', 'https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml']);
  c.advance(60_000);
  const t = performance.now();
  for (let i = 0; i < 100; i++) k.run(['create', 'deployment', `app${i}`, '--image=nginx:1.16.1', '--replicas=10']);
  c.advance(120_000);
  return { c, k, buildMs: performance.now() - t };
}

const PREP = [
  'sudo -i',
  'swapoff -a',
  'modprobe br_netfilter',
  'sysctl -w net.ipv4.ip_forward=1',
  'dnf config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo',
  'cat <<EOF > /etc/yum.repos.d/kubernetes.repo\n[kubernetes]\nname=Kubernetes\nbaseurl=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/\nenabled=1\ngpgcheck=1\ngpgkey=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/repodata/repomd.xml.key\nEOF',
  'dnf install -y containerd.io kubelet kubeadm kubectl iproute-tc',
  'containerd config default > /etc/containerd/config.toml',
  "sed -i 's/SystemdCgroup = false/SystemdCgroup = true/' /etc/containerd/config.toml",
  'systemctl enable --now containerd',
  'systemctl enable --now kubelet',
];

async function walkthrough(): Promise<{ ms: number; commands: number; nodesReady: number }> {
  const t = performance.now();
  let commands = 0;
  const s = await createSession({ lab: 'nodes', seed: 3 });
  const sh = async (l: string, answers?: string[]) => {
    commands++;
    return s.exec(l, { answers });
  };
  for (const l of PREP) await sh(l);
  const init = await sh('kubeadm init --pod-network-cidr=10.244.0.0/16 --apiserver-advertise-address=192.168.56.10');
  const join = /kubeadm join \S+ --token \S+ \\\n\t--discovery-token-ca-cert-hash \S+/.exec(init.stdout)![0].replace(' \\\n\t', ' ');
  for (const l of ['mkdir -p $HOME/.kube', 'cp -i /etc/kubernetes/admin.conf $HOME/.kube/config']) await sh(l);
  for (const w of ['w1-k8s', 'w2-k8s']) {
    await sh('exit');
    await sh('exit');
    await sh(`vagrant ssh ${w}`);
    for (const l of PREP) await sh(l);
    await sh(join);
  }
  await sh('exit');
  await sh('exit');
  await sh('vagrant ssh m-k8s');
  await sh('sudo -i');
  await sh('kubectl apply -f https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml');
  await s.advance(60_000);
  await sh('kubectl create deployment nginx --image=nginx --replicas=3');
  await sh('kubectl expose deployment nginx --port=80 --type=NodePort');
  await sh('kubectl rollout status deployment/nginx');
  await sh('kubectl scale deployment nginx --replicas=5');
  await sh('kubectl set image deployment/nginx nginx=nginx:1.16.1');
  await sh('kubectl rollout status deployment/nginx');
  await sh('kubectl rollout undo deployment/nginx');
  await sh('kubectl rollout status deployment/nginx');
  await sh('kubectl drain w1-k8s --ignore-daemonsets');
  await sh('kubectl uncordon w1-k8s');
  const nodes = (await sh('kubectl get nodes')).stdout;
  return { ms: Math.round(performance.now() - t), commands, nodesReady: (nodes.match(/ Ready /g) ?? []).length };
}

export default async function bench(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const { c, k, buildMs } = bigCluster();
  const pods = c.list('Pod').length;
  const samples: number[] = [];
  let lines = 0;
  for (let i = 0; i < 60; i++) {
    const t = performance.now();
    const r = k.run(['get', 'pods', '-A']);
    samples.push(performance.now() - t);
    lines = r.out.split('\n').length - 2;
  }
  const get = stats(samples.slice(10));
  out['k8s.getPodsAllNamespaces'] = { pods, rows: lines, ...get, budgetMs: 5, withinBudget: get.medianMs <= 5 };
  out['k8s.bigClusterBuildMs'] = Math.round(buildMs);
  const wide: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    k.run(['get', 'pods', '-A', '-o', 'wide']);
    wide.push(performance.now() - t);
  }
  out['k8s.getPodsAllNamespacesWide'] = stats(wide.slice(5));
  const labStart = performance.now();
  const s = await createSession({ lab: 'cluster', seed: 1 });
  out['k8s.clusterLabStartMs'] = Math.round(performance.now() - labStart);
  const lat: number[] = [];
  for (const l of ['kubectl get nodes', 'kubectl get pods -A', 'kubectl describe node w1-k8s', 'kubectl get all -A -o wide']) {
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await s.exec(l);
      lat.push(performance.now() - t);
    }
  }
  out['k8s.kubectlOnLabCluster'] = stats(lat);
  out['k8s.walkthroughReplay'] = await walkthrough();
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  bench().then((r) => console.log(JSON.stringify(r, null, 2)));
}
