// Making keys, requests and certificates as OpenSSL 3.2's apps write them: genrsa and genpkey (PKCS#8 "PRIVATE KEY",
// apps/genrsa.c, genpkey.c), ecparam -genkey (SEC 1 "EC PRIVATE KEY" after "EC PARAMETERS"), req -new / -newkey
// (a PKCS#10 request: version 0, the -subj name with UTF8String values (openssl.cnf's string_mask = utf8only) and
// PrintableString for C, an empty attribute set, sha256WithRSAEncryption or ecdsa-with-SHA256), and x509 -req with
// -CA (a v3 certificate, as 3.2 always makes: the request's subject and key, the CA's subject as issuer, a 159-bit
// serial, validity from now for -days (default 30), and do_X509_sign's default subject key id (SHA-1 of the key)
// and authority key id (the CA's key id)). Keys and signatures are derived from labels, as the cluster's PKI's are
// (src/sim/k8s/pki/DIFFERENCES.md): an RSA key's numbers do not satisfy RSA; a P-256 pair is real.
import type { CommandContext } from '../../context';
import { bits, children, concat, content, explicit, int, nul, octets, oid, pem, read, seq, set, text, time, uint, TAG, type Bytes } from '../../k8s/pki/der';
import { derive, ecKey, OID, rsaKey, sha1, signature, type KeyPair } from '../../k8s/pki/x509';
import { subjectKeyIdOf, type Certificate } from '../../k8s/pki/parse';

export const SIG = { rsa: '1.2.840.113549.1.1.11', ec: '1.2.840.10045.4.3.2' } as const;

/** how many keys each world has made (a count, not a draw: the world's random numbers stay as they were) */
const made = new WeakMap<object, number>();

/** A key made for a file at a moment: its label holds the world's seed, the host, the file, the time and a count. */
export function makeKey(ctx: CommandContext, kind: 'rsa' | 'ec', where: string): KeyPair {
  const n = (made.get(ctx.world) ?? 0) + 1;
  made.set(ctx.world, n);
  const label = `openssl/${ctx.world.seed}/${ctx.host.id}/${where}/${ctx.world.now}/${n}`;
  return kind === 'rsa' ? rsaKey(label) : ecKey(label);
}

/** PKCS#8 PrivateKeyInfo (what 3.x writes as "PRIVATE KEY"); the EC key inside leaves its curve to the algorithm. */
export function pkcs8(k: KeyPair): Bytes {
  if (k.kind === 'rsa') return seq(int(0), seq(oid(OID.rsaEncryption), nul()), octets(k.privateDer));
  const parts = children(read(k.privateDer));
  const inner = seq(...parts.filter((p) => p.tag !== 0xa0).map((p) => k.privateDer.slice(p.start, p.end)));
  return seq(int(0), seq(oid(OID.ecPublicKey), oid(OID.prime256v1)), octets(inner));
}

/**
 * The progress BN_GENCB prints while RSA primes are searched (apps' progress callback: '.' a candidate, '+' a test
 * passed, '*' after the first prime, a newline after the second). The real marks are random; these are derived.
 */
export function progress(k: KeyPair): string {
  const d = derive(`${k.label}/progress`, 64);
  let out = '';
  for (let prime = 0; prime < 2; prime++) {
    const n = 4 + (d[prime] % 20);
    for (let i = 0; i < n; i++) out += '.'.repeat(1 + (d[(prime * 24 + i + 2) % 64] % 6)) + '+';
    out += '+'.repeat(64) + (prime ? '\n' : '*');
  }
  return out;
}

export type Rdn = [short: string, value: string];
const NAME_OIDS: Record<string, string> = { CN: '2.5.4.3', C: '2.5.4.6', L: '2.5.4.7', ST: '2.5.4.8', O: '2.5.4.10', OU: '2.5.4.11', emailAddress: '1.2.840.113549.1.9.1', serialNumber: '2.5.4.5', DC: '0.9.2342.19200300.100.1.25' };

/**
 * -subj "/CN=jane/O=dev" (parse_name in apps/lib/apps.c): the attributes in order; an unknown one is skipped with a
 * warning. A name that does not start with '/' is refused with the message.
 */
