/**
 * What `kubeadm upgrade plan [version]` offers, as kubeadm 1.28/1.29 compute it (cmd/kubeadm/app/phases/upgrade/
 * compute.go GetAvailableUpgrades, versiongetter.go, cmd/upgrade/plan.go):
 *   - with a version argument the OfflineVersionGetter answers every CI label ("stable", "stable-1.28") with it, so
 *     the argument is both the target and the "latest version in the v<cluster> series": a version above the cluster's
 *     is offered as a patch upgrade of the cluster's series (whatever its minor), one below or equal offers nothing;
 *   - no upgrade prints nothing more (plan.go logs "Awesome, you're up-to-date! Enjoy!" at --v=1 only), and neither
 *     the upgrade table nor the component config table;
 *   - the kubelet table shows only when some kubelet is not at the target (Upgrade.CanUpgradeKubelets), kubelet
 *     versions sorted as strings;
 *   - "Note: Before you can perform this upgrade, you have to update kubeadm to X." when kubeadm is older than X.
 * plan.go does not check the target against the version skew policy (apply does: upgrade/policy.go).
 */
import { renderRows } from '../format';
import { COMPONENTS, minorOf } from '../bootstrap';

type Sem = { nums: number[]; pre: string };

/** versionutil.ParseSemantic: [v]MAJOR.MINOR.PATCH[-pre][+build], or null */
export function parseSemantic(v: string): Sem | null {
  const m = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(v);
  return m ? { nums: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4] ?? '' } : null;
}

function cmp(a: Sem, b: Sem): number {
  for (let i = 0; i < 3; i++) if (a.nums[i] !== b.nums[i]) return a.nums[i] - b.nums[i];
  if (a.pre === b.pre) return 0;
  if (!a.pre) return 1;
  if (!b.pre) return -1;
  return a.pre < b.pre ? -1 : 1;
}

interface Upgrade {
  description: string;
  kube: string;
  kubeadm: string;
}

export interface PlanInput {
  cluster: string;
  kubeadm: string;
  /** the version argument, or the version the online getter would find */
  stable: string;
  /** the latest patch of the cluster's series (online), ignored when a version argument is given */
  latestPatch: string;
  arg?: string;
  kubelets: string[];
}

/** the "[upgrade/versions] ..." lines after kubeadm's version, and the plan itself */
export function planText(p: PlanInput): { versions: string; plan: string } {
  const cluster = parseSemantic(p.cluster)!;
  const kubeadm = parseSemantic(p.kubeadm)!;
  const stableStr = p.arg ?? p.stable;
  const stable = parseSemantic(stableStr);
  let versions = '';
  const upgrades: Upgrade[] = [];
  // an argument that is no version: the getter's error goes to the log and kubeadm's own version stands in
  const st = stable ?? kubeadm;
  const stStr = stable ? stableStr : p.kubeadm;
  if (stable) versions += `[upgrade/versions] Target version: ${stableStr}\n`;
  let canDoMinor = cmp(cluster, st) < 0;
  if (cmp(st, cluster) >= 0) {
    const branch = minorOf(p.cluster);
    const description = `version in the v${branch} series`;
    const patchStr = p.arg ?? p.latestPatch;
    const patch = parseSemantic(patchStr);
    if (patch) {
      versions += `[upgrade/versions] Latest ${description}: ${patchStr}\n`;
      canDoMinor = cmp(patch, st) < 0;
      if (cmp(cluster, patch) < 0) upgrades.push({ description, kube: patchStr, kubeadm: cmp(kubeadm, patch) >= 0 ? p.kubeadm : patchStr });
    }
  }
  if (canDoMinor) upgrades.push({ description: 'stable version', kube: stStr, kubeadm: stStr });
  versions += '\n';
  if (!upgrades.length) return { versions, plan: '' };
  const admMinor = minorOf(p.kubeadm);
  const ownTable = COMPONENTS[admMinor] ?? COMPONENTS['1.28'];
  const from = COMPONENTS[minorOf(p.cluster)] ?? COMPONENTS['1.28'];
  let plan = '';
  for (const u of upgrades) {
    // kubeadm's etcd table stops at its own minor: a later target gets its newest etcd
    const tMinor = Number(minorOf(u.kube).split('.')[1]);
    const etcd = (tMinor > Number(admMinor.split('.')[1]) ? ownTable : (COMPONENTS[minorOf(u.kube)] ?? ownTable)).etcd;
    const counts = new Map<string, number>();
    for (const v of p.kubelets) counts.set(v, (counts.get(v) ?? 0) + 1);
    const canKubelets = counts.size > 1 || (counts.size === 1 && !counts.has(u.kube));
    if (canKubelets) {
      const rows = [['COMPONENT', 'CURRENT', 'TARGET'], ...[...counts.keys()].sort().map((v, i) => [i ? '' : 'kubelet', `${counts.get(v)} x ${v}`, u.kube])];
      plan += `Components that must be upgraded manually after you have upgraded the control plane with 'kubeadm upgrade apply':\n${renderRows(rows, 3, 10)}\n\n`;
    }
    const comps = [
      ['COMPONENT', 'CURRENT', 'TARGET'],
      ['kube-apiserver', p.cluster, u.kube],
      ['kube-controller-manager', p.cluster, u.kube],
      ['kube-scheduler', p.cluster, u.kube],
      ['kube-proxy', p.cluster, u.kube],
      ['CoreDNS', from.coredns, ownTable.coredns],
      ['etcd', from.etcd, etcd],
    ];
    const unstable = parseSemantic(u.kube)?.pre ? (parseSemantic(u.kube)!.pre.startsWith('rc') ? ' --allow-release-candidate-upgrades' : ' --allow-experimental-upgrades') : '';
    plan += `Upgrade to the latest ${u.description}:\n\n${renderRows(comps, 3, 10)}\n\nYou can now apply the upgrade by executing the following command:\n\n\tkubeadm upgrade apply ${u.kube}${unstable}\n\n`;
    if (u.kubeadm !== p.kubeadm) plan += `Note: Before you can perform this upgrade, you have to update kubeadm to ${u.kubeadm}.\n\n`;
    plan += '_____________________________________________________________________\n\n';
  }
  plan += `\nThe table below shows the current state of component configs as understood by this version of kubeadm.\nConfigs that have a "yes" mark in the "MANUAL UPGRADE REQUIRED" column require manual config upgrade or\nresetting to kubeadm defaults before a successful upgrade can be performed. The version to manually\nupgrade to is denoted in the "PREFERRED VERSION" column.\n\n${renderRows([['API GROUP', 'CURRENT VERSION', 'PREFERRED VERSION', 'MANUAL UPGRADE REQUIRED'], ['kubeproxy.config.k8s.io', 'v1alpha1', 'v1alpha1', 'no'], ['kubelet.config.k8s.io', 'v1beta1', 'v1beta1', 'no']], 3, 10)}\n_____________________________________________________________________\n\n`;
  return { versions, plan };
}
