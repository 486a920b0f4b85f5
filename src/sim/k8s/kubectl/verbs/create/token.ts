/**
 * kubectl create token SERVICE_ACCOUNT: a TokenRequest for the account, printed as the API server's signed JWT.
 * The token has the shape kube-apiserver 1.28 gives it (RS256 header with the key id, the claims sorted by name:
 * aud, exp, iat, iss, kubernetes.io, nbf, sub; an hour unless --duration says otherwise), its bytes drawn from the
 * account's uid and the time, so it repeats for the same world.
 */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { fail, ok, type KResult } from '../../result';
import { Rng } from '../../../rand';

const ISSUER = 'https://kubernetes.default.svc.cluster.local';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function b64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
const noise = (rng: Rng, n: number) => Array.from({ length: n }, () => B64URL[rng.int(64)]).join('');

/** seconds from a Go duration such as 10m, 1h30m, 3600s */
function seconds(d: string): number | null {
  if (d === '0') return 0;
  const re = /(\d+(?:\.\d+)?)(h|m|s|ms|us|µs|ns)/gy;
  const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, µs: 1e-6, ns: 1e-9 };
  let total = 0;
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(d))) {
    total += Number(m[1]) * unit[m[2]];
    end = re.lastIndex;
  }
  return end === d.length && end > 0 ? total : null;
}

export function createToken(k: Kubectl, p: Parsed): KResult {
  const name = p.args[0];
  const ns = k.ns(p);
  const raw = String(p.flags.duration ?? '0s');
  const dur = seconds(raw);
  if (dur === null) return fail(`error: invalid argument "${raw}" for "--duration" flag: time: invalid duration "${raw}"\nSee 'kubectl create token --help' for usage.`);
  if (dur < 0) return fail('error: --duration must be greater than or equal to 0');
  if (dur !== Math.floor(dur)) return fail('error: --duration cannot be expressed in units smaller than seconds');
  const sa = k.c.get('ServiceAccount', ns, name);
  if (!sa) return fail(`error: failed to create token: serviceaccounts "${name}" not found`);
  const audiences = ((p.flags.audience as string[] | undefined) ?? []).filter(Boolean);
  const iat = Math.floor(k.c.t / 1000);
  const exp = iat + (dur || 3600);
  const rng = new Rng(`${sa.metadata.uid}/${iat}/${audiences.join(',')}/${dur}`);
  const kid = noise(new Rng(`kid/${k.c.endpoint}`), 43);
  const header = b64url(JSON.stringify({ alg: 'RS256', kid }));
  const claims = {
    aud: audiences.length ? audiences : [ISSUER],
    exp,
    iat,
    iss: ISSUER,
    'kubernetes.io': { namespace: ns, serviceaccount: { name, uid: sa.metadata.uid } },
    nbf: iat,
    sub: `system:serviceaccount:${ns}:${name}`,
  };
  // an RSA-2048 signature: 256 bytes, 342 characters of base64url
  return ok(`${header}.${b64url(JSON.stringify(claims))}.${noise(rng, 342)}\n`);
}
