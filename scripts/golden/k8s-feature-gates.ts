/**
 * The feature gates a v1.28/1.29 Kubernetes component's `--feature-gates` help lists: featuregate's KnownFeatures() of
 * the global gate (utilfeature.DefaultMutableFeatureGate), which the component's binary fills from
 *   pkg/features/kube_features.go                                  defaultKubernetesFeatureGates (init)
 *   staging/src/k8s.io/apiserver/pkg/features/kube_features.go     imported by pkg/features (init)
 *   staging/src/k8s.io/apiextensions-apiserver/pkg/features/kube_features.go   likewise
 *   staging/src/k8s.io/component-base/logs/api/v1/kube_features.go  logsapi.AddFeatureGates (kubelet, apiserver, …)
 *   staging/src/k8s.io/component-base/metrics/features/kube_features.go  ComponentSLIs (pkg/kubelet/server's init,
 *                                                                    apiserver's server/config.go init, the others)
 *   staging/src/k8s.io/component-base/featuregate/feature_gate.go  AllAlpha, AllBeta
 * KnownFeatures leaves out GA and Deprecated gates and sorts "Name=true|false (STAGE - default=bool)".
 *
 *   npx tsx scripts/golden/k8s-feature-gates.ts <kubernetes git dir> [rev]   (prints the gates as JSON)
 */
import { execSync } from 'node:child_process';

export type Gate = [name: string, stage: 'ALPHA' | 'BETA', on: boolean];

export function featureGates(repo: string, rev = 'HEAD'): Gate[] {
  const show = (p: string) => execSync(`git -C ${repo} show ${rev}:${p}`, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const files = [
    'pkg/features/kube_features.go',
    'staging/src/k8s.io/apiserver/pkg/features/kube_features.go',
    'staging/src/k8s.io/apiextensions-apiserver/pkg/features/kube_features.go',
    'staging/src/k8s.io/component-base/logs/api/v1/kube_features.go',
    'staging/src/k8s.io/component-base/metrics/features/kube_features.go',
  ].map(show);
  // Ident featuregate.Feature = "Name" and plain boolean constants (contextualLoggingDefault = false)
  const names = new Map<string, string>();
  const bools = new Map<string, boolean>();
  for (const src of files) {
    for (const m of src.matchAll(/^\s*(\w+)\s+featuregate\.Feature\s*=\s*"(\w+)"/gm)) names.set(m[1], m[2]);
    for (const m of src.matchAll(/^\s*(\w+)\s*=\s*(true|false)\s*$/gm)) bools.set(m[1], m[2] === 'true');
  }
  const gates = new Map<string, Gate | null>([
    ['AllAlpha', ['AllAlpha', 'ALPHA', false]],
    ['AllBeta', ['AllBeta', 'BETA', false]],
  ]);
  const entry = /^\s*(?:\w+\.)?(\w+):\s*\{Default:\s*(\w+),\s*PreRelease:\s*featuregate\.(\w+)/gm;
  for (const src of files) {
    for (const m of src.matchAll(entry)) {
      const name = names.get(m[1]);
      if (!name) throw new Error(`no feature constant ${m[1]}`);
      const on = m[2] === 'true' ? true : m[2] === 'false' ? false : bools.get(m[2]);
      if (on === undefined) throw new Error(`no default ${m[2]}`);
      const stage = m[3];
      gates.set(name, stage === 'Alpha' || stage === 'Beta' ? [name, stage.toUpperCase() as 'ALPHA' | 'BETA', on] : null);
    }
  }
  const known = [...gates.values()].filter((g): g is Gate => !!g);
  // sort.Strings over the formatted lines
  const line = ([n, s, on]: Gate) => `${n}=true|false (${s} - default=${on})`;
  return known.sort((a, b) => (line(a) < line(b) ? -1 : line(a) > line(b) ? 1 : 0));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const repo = process.argv[2];
  if (!repo) {
    console.error('usage: k8s-feature-gates.ts <kubernetes git dir> [rev]');
    process.exit(2);
  }
  console.log(JSON.stringify(featureGates(repo, process.argv[3])));
}
