/**
 * The command line shared by the scripts/golden/kube-*-flags.ts generators:
 *
 *   npx tsx scripts/golden/<component>-flags.ts <kubernetes git dir> [rev] [tree version, default v1.28.7]
 *
 * The tree version (the tag the tree was cut from, e.g. v1.29.15) names the data module written
 * (src/sim/k8s/components/data/<component>-v1-<minor>.ts, which components/run.ts loads for an image of that minor
 * version) and the header's words. The feature gates are those k8s-feature-gates.ts reads from the tree, plus the
 * gates the later patches of that minor version added where the tree predates them (PATCH_GATES).
 */
import { execSync } from 'node:child_process';
import path from 'node:path';
import { featureGates, type Gate } from './k8s-feature-gates';

/**
 * Gates a minor version's later patches added that an older tree of it lacks. 1.28: the release-1.28 cherry-picks
 * of March 2024 (kubernetes PRs 123693 and 123973, after the v1.28.7 tree), which the lab's 1.28.15 has
 * (kubelet/DIFFERENCES.md says how the kubelet's list was checked).
 */
const PATCH_GATES: Record<string, Gate[]> = {
  '28': [
    ['SeparateCacheWatchRPC', 'BETA', true],
    ['WatchFromStorageWithoutResourceVersion', 'BETA', false],
  ],
};

export interface Target {
  repo: string;
  rev: string;
  /** the tree's tag, v1.28.7 */
  tree: string;
  /** its minor version, "28" */
  minor: string;
  /** the text of a path at rev */
  show: (p: string) => string;
  /** KnownFeatures() of the global gate, sorted as it prints them */
  gates: Gate[];
  /** the data module a component's help is written to */
  out: (component: string) => string;
}

const line = ([n, s, on]: Gate) => `${n}=true|false (${s} - default=${on})`;

export function target(script: string): Target {
  const [repo, rev = 'HEAD', tree = 'v1.28.7'] = process.argv.slice(2);
  const minor = /^v1\.(\d+)\.\d+$/.exec(tree)?.[1];
  if (!repo || !minor) {
    console.error(`usage: ${script} <kubernetes git dir> [rev] [tree version, e.g. v1.29.15]`);
    process.exit(2);
  }
  const show = (p: string) => execSync(`git -C ${repo} show ${rev}:${p}`, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const read = featureGates(repo, rev);
  const have = new Set(read.map(([n]) => n));
  const gates = [...read, ...(PATCH_GATES[minor] ?? []).filter(([n]) => !have.has(n))].sort((a, b) => (line(a) < line(b) ? -1 : line(a) > line(b) ? 1 : 0));
  const root = path.resolve(import.meta.dirname, '../..');
  return { repo, rev, tree, minor, show, gates, out: (component) => path.join(root, `src/sim/k8s/components/data/${component}-v1-${minor}.ts`) };
}

/** the --feature-gates usage every component prints (featuregate's AddFlag) */
export const gatesUsage = (gates: Gate[]) => 'A set of key=value pairs that describe feature gates for alpha/experimental features. Options are:\n' + gates.map(line).join('\n');