export function parseSubj(s: string, prog: string): { name: Rdn[]; warnings: string } | { error: string } {
  if (!s.startsWith('/')) return { error: `${prog}: subject name is expected to be in the format /type0=value0/type1=value1/type2=... where characters may be escaped by \\. This name is not in that format: '${s}'\n` };
  const name: Rdn[] = [];
  let warnings = '';
  for (const part of s.slice(1).split(/(?<!\\)\//)) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    if (!NAME_OIDS[key]) {
      warnings += `${prog} warning: Skipping unknown subject name attribute "${key}"\n`;
      continue;
    }
    const value = part.slice(eq + 1).replace(/\\(.)/g, '$1');
    if (eq >= 0 && value) name.push([key, value]);
  }
  return { name, warnings };
}

export function encodeSubj(name: Rdn[]): Bytes {
  return seq(...name.map(([k, v]) => set(seq(oid(NAME_OIDS[k]), text(k === 'C' ? TAG.PRINTABLE : k === 'emailAddress' || k === 'DC' ? TAG.IA5 : TAG.UTF8, v)))));
}

/** The signature algorithm and signature value a key makes over `tbs`. */
function signWith(key: { kind: 'rsa' | 'ec'; keyId: Bytes }, tbs: Bytes): Bytes[] {
  if (key.kind === 'rsa') return [seq(oid(SIG.rsa), nul()), bits(signature(key.keyId, tbs))];
  const raw = signature(key.keyId, tbs);
  return [seq(oid(SIG.ec)), bits(seq(uint(raw.slice(0, 32)), uint(raw.slice(32, 64))))];
}

/** The subjectPublicKey bits of a SubjectPublicKeyInfo. */
export function publicBitsOf(spki: Bytes): Bytes {
  const [, key] = children(read(spki));
  return content(key).slice(1);
}

/** A PKCS#10 request as req -new writes it. */
export function buildRequest(name: Bytes, spki: Bytes, kind: 'rsa' | 'ec'): Bytes {
  const info = seq(int(0), name, spki, explicit(0, new Uint8Array()));
  return seq(info, ...signWith({ kind, keyId: sha1(publicBitsOf(spki)) }, info));
}

export interface Signing {
  subject: Bytes;
  spki: Bytes;
  /** the issuer's name and key id (the CA's, or the request's own for -key) */
  issuer: Bytes;
  issuerKeyId: Bytes;
  /** signed with the key the certificate carries: no authority key id (do_X509_sign's self_sign) */
  selfSigned: boolean;
  signerKind: 'rsa' | 'ec';
  serial: Bytes;
  notBefore: number;
  days: number;
}

/** The certificate x509 -req makes: v3 with the default subject key id and, unless self-signed, authority key id. */
export function signRequest(s: Signing): Bytes {
  const ext = (id: string, value: Bytes) => seq(oid(id), octets(value));
  const exts = [ext(OID.ski, octets(sha1(publicBitsOf(s.spki))))];
  if (!s.selfSigned) exts.push(ext(OID.aki, seq(concat([Uint8Array.of(0x80, s.issuerKeyId.length), s.issuerKeyId]))));
  const alg = s.signerKind === 'rsa' ? seq(oid(SIG.rsa), nul()) : seq(oid(SIG.ec));
  const tbs = seq(explicit(0, int(2)), uint(s.serial), alg, s.issuer, seq(time(s.notBefore), time(s.notBefore + s.days * 86400_000)), s.subject, s.spki, explicit(3, seq(...exts)));
  return seq(tbs, ...signWith({ kind: s.signerKind, keyId: s.issuerKeyId }, tbs));
}

/** The key id a CA certificate names itself by (its subject key id, else the SHA-1 of its key). */
export const keyIdOf = (c: Certificate) => subjectKeyIdOf(c) ?? sha1(publicBitsOf(c.spki));

/** A serial as rand_serial makes it (159 random bits, so the top bit is clear), derived. */
export function randSerial(label: string): Bytes {
  const b = derive(`${label}/serial`, 20);
  b[0] &= 0x7f;
  return b;
}

export const hexSerial = (b: Bytes) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('').replace(/^(00)+(?=.)/, '').toUpperCase();

export const pemOf = pem;
