// kubectl create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2]
import { meta, sorted, type Builder } from './build';
import { canonicalQuantity } from '../../../quantity';

/** resource.ParseQuantity's format check */
const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

export const build: Builder = (p) => {
  // populateResourceListV1: resource=value pairs, each value a quantity, held as the typed ResourceList prints it
  const hard: Record<string, string> = {};
  for (const kv of String(p.flags.hard ?? '').split(',').filter(Boolean)) {
    const parts = kv.split('=');
    if (parts.length !== 2) return { error: `error: Invalid argument syntax ${kv}, expected <resource>=<value>` };
    if (!QUANTITY.test(parts[1])) return { error: "error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'" };
    hard[parts[0]] = String(canonicalQuantity(parts[1]));
  }
  const spec: Record<string, unknown> = {};
  if (Object.keys(hard).length) spec.hard = sorted(hard);
  const scopes = String(p.flags.scopes ?? '').split(',').filter(Boolean);
  if (scopes.length) spec.scopes = scopes;
  return { resource: 'resourcequota', obj: { kind: 'ResourceQuota', apiVersion: 'v1', metadata: meta(p, p.args[0]), spec, status: {} } };
};
