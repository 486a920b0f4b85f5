// kubectl create namespace NAME
import { meta, type Builder } from './build';

export const build: Builder = (p) => {
  const m = meta(p, p.args[0]);
  delete m.namespace;
  return { resource: 'namespace', obj: { kind: 'Namespace', apiVersion: 'v1', metadata: m, spec: {}, status: {} } };
};
