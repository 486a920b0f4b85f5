// kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1]
import { base64, meta, sorted, sources, type Builder } from './build';

export const build: Builder = (p, io) => {
  const src = sources(p, io, 'Secret');
  if ('error' in src) return src;
  const data = src.data;
  const obj: Record<string, unknown> = { kind: 'Secret', apiVersion: 'v1', metadata: meta(p, p.args[0]) };
  const enc = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, base64(v)]));
  if (Object.keys(enc).length) obj.data = sorted(enc);
  if (typeof p.flags.type === 'string' && p.flags.type) obj.type = p.flags.type;
  return { resource: 'secret', obj };
};
