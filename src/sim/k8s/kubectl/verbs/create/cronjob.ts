// kubectl create cronjob NAME --image=image --schedule='0/5 * * * ?' [--restart=OnFailure|Never] [-- COMMAND args...]
import { jobTemplate, meta, type Builder } from './build';

export const build: Builder = (p) => {
  const name = p.args[0];
  const restart = (p.flags.restart as string | undefined) || 'OnFailure';
  if (restart !== 'OnFailure' && restart !== 'Never') return { error: `error: restart policy must be one of: OnFailure,Never` };
  const jobTemplateSpec = { metadata: { name, creationTimestamp: null }, spec: { template: jobTemplate(p, name, restart) } };
  return { resource: 'cronjob.batch', obj: { kind: 'CronJob', apiVersion: 'batch/v1', metadata: meta(p, name), spec: { schedule: p.flags.schedule, jobTemplate: jobTemplateSpec }, status: {} } };
};
