/** kubectl autoscale: a HorizontalPodAutoscaler for a workload. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, usage } from '../../result';
import type { Parsed } from '../../cli';
import { admitCreate } from '../../../controllers/quota';

export function run(k: Kubectl, p: Parsed): KResult {
  const t = k.targets(p.args, p.path);
  if ('code' in t) return t;
  if (!t.length || !t[0].name) return fail(`error: required resource not specified\n${usage(p.path)}`);
  const max = p.flags.max as number | undefined;
  if (!max || max < 1) return fail(`error: --max=MAXPODS is required and must be at least 1, max: ${max ?? -1}\n${usage(p.path)}`);
  const o = k.find(t[0].r, k.ns(p), t[0].name);
  if (!o) return fail(k.notFound(t[0].r, t[0].name));
  const name = (p.flags.name as string) ?? o.metadata.name;
  if (k.c.get('HorizontalPodAutoscaler', k.ns(p), name)) return fail(`Error from server (AlreadyExists): horizontalpodautoscalers.autoscaling "${name}" already exists`);
  const min = (p.flags.min as number) ?? 1;
  if (min > max) return fail(`error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
  const d: any = { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name }, spec: { maxReplicas: max, minReplicas: min, scaleTargetRef: { apiVersion: 'apps/v1', kind: o.kind, name: o.metadata.name } } };
  const cpu = p.flags['cpu-percent'] as number | undefined;
  if (cpu !== undefined && cpu >= 0) d.spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: cpu } } }];
  else d.spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }];
  const denied = admitCreate(k.c, k.ns(p), d);
  if (denied) return fail(`Error from server (Forbidden): ${denied}`);
  k.createObject(d, k.ns(p), false);
  return ok(`horizontalpodautoscaler.autoscaling/${name} autoscaled\n`);
}
