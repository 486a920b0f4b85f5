// kubectl create job NAME --image=image [-- COMMAND args...], or --from=cronjob/NAME (createJobFromCronJob)
import { jobTemplate, meta, type Builder } from './build';
import { clone } from '../../../objects';

export const build: Builder = (p, io) => {
  const name = p.args[0];
  const from = p.flags.from as string | undefined;
  if (from !== undefined) {
    const got = io.lookup?.(from, io.ns ?? 'default');
    if (!got) return { error: 'error: from must be an existing cronjob' };
    if ('error' in got) return got;
    const cj = got.obj;
    if (cj.kind !== 'CronJob') return { error: `error: unknown object type *v1.${cj.kind}` };
    const tmpl = cj.spec?.jobTemplate ?? {};
    const m: any = { name };
    if (typeof p.flags.namespace === 'string') m.namespace = p.flags.namespace;
    m.creationTimestamp = null;
    if (tmpl.metadata?.labels) m.labels = clone(tmpl.metadata.labels);
    m.annotations = { 'cronjob.kubernetes.io/instantiate': 'manual', ...(tmpl.metadata?.annotations ?? {}) };
    m.ownerReferences = [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name, uid: cj.metadata.uid, controller: true }];
    return { resource: 'job.batch', obj: { kind: 'Job', apiVersion: 'batch/v1', metadata: m, spec: clone(tmpl.spec ?? {}), status: {} } };
  }
  return { resource: 'job.batch', obj: { kind: 'Job', apiVersion: 'batch/v1', metadata: meta(p, name), spec: { template: jobTemplate(p, name, 'Never') }, status: {} } };
};
