/**
 * What 1.29 changes in a component's help data of 1.28 (the *-v1-28.ts modules): the feature gates that
 * --feature-gates lists, and flags added to a named flag set. The *-v1-29.ts modules apply them; their sources are
 * named there.
 */
import { KNOWN_FEATURES_V1_29 } from './feature-gates-v1-29';

type Line = [string, string];
type Sections = [string, Line[]][];

const GATE = /^[A-Za-z0-9]+=true\|false \((ALPHA|BETA) - default=(true|false)\)$/;

/** the --feature-gates usage with 1.29's gates in place of 1.28's (the text around the list is kept) */
function withGates(usage: string): string {
  const lines = usage.split('\n');
  const first = lines.findIndex((l) => GATE.test(l));
  let last = first;
  while (last + 1 < lines.length && GATE.test(lines[last + 1])) last++;
  if (first < 0) throw new Error('no feature gate list');
  return [...lines.slice(0, first), ...KNOWN_FEATURES_V1_29, ...lines.slice(last + 1)].join('\n');
}

const nameOf = (l: string) => l.trim().replace(/^-\w, /, '').split(/[ [=]/)[0].replace(/^--/, '');

/** the sections with 1.29's gates and the added flags (by section name), each section kept sorted by flag name */
export function sections129(base: Sections, added: Record<string, Line[]> = {}): Sections {
  return base.map(([name, lines]) => {
    const kept = lines.map(([l, u]): Line => (nameOf(l) === 'feature-gates' ? [l, withGates(u)] : [l, u]));
    const all = [...kept, ...(added[name] ?? [])];
    return [name, all.sort((a, b) => (nameOf(a[0]) < nameOf(b[0]) ? -1 : nameOf(a[0]) > nameOf(b[0]) ? 1 : 0))];
  });
}

/** the parser's flag list (name:kind[:shorthand], sorted) with the added flags */
export function flags129(base: string, added: string[]): string {
  return [...base.split(' '), ...added].sort((a, b) => (a.split(':')[0] < b.split(':')[0] ? -1 : 1)).join(' ');
}

/** component-base's metrics Options.AddFlags at 1.29: --allow-metric-labels-manifest (not in the 1.28.7 tree) */
export const ALLOW_METRIC_LABELS_MANIFEST: Line = [
  '      --allow-metric-labels-manifest string',
  'The path to the manifest file that contains the allow-list mapping. The format of the file is the same as the flag --allow-metric-labels. Note that the flag --allow-metric-labels will override the manifest file.',
];
