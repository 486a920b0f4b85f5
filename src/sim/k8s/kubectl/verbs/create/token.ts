/**
 * kubectl create token SERVICE_ACCOUNT: a TokenRequest for the account, printed as the API server's signed JWT.
 * The token has the shape kube-apiserver 1.28 gives it (RS256 header with the key id, the claims sorted by name:
 * aud, exp, iat, iss, kubernetes.io, nbf, sub; an hour unless --duration says otherwise), its bytes drawn from the
 * account's uid and the time, so it repeats for the same world. With -o the TokenRequest itself is printed.
 */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { fail, ok, type KResult } from '../../result';
import { Rng } from '../../../rand';
import { jsonpath, toYaml } from '../../../format';

export const ISSUER = 'https://kubernetes.default.svc.cluster.local';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function b64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
const noise = (rng: Rng, n: number) => Array.from({ length: n }, () => B64URL[rng.int(64)]).join('');

/** seconds from a Go duration such as 10m, 1h30m, 3600s, -1s (time.ParseDuration) */
function seconds(text: string): number | null {
  const sign = /^[-+]/.test(text) ? text[0] : '';
  const d = text.slice(sign.length);
  if (d === '0') return 0;
  const re = /(\d+(?:\.\d+)?)(h|ms|us|µs|ns|m|s)/gy;
  const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, µs: 1e-6, ns: 1e-9 };
  let total = 0;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(d))) {
    total += Number(m[1]) * unit[m[2]];
    end = re.lastIndex;
  }
  return end === d.length && end > 0 ? (sign === '-' ? -total : total) : null;
}

/** create token's Validate (kubectl 1.28 create_token.go): what it refuses before any request */
export function tokenUsage(p: Parsed): KResult | null {
  const raw = String(p.flags.duration ?? '0s');
  const dur = seconds(raw);
  if (dur === null) return fail(`error: invalid argument "${raw}" for "--duration" flag: time: invalid duration "${raw}"\nSee 'kubectl create token --help' for usage.`);
  if (dur < 0) return fail('error: --duration must be positive');
  if (dur !== Math.floor(dur)) return fail('error: --duration cannot be expressed in units less than seconds');
  if (((p.flags.audience as string[] | undefined) ?? []).some((a) => !a)) return fail('error: --audience must not be an empty string');
  const kind = (p.flags['bound-object-kind'] as string | undefined) ?? '';
  if (!kind) {
    if (p.flags['bound-object-name']) return fail('error: --bound-object-name can only be set if --bound-object-kind is provided');
    if (p.flags['bound-object-uid']) return fail('error: --bound-object-uid can only be set if --bound-object-kind is provided');
  } else {
    if (kind !== 'Pod' && kind !== 'Secret') return fail('error: supported --bound-object-kind values are Pod, Secret');
    if (!p.flags['bound-object-name']) return fail('error: --bound-object-name is required if --bound-object-kind is provided');
  }
  return null;
}

/**
 * The TokenRequest the API server answers (pkg/registry/core/serviceaccount/storage/token.go): the request with its
 * name, namespace, creation time and defaulted spec, and the status with the token. Printed as the typed object:
 * JSON in the struct's field order, YAML with sorted keys.
 */
function tokenRequest(name: string, ns: string, created: number, audiences: string[], seconds: number, bound: unknown, token: string): unknown {
  const time = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
  return {
    kind: 'TokenRequest',
    apiVersion: 'authentication.k8s.io/v1',
    metadata: { name, namespace: ns, creationTimestamp: time(created) },
    spec: { audiences, expirationSeconds: seconds, boundObjectRef: bound },
    status: { token, expirationTimestamp: time(created + seconds * 1000) },
  };
}

