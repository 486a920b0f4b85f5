/**
 * What `kube-scheduler --help` prints (v1.29): 1.28's (kube-scheduler-v1-28.ts, read from the v1.28.7 tree) with what
 * the kubernetes website's generated kube-scheduler reference for v1.29 shows changed: the feature gates
 * (feature-gates-v1-29.ts) and the metrics flag set's --allow-metric-labels-manifest (component-base's
 * metrics/options.go). Every other flag and text of that reference reads as 1.28's (components/DIFFERENCES.md names
 * the differences of the generator's own rendering that were set aside).
 */
import * as v128 from './kube-scheduler-v1-28';
import { ALLOW_METRIC_LABELS_MANIFEST, flags129, sections129 } from './v1-29-diff';

export const LONG = v128.LONG;
export const USE = v128.USE;
export const FLAGS = flags129(v128.FLAGS, ['allow-metric-labels-manifest:v']);
export const DEPRECATED: Record<string, string> = v128.DEPRECATED;
export const SECTIONS = sections129(v128.SECTIONS, { Metrics: [ALLOW_METRIC_LABELS_MANIFEST] });
