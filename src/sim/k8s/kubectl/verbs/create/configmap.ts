// kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--from-env-file=source]
import { meta, sorted, sources, type Builder } from './build';

export const build: Builder = (p, io) => {
  const src = sources(p, io);
  if ('error' in src) return src;
  const data = src.data;
  const obj: Record<string, unknown> = { kind: 'ConfigMap', apiVersion: 'v1', metadata: meta(p, p.args[0]) };
  if (Object.keys(data).length) obj.data = sorted(data);
  return { resource: 'configmap', obj };
};
