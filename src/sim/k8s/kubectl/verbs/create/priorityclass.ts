// kubectl create priorityclass NAME --value=VALUE [--global-default=bool] [--description=string]
import { meta, type Builder } from './build';

export const build: Builder = (p) => {
  const m = meta(p, p.args[0]);
  delete m.namespace;
  const obj: Record<string, unknown> = { kind: 'PriorityClass', apiVersion: 'scheduling.k8s.io/v1', metadata: m, value: p.flags.value };
  if (p.flags['global-default']) obj.globalDefault = true;
  if (p.flags.description) obj.description = p.flags.description;
  obj.preemptionPolicy = (p.flags['preemption-policy'] as string | undefined) || 'PreemptLowerPriority';
  return { resource: 'priorityclass.scheduling.k8s.io', obj };
};
