/**
 * --kubernetes-version as kubeadm 1.28 resolves it (cmd/kubeadm/app/util/version.go KubernetesReleaseVersion and
 * util/config/common.go NormalizeKubernetesVersion): a version is taken as it is (a v added), a label such as the
 * default stable-1 is fetched from dl.k8s.io, and a remote version of a newer minor than kubeadm's falls back to
 * stable-<kubeadm's minor> with a klog line from version.go:256.
 */

/** kubeReleaseRegex */
const RELEASE = /^v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)([-0-9a-zA-Z_.+]*)?$/;
/** kubeBucketPrefixes and kubeReleaseLabelRegex */
const BUCKET = /^((release|ci)\/)?([-\w.+]+)$/;
const LABEL = /^((latest|stable)+(-[1-9](\.[1-9]([0-9])?)?)?)$/;
/** what dl.k8s.io's stable-1.txt answers (the simulator's fixed remote version) */
export const REMOTE_STABLE = 'v1.34.2';

export type Resolved = { version: string; fellBack: boolean } | { error: string };

const minor = (v: string) => Number(v.replace(/^v/, '').split('.')[1]);

/** The version kubeadm (of version `own`) deploys for `arg` (undefined: the flag's default, stable-1). */
export function resolveKubernetesVersion(arg: string | undefined, own: string): Resolved {
  const label = arg ?? 'stable-1';
  const direct = RELEASE.test(label) ? (label.startsWith('v') ? label : 'v' + label) : null;
  let version = direct;
  let fellBack = false;
  if (!version) {
    const m = BUCKET.exec(label);
    if (!m) return { error: `invalid version "${label}"` };
    const l = m[3];
    if (RELEASE.test(l)) version = l.startsWith('v') ? l : 'v' + l;
    else if (!LABEL.test(l)) return { error: `version "${label}" doesn't match patterns for neither semantic version nor labels (stable, latest, ...)` };
    else {
      // stable and stable-1 name the newest release, newer than kubeadm: it falls back to its own series,
      // whose newest patch is kubeadm's own (the last of its series); a series label answers that series
      const series = /-1\.(\d+)$/.exec(l);
      if (!series) fellBack = true;
      version = own;
    }
  }
  // NormalizeKubernetesVersion: the lowest control plane version is kubeadm's minor - 1
  const low = `1.${minor(own) - 1}.0`;
  if (minor(version) < minor(own) - 1 || Number(version.replace(/^v/, '').split('.')[0]) < 1)
    return { error: `this version of kubeadm only supports deploying clusters with the control plane version >= ${low}. Current version: ${version}` };
  return { version, fellBack };
}

/** the klog line of a fallback, after its stamp and pid */
export function fallbackLine(own: string): string {
  return `version.go:256] remote version is much newer: ${REMOTE_STABLE}; falling back to: stable-1.${minor(own)}`;
}
