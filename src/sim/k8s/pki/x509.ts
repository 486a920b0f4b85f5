// X.509 v3 certificates (RFC 5280) as Go's crypto/x509 CreateCertificate lays them out: version 3, the serial,
// sha256WithRSAEncryption, names one attribute per RDN (Organization before CommonName, PrintableString when it
// can), UTCTime validity, and the extensions in Go's order (key usage, extended key usage, basic constraints,
// subject key id, authority key id, subject alternative names). A CA gets a subject key id (SHA-1 of its public
// key's bits, as Go computes it) and a leaf the authority key id of its issuer.
//
// RSA keys and signatures are not computed: an RSA key is bytes derived from a label by SHA-256 in counter mode (a
// modulus of 2048 bits with its top bit set, exponent 65537) and a signature is bytes derived from the issuer's key
// id and the hash of what it signs; the structure is the real one, the numbers do not satisfy RSA. An EC P-256
// pair is real: its scalar is derived, its point computed (p256.ts).
import { DIGESTS } from '../../commands/coreutils/md5sum/digest';
import { publicPoint, scalarOf } from './p256';
import { bits, bool, concat, explicit, goString, int, nul, octets, oid, seq, set, text, time, uint, TAG, type Bytes, implicit } from './der';

export const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRSA: '1.2.840.113549.1.1.11',
  ecPublicKey: '1.2.840.10045.2.1',
  prime256v1: '1.2.840.10045.3.1.7',
  CN: '2.5.4.3',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  C: '2.5.4.6',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  basicConstraints: '2.5.29.19',
  ski: '2.5.29.14',
  aki: '2.5.29.35',
  san: '2.5.29.17',
  serverAuth: '1.3.6.1.5.5.7.3.1',
  clientAuth: '1.3.6.1.5.5.7.3.2',
} as const;

const hexBytes = (hex: string) => Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16));
export const sha256 = (b: Bytes) => hexBytes(DIGESTS.sha256(b));
export const sha1 = (b: Bytes) => hexBytes(DIGESTS.sha1(b));

/** `n` bytes derived from a label (SHA-256 of label and a counter). */
export function derive(label: string, n: number): Bytes {
  const enc = new TextEncoder();
  const parts: Bytes[] = [];
  for (let i = 0; parts.length * 32 < n; i++) parts.push(sha256(enc.encode(`${label}#${i}`)));
  return concat(parts).slice(0, n);
}

export interface KeyPair {
  kind: 'rsa' | 'ec';
  /** SubjectPublicKeyInfo */
  spki: Bytes;
  /** the subjectPublicKey BIT STRING's contents (what Go hashes for a subject key id) */
  publicBits: Bytes;
  /** PKCS#1 RSAPrivateKey or SEC 1 ECPrivateKey */
  privateDer: Bytes;
  privateLabel: 'RSA PRIVATE KEY' | 'EC PRIVATE KEY';
  label: string;
}

const odd = (b: Bytes, top = true) => {
  if (top) b[0] |= 0x80;
  b[b.length - 1] |= 1;
  return b;
};

/** Keys by label: a world rebuilt from the same seed (a snapshot, a replay) derives the same keys, so each is made once. */
const made = new Map<string, KeyPair>();
const once = (kind: string, label: string, make: () => KeyPair): KeyPair => {
  const key = `${kind}:${label}`;
  let k = made.get(key);
  if (!k) made.set(key, (k = make()));
  return k;
};

export const rsaKey = (label: string): KeyPair => once('rsa', label, () => makeRsaKey(label));

function makeRsaKey(label: string): KeyPair {
  const n = odd(derive(`${label}/n`, 256));
  const publicBits = seq(uint(n), int(65537));
  const spki = seq(seq(oid(OID.rsaEncryption), nul()), bits(publicBits));
  const half = (k: string) => odd(derive(`${label}/${k}`, 128));
  const privateDer = seq(int(0), uint(n), int(65537), uint(derive(`${label}/d`, 256)), uint(half('p')), uint(half('q')), uint(half('dp')), uint(half('dq')), uint(half('qinv')));
  return { kind: 'rsa', spki, publicBits, privateDer, privateLabel: 'RSA PRIVATE KEY', label };
}

/** A genuine P-256 key pair: the private scalar is derived, the public point computed from it. */
export const ecKey = (label: string): KeyPair => once('ec', label, () => makeEcKey(label));

