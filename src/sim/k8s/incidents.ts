/**
 * The troubleshooting lab's start: the lab cluster a day after it was built, with six things wrong that
 * show only through what the cluster and the nodes report.
 * - m-k8s: /etc/containerd/config.toml regenerated from containerd's defaults (SystemdCgroup = false),
 *   so the control plane keeps restarting and kubectl is refused now and then.
 * - w1-k8s: cordoned after maintenance and left so; /etc/fstab has its swap line active again, which
 *   takes effect at the next reboot.
 * - w2-k8s: reset with kubeadm reset to be rebuilt; the join command saved the day the cluster was built,
 *   /root/kubeadm-join.sh on m-k8s, carries a token that expired after 24 hours.
 * - Deployment catalog: image ngnix:1.25, a typo (ImagePullBackOff once it can be scheduled).
 * - Deployment shop with Service shop whose selector says app=shop-web while the pods carry app=shop.
 */
import type { LabContext, LabStart } from '../registry';
import type { Host } from '../types';
import { clusterLab, LAB_DIR } from './labs';
import { k8sOf, nodeIp } from './world';
import { Kubectl } from './kubectl';
import { CONTAINERD_DEFAULT } from './runtime';

function guest(ctx: LabContext, name: string): Host {
  const project = ctx.world.project(LAB_DIR)!;
  return ctx.world.host(project.machines.get(name)!.hostId);
}

export async function incidentsLab(ctx: LabContext): Promise<LabStart> {
  const start = await clusterLab(ctx);
  const world = ctx.world;
  const st = k8sOf(world);
  const [m, w1, w2] = ['m-k8s', 'w1-k8s', 'w2-k8s'].map((n) => guest(ctx, n));
  const k = new Kubectl({ cluster: st.cluster, server: `https://${nodeIp(m)}:6443`, clientVersion: 'v1.28.15' });

  // the join command printed by kubeadm init, saved on the day the cluster was built
  const [token] = [...st.tokens.keys()];
  m.fs.write('/root/kubeadm-join.sh', `kubeadm join ${nodeIp(m)}:6443 --token ${token} \\\n\t--discovery-token-ca-cert-hash sha256:${st.caHash}\n`);

  // w2-k8s is reset to be rebuilt: its Node is deleted and its kubelet has no configuration left
  k.run(['drain', 'w2-k8s', '--ignore-daemonsets', '--delete-emptydir-data']);
  k.run(['delete', 'node', 'w2-k8s']);
  // the pod garbage collector removes the pods bound to a Node that no longer exists
  for (const p of st.cluster.list('Pod').filter((p) => p.spec?.nodeName === 'w2-k8s')) {
    k.run(['delete', 'pod', '-n', p.metadata.namespace ?? 'default', p.metadata.name, '--grace-period=0', '--force']);
  }
  for (const p of ['/etc/kubernetes/kubelet.conf', '/etc/kubernetes/pki', '/var/lib/kubelet/config.yaml', '/var/lib/kubelet/kubeadm-flags.env']) w2.fs.remove(p, true);
  st.hostOf.delete('w2-k8s');
  world.emit('unit-changed', { hostId: w2.id, unit: 'kubelet.service' });

  // a day passes: the bootstrap token expires
  world.advanceTo(world.now + 25 * 3600_000);

  // w1-k8s: cordoned and left so; swap back in /etc/fstab (active at the next boot)
  k.run(['cordon', 'w1-k8s']);
  const fstab = w1.fs.read('/etc/fstab');
  if (typeof fstab === 'string') w1.fs.write('/etc/fstab', fstab.replace(/^#(UUID=\S+\s+none\s+swap)/m, '$1'));

  // the applications
  k.run(['create', 'deployment', 'shop', '--image=nginx:1.25', '--replicas=2']);
  k.run(['expose', 'deployment', 'shop', '--port=80']);
  k.run(['patch', 'service', 'shop', '-p', '{"spec":{"selector":{"app":"shop-web"}}}']);
  k.run(['create', 'deployment', 'catalog', '--image=ngnix:1.25', '--replicas=2']);
  world.advanceTo(world.now + 5 * 60_000);

  // m-k8s: containerd's configuration regenerated from its defaults, containerd restarted
  m.fs.write('/etc/containerd/config.toml', CONTAINERD_DEFAULT.replace('pause:3.8', 'pause:3.9'));
  const unit = m.sys!.units.get('containerd.service')!;
  unit.since = world.now;
  world.emit('unit-changed', { hostId: m.id, unit: 'containerd.service' });
  world.advanceTo(world.now + 3 * 60_000);
  return start;
}
