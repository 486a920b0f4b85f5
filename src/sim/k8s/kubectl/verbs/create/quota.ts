// kubectl create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2]
import { meta, sorted, type Builder } from './build';

export const build: Builder = (p) => {
  const hard: Record<string, string> = {};
  for (const kv of String(p.flags.hard ?? '').split(',').filter(Boolean)) {
    const i = kv.indexOf('=');
    hard[kv.slice(0, i)] = kv.slice(i + 1);
  }
  const spec: Record<string, unknown> = {};
  if (Object.keys(hard).length) spec.hard = sorted(hard);
  const scopes = String(p.flags.scopes ?? '').split(',').filter(Boolean);
  if (scopes.length) spec.scopes = scopes;
  return { resource: 'resourcequota', obj: { kind: 'ResourceQuota', apiVersion: 'v1', metadata: meta(p, p.args[0]), spec, status: {} } };
};
