// kubectl create job NAME --image=image [-- COMMAND args...]
import { jobTemplate, meta, type Builder } from './build';

export const build: Builder = (p) => {
  const name = p.args[0];
  return { resource: 'job.batch', obj: { kind: 'Job', apiVersion: 'batch/v1', metadata: meta(p, name), spec: { template: jobTemplate(p, name, 'Never') }, status: {} } };
};
