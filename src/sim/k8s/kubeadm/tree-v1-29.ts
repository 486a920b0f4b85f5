// kubeadm 1.29's command tree: 1.28's (tree.ts) with what 1.29 changed in the texts the tree holds, each from the
// source named beside it (tests/golden/kubeadm/DIFFERENCES.md says what else may differ).
import { TREE, type KFlag, type KNode } from './tree';
import { renewLong } from './texts';

/**
 * features.go's InitFeatureGates at 1.29 as KnownFeatures lists them: EtcdLearnerMode beta and on by default
 * (kubernetes PR 120228, "kubeadm: promote EtcdLearnerMode to beta", 1.29), PublicKeysECDSA deprecated (PR 120417,
 * which adds v1beta4's EncryptionAlgorithm); k8s.io/kubernetes@v1.29.4's cmd/kubeadm/app/features holds these four
 * gates, WaitForAllControlPlaneComponents coming in 1.30.
 */
export const FEATURE_GATES_DESC_V1_29 =
  'A set of key=value pairs that describe feature gates for various features. Options are:\nEtcdLearnerMode=true|false (BETA - default=true)\nPublicKeysECDSA=true|false (DEPRECATED - default=false)\nRootlessControlPlane=true|false (ALPHA - default=false)\nUpgradeAddonsBeforeControlPlane=true|false (DEPRECATED - default=false)';

/** The sentence kubernetes PR 120546 (1.29) appends to --certificate-key's usage in init.go and join.go. */
const KEY_FORMAT = ' The certificate key is a hex encoded string that is an AES key of size 32 bytes.';

/** init's phase list: 1.29 writes super-admin.conf in the kubeconfig phase (kubernetes PR 121305) */
const SUPER_ADMIN_PHASE = '  /super-admin                 Generate a kubeconfig file for the super-admin\n';

function build(): Record<string, KNode> {
  const t: Record<string, KNode> = {};
  const flag = (x: KFlag): KFlag => (x.name === 'feature-gates' ? { ...x, desc: FEATURE_GATES_DESC_V1_29 } : x);
  for (const [k, n] of Object.entries(TREE)) t[k] = { ...n, flags: n.flags.map(flag), ...(n.persistent ? { persistent: n.persistent.map(flag) } : {}) };
  for (const k of ['init', 'join']) t[k].flags = t[k].flags.map((x) => (x.name === 'certificate-key' ? { ...x, desc: x.desc + KEY_FORMAT } : x));
  const admin = '  /admin                       Generate a kubeconfig file for the admin to use and for kubeadm itself\n';
  if (!t.init.long?.includes(admin)) throw new Error('init phases changed');
  t.init = { ...t.init, long: t.init.long.replace(admin, admin + SUPER_ADMIN_PHASE) };
  // the renewal manager's super-admin.conf handler (its long name as kubeadm/certs.ts has it)
  const renew = t['certs renew admin.conf'];
  const what = 'certificate embedded in the kubeconfig file for the super-admin';
  t['certs renew super-admin.conf'] = { ...renew, short: `Renew the ${what}`, long: renewLong(what) };
  return t;
}

let tree: Record<string, KNode> | null = null;
/** kubeadm 1.29's tree (built once, when a 1.29 kubeadm first runs) */
export function treeV129(): Record<string, KNode> {
  return (tree ??= build());
}
