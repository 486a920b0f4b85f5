// kubectl create poddisruptionbudget NAME --selector=SELECTOR --min-available=N|--max-unavailable=N
import { meta, type Builder } from './build';

const intOrPercent = (v: string): number | string => (/^\d+$/.test(v) ? Number(v) : v);

export const build: Builder = (p) => {
  const labels: Record<string, string> = {};
  for (const kv of String(p.flags.selector ?? '').split(',').filter(Boolean)) {
    const i = kv.indexOf('=');
    labels[kv.slice(0, i)] = kv.slice(i + 1);
  }
  const spec: Record<string, unknown> = {};
  if (p.flags['min-available']) spec.minAvailable = intOrPercent(p.flags['min-available'] as string);
  spec.selector = { matchLabels: labels };
  if (p.flags['max-unavailable']) spec.maxUnavailable = intOrPercent(p.flags['max-unavailable'] as string);
  const status = { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 };
  return { resource: 'poddisruptionbudget.policy', obj: { kind: 'PodDisruptionBudget', apiVersion: 'policy/v1', metadata: meta(p, p.args[0]), spec, status } };
};