function makeEcKey(label: string): KeyPair {
  const k = scalarOf(derive(`${label}/d`, 32));
  const point = publicPoint(k);
  const spki = seq(seq(oid(OID.ecPublicKey), oid(OID.prime256v1)), bits(point));
  const d = Uint8Array.from(k.toString(16).padStart(64, '0').match(/../g)!, (h) => parseInt(h, 16));
  const privateDer = seq(int(1), octets(d), explicit(0, oid(OID.prime256v1)), explicit(1, bits(point)));
  return { kind: 'ec', spki, publicBits: point, privateDer, privateLabel: 'EC PRIVATE KEY', label };
}

/** Go's x509.KeyUsage flags */
export const KU = { digitalSignature: 1, keyEncipherment: 4, certSign: 32 } as const;

export type Name = [attr: 'C' | 'O' | 'OU' | 'CN', value: string][];

export function encodeName(name: Name): Bytes {
  return seq(...name.map(([a, v]) => set(seq(oid(OID[a]), a === 'C' ? text(TAG.PRINTABLE, v) : goString(v)))));
}

export interface CertSpec {
  serial: Bytes;
  subject: Name;
  notBefore: number;
  notAfter: number;
  key: KeyPair;
  /** the issuer's name (DER) and subject key id; none for a self-signed certificate */
  issuer?: { name: Bytes; ski: Bytes };
  isCA: boolean;
  keyUsage: number;
  extKeyUsage?: ('serverAuth' | 'clientAuth')[];
  dns?: string[];
  ips?: string[];
}

function ext(id: string, critical: boolean, value: Bytes): Bytes {
  return critical ? seq(oid(id), bool(true), octets(value)) : seq(oid(id), octets(value));
}

/** Go's marshalKeyUsage: the flags bit-reversed into one or two bytes, trailing zero bits unused. */
function keyUsageBits(ku: number): Bytes {
  const rev = (b: number) => parseInt(b.toString(2).padStart(8, '0').split('').reverse().join(''), 2);
  const a = [rev(ku & 0xff), rev((ku >> 8) & 0xff)];
  const bytes = a[1] ? a : [a[0]];
  const last = bytes[bytes.length - 1];
  let unused = 0;
  while (unused < 8 && !(last & (1 << unused))) unused++;
  return bits(Uint8Array.from(bytes), unused === 8 ? 0 : unused);
}

function ipBytes(ip: string): Bytes {
  if (ip.includes(':')) {
    const [head, tail = ''] = ip.split('::');
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    const groups = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
    return Uint8Array.from(groups.flatMap((g) => [parseInt(g, 16) >> 8, parseInt(g, 16) & 0xff]));
  }
  return Uint8Array.from(ip.split('.').map(Number));
}

export const subjectKeyId = (k: KeyPair) => sha1(k.publicBits);

export const SIG_ALG = () => seq(oid(OID.sha256WithRSA), nul());

/** The certificate's DER. */
export function buildCert(c: CertSpec): Bytes {
  const exts: Bytes[] = [ext(OID.keyUsage, true, keyUsageBits(c.keyUsage))];
  if (c.extKeyUsage?.length) exts.push(ext(OID.extKeyUsage, false, seq(...c.extKeyUsage.map((u) => oid(OID[u])))));
  exts.push(ext(OID.basicConstraints, true, c.isCA ? seq(bool(true)) : seq()));
  const ski = subjectKeyId(c.key);
  if (c.isCA) exts.push(ext(OID.ski, false, octets(ski)));
  if (c.issuer) exts.push(ext(OID.aki, false, seq(implicit(0, c.issuer.ski))));
  const names = [...(c.dns ?? []).map((d) => implicit(2, new TextEncoder().encode(d))), ...(c.ips ?? []).map((ip) => implicit(7, ipBytes(ip)))];
  if (names.length) exts.push(ext(OID.san, false, seq(...names)));
  const tbs = seq(explicit(0, int(2)), uint(c.serial), SIG_ALG(), c.issuer?.name ?? encodeName(c.subject), seq(time(c.notBefore), time(c.notAfter)), encodeName(c.subject), c.key.spki, explicit(3, seq(...exts)));
  return seq(tbs, SIG_ALG(), bits(signature(c.issuer?.ski ?? ski, tbs)));
}

const hex = (b: Bytes) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

/** A signature's bytes: derived from the signer (its key id) and what it signs (below the modulus: top bit clear). */
export function signature(signerKeyId: Bytes, what: Bytes): Bytes {
  const s = derive(`sig/${hex(signerKeyId)}/${hex(sha256(what))}`, 256);
  s[0] &= 0x7f;
  return s;
}

/** A serial number Go's way (a positive integer below 2^63) from a label. */
export function serialOf(label: string, bytes = 8): Bytes {
  const s = derive(`${label}/serial`, bytes);
  if (bytes === 8) s[0] &= 0x7f;
  if (s.every((b) => b === 0)) s[bytes - 1] = 1;
  return s;
}