export function createToken(k: Kubectl, p: Parsed): KResult {
  const bad = tokenUsage(p);
  if (bad) return bad;
  const name = p.args[0];
  const ns = k.ns(p);
  const dur = seconds(String(p.flags.duration ?? '0s'))!;
  const sa = k.c.get('ServiceAccount', ns, name);
  const failed = (why: string) => fail(`error: failed to create token: ${why}`);
  if (!sa) return failed(`serviceaccounts "${name}" not found`);
  const audiences = ((p.flags.audience as string[] | undefined) ?? []).filter(Boolean);
  const exp = dur || 3600;
  if (exp < 600) return failed(`TokenRequest.authentication.k8s.io "" is invalid: spec.expirationSeconds: Invalid value: ${exp}: may not specify a duration less than 10 minutes`);
  if (exp > 2 ** 32) return failed(`TokenRequest.authentication.k8s.io "" is invalid: spec.expirationSeconds: Invalid value: ${exp}: may not specify a duration larger than 2^32 seconds`);
  // --bound-object-kind: the server reads the object, which must exist (and a pod must run as this account)
  const kind = (p.flags['bound-object-kind'] as string | undefined) ?? '';
  const boundName = (p.flags['bound-object-name'] as string | undefined) ?? '';
  const boundUid = (p.flags['bound-object-uid'] as string | undefined) ?? '';
  let bound: { kind: string; apiVersion: string; name: string; uid?: string } | null = null;
  let boundRef: { name: string; uid: string } | null = null;
  if (kind) {
    const o = k.c.get(kind, ns, boundName);
    if (!o) return failed(`${kind === 'Pod' ? 'pods' : 'secrets'} "${boundName}" not found`);
    if (kind === 'Pod' && (o.spec?.serviceAccountName ?? 'default') !== name) return failed(`cannot bind token for serviceaccount "${name}" to pod running with different serviceaccount name.`);
    if (boundUid && boundUid !== o.metadata.uid)
      return failed(`Operation cannot be fulfilled on ${kind} "${boundName}": the UID in the bound object reference (${boundUid}) does not match the UID in record. The object might have been deleted and then recreated`);
    bound = { kind, apiVersion: 'v1', name: boundName, ...(boundUid ? { uid: boundUid } : {}) };
    boundRef = { name: boundName, uid: o.metadata.uid };
  }
  const iat = Math.floor(k.c.t / 1000);
  const rng = new Rng(`${sa.metadata.uid}/${iat}/${audiences.join(',')}/${dur}`);
  const kid = noise(new Rng(`kid/${k.c.endpoint}`), 43);
  const header = b64url(JSON.stringify({ alg: 'RS256', kid }));
  const aud = audiences.length ? audiences : [ISSUER];
  const claims = {
    aud,
    exp: iat + exp,
    iat,
    iss: ISSUER,
    'kubernetes.io': { namespace: ns, ...(boundRef ? { [kind === 'Pod' ? 'pod' : 'secret']: boundRef } : {}), serviceaccount: { name, uid: sa.metadata.uid } },
    nbf: iat,
    sub: `system:serviceaccount:${ns}:${name}`,
  };
  // an RSA-2048 signature: 256 bytes, 342 characters of base64url
  const token = `${header}.${b64url(JSON.stringify(claims))}.${noise(rng, 342)}`;
  const out = p.flags.output as string | undefined;
  if (out) {
    const tr = tokenRequest(name, ns, iat * 1000, aud, exp, bound, token);
    if (out === 'yaml') return ok(toYaml(tr) + '\n');
    if (out === 'json') return ok(JSON.stringify(tr, null, 4) + '\n');
    if (out === 'name') return ok(`tokenrequest.authentication.k8s.io/${name}\n`);
    if (out.startsWith('jsonpath=')) {
      const r = jsonpath(out.slice(9), tr);
      return 'error' in r ? fail(r.error) : ok(r.out);
    }
  }
  // on a terminal with a newline after it; into a pipe or a file the token alone
  return ok(k.env.tty === false ? token : `${token}\n`);
}
