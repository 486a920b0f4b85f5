/**
 * The bytes of the certificate requests and certificates a cluster's CSRs carry: PKCS#10 requests (RFC 2986) and
 * X.509 certificates (RFC 5280) in DER, as Go's crypto/x509 lays them out (CreateCertificateRequest,
 * CreateCertificate), and a reader for the fields kubectl describe shows. Built on the PKI's DER encoder (der.ts)
 * and P-256 (p256.ts): public keys are points on P-256 from private scalars drawn from stable hashes; signatures are
 * bytes of the right shape and length that verify nothing. The certificate names the cluster CA as its issuer, by
 * the CA's own subject and subject key id when the cluster publishes its CA (parse.ts).
 */
import { fnv32a } from '../rand';
import * as der from './der';
import { publicPoint as point, scalarOf } from './p256';

export type Bytes = number[];

// ------------------------------------------------------------------ encoding (der.ts's, on number arrays)
const u8 = (b: Bytes) => Uint8Array.from(b);
const arr = (b: Uint8Array): Bytes => Array.from(b);
const tlv = (tag: number, body: Bytes): Bytes => arr(der.tlv(tag, u8(body)));
const seq = (...parts: Bytes[]): Bytes => tlv(0x30, parts.flat());
const set = (...parts: Bytes[]): Bytes => tlv(0x31, parts.flat());
const bitString = (b: Bytes): Bytes => arr(der.bits(u8(b)));
const octets = (b: Bytes): Bytes => arr(der.octets(u8(b)));
const ascii = (s: string): Bytes => [...new TextEncoder().encode(s)];
/** a positive INTEGER from big-endian bytes (a leading zero where the high bit is set) */
const integer = (b: Bytes): Bytes => arr(der.uint(u8(b)));
const oid = (dotted: string): Bytes => arr(der.oid(dotted));

/** the private scalar made from these bytes, as 32 big-endian bytes (in [1, n-1]) */
export function privateScalar(secret: Bytes): Bytes {
  return scalarOf(u8(secret)).toString(16).padStart(64, '0').match(/../g)!.map((h) => parseInt(h, 16));
}
/** Points already computed, by secret: a world rebuilt from the same seed (a lab start, a replay) makes the same keys. */
const points = new Map<string, Bytes>();
/** the uncompressed point (0x04 || X || Y) of the private scalar made from these bytes */
export function publicPoint(secret: Bytes): Bytes {
  const key = secret.join(',');
  let p = points.get(key);
  if (!p) {
    if (points.size >= 512) points.clear();
    points.set(key, (p = arr(point(scalarOf(u8(secret))))));
  }
  return p.slice();
}

const OID = {
  cn: '2.5.4.3',
  serial: '2.5.4.5',
  c: '2.5.4.6',
  l: '2.5.4.7',
  st: '2.5.4.8',
  street: '2.5.4.9',
  o: '2.5.4.10',
  ou: '2.5.4.11',
  postal: '2.5.4.17',
  ecKey: '1.2.840.10045.2.1',
  p256: '1.2.840.10045.3.1.7',
  ecdsaSha256: '1.2.840.10045.4.3.2',
  rsaSha256: '1.2.840.113549.1.1.11',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  basic: '2.5.29.19',
  aki: '2.5.29.35',
  san: '2.5.29.17',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  serverAuth: '1.3.6.1.5.5.7.3.1',
};

/** stable pseudo-random bytes from a name */
export function hashBytes(name: string, n: number): Bytes {
  const out: Bytes = [];
  // mulberry32 seeded with the name's hash
  let st = fnv32a(name);
  while (out.length < n) {
    let t = (st = (st + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const h = (t ^ (t >>> 14)) >>> 0;
    out.push(h >>> 24, (h >>> 16) & 255, (h >>> 8) & 255, h & 255);
  }
  return out.slice(0, n);
}

export interface Subject {
  commonName: string;
  organization?: string[];
  organizationalUnit?: string[];
  serialNumber?: string;
  country?: string[];
  locality?: string[];
  province?: string[];
  streetAddress?: string[];
  postalCode?: string[];
}

/** PrintableString where Go's asn1 would choose it, UTF8String otherwise */
const dirString = (v: string): Bytes => arr(der.goString(v));
/** pkix.Name.ToRDNSequence: C, ST, L, STREET, POSTALCODE, O, OU, CN, SERIALNUMBER, one value a set */
function name(s: Subject): Bytes {
  const rdns: Bytes[] = [];
  const add = (o: string, vals: string[] | undefined) => {
    if (vals?.length) rdns.push(set(...vals.map((v) => seq(oid(o), dirString(v)))));
  };
  add(OID.c, s.country);
  add(OID.st, s.province);
  add(OID.l, s.locality);
  add(OID.street, s.streetAddress);
  add(OID.postal, s.postalCode);
  add(OID.o, s.organization);
  add(OID.ou, s.organizationalUnit);
  if (s.commonName) add(OID.cn, [s.commonName]);
  if (s.serialNumber) add(OID.serial, [s.serialNumber]);
  return seq(...rdns);
}

/** an ECDSA P-256 public key (the kubelet's keys): 0x04 || X || Y */
function ecKeyInfo(seed: string): Bytes {
  return seq(seq(oid(OID.ecKey), oid(OID.p256)), bitString(publicPoint(hashBytes(`${seed}/key`, 32))));
}
/** the private key of ecKeyInfo(seed) as x509.MarshalECPrivateKey writes it (RFC 5915) */
export function ecPrivateKey(seed: string): Bytes {
  const secret = hashBytes(`${seed}/key`, 32);
  return seq(integer([1]), octets(privateScalar(secret)), tlv(0xa0, oid(OID.p256)), tlv(0xa1, bitString(publicPoint(secret))));
}
function ecSignature(seed: string): Bytes {
  return bitString(seq(integer(hashBytes(`${seed}/r`, 32)), integer(hashBytes(`${seed}/s`, 32))));
}

export interface AltNames {
  dnsNames?: string[];
  ipAddresses?: string[];
}
/** Go's marshalSANs: the DNS names, then the IPv4 addresses */
function sans(a: AltNames): Bytes {
  return seq(...(a.dnsNames ?? []).map((d) => tlv(0x82, ascii(d))), ...(a.ipAddresses ?? []).map((ip) => tlv(0x87, ip.split('.').map(Number))));
}
const hasSans = (a: AltNames) => (a.dnsNames?.length ?? 0) + (a.ipAddresses?.length ?? 0) > 0;

/**
 * A kubelet's certificate request (x509.CreateCertificateRequest): its subject, an ECDSA P-256 key, and the
 * alternative names of a serving certificate in an extensionRequest attribute.
 */
export function certificateRequest(subject: Subject, seed: string, alt: AltNames = {}): Bytes {
  const attrs = hasSans(alt) ? seq(oid('1.2.840.113549.1.9.14'), set(seq(extension(OID.san, false, sans(alt))))) : [];
  const info = seq(integer([0]), name(subject), ecKeyInfo(seed), tlv(0xa0, attrs));
  return seq(info, seq(oid(OID.ecdsaSha256)), ecSignature(seed));
}

const utcTime = (ms: number): Bytes => arr(der.time(ms));

export interface Issue {
  subject: Subject;
  /** the request's subjectPublicKeyInfo, copied as it is */
  keyInfo: Bytes;
  notBefore: number;
  notAfter: number;
  usages: string[];
  seed: string;
  alt?: AltNames;
  /** the cluster CA's subject (DER) and subject key id; without them, CN=kubernetes and a derived key id */
  ca?: { name: Bytes; keyId: Bytes };
}

const KEY_USAGE_BITS: Record<string, number> = { 'digital signature': 0, 'content commitment': 1, 'key encipherment': 2, 'data encipherment': 3, 'key agreement': 4, 'cert sign': 5, 'crl sign': 6 };
/** Go's marshalKeyUsage: the bits, trailing zero bits dropped and counted in the first byte */
function keyUsage(usages: string[]): Bytes {
  let v = 0;
  for (const u of usages) if (KEY_USAGE_BITS[u] !== undefined) v |= 1 << (7 - KEY_USAGE_BITS[u]);
  let unused = 0;
  while (unused < 8 && !(v & (1 << unused))) unused++;
  return tlv(0x03, [unused === 8 ? 0 : unused, v]);
}
const extension = (o: string, critical: boolean, value: Bytes): Bytes => seq(oid(o), ...(critical ? [tlv(0x01, [0xff])] : []), octets(value));

/** a random 128-bit serial (authority.go), its high bit clear */
function serial(seed: string): Bytes {
  const b = hashBytes(`${seed}/serial`, 16);
  b[0] &= 0x7f;
  return integer(b);
}

/** the certificate the controller manager's signer issues, signed by the cluster CA (its name and key id; RSA 2048) */
export function certificate(i: Issue): Bytes {
  const ext: Bytes[] = [extension(OID.keyUsage, true, keyUsage(i.usages))];
  const eku = i.usages.flatMap((u) => (u === 'client auth' ? [oid(OID.clientAuth)] : u === 'server auth' ? [oid(OID.serverAuth)] : []));
  if (eku.length) ext.push(extension(OID.extKeyUsage, false, seq(...eku)));
  ext.push(extension(OID.basic, true, seq()));
  ext.push(extension(OID.aki, false, seq(tlv(0x80, i.ca?.keyId ?? hashBytes('kubernetes-ca/ski', 20)))));
  if (i.alt && hasSans(i.alt)) ext.push(extension(OID.san, false, sans(i.alt)));
  const tbs = seq(tlv(0xa0, integer([2])), serial(i.seed), seq(oid(OID.rsaSha256), [5, 0]), i.ca?.name ?? name({ commonName: 'kubernetes' }), seq(utcTime(i.notBefore), utcTime(i.notAfter)), name(i.subject), i.keyInfo, tlv(0xa3, seq(...ext)));
  return seq(tbs, seq(oid(OID.rsaSha256), [5, 0]), bitString(hashBytes(`${i.seed}/sig`, 256)));
}

// ------------------------------------------------------------------ PEM and base64
export const base64 = (b: Bytes): string => der.base64(u8(b));
/** encoding/json's []byte: standard base64 with its padding, line breaks allowed */
export function unbase64(s: string): Bytes | null {
  const t = s.replace(/[\r\n]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4) return null;
  const b = der.unbase64(t);
  return b ? arr(b) : null;
}
/** pem.EncodeToMemory: 64 characters a line */
export const pem = (type: string, d: Bytes): string => der.pem(type, u8(d));
/** pem.Decode's first block, or null */
export function unpem(text: string): { type: string; der: Bytes } | null {
  const m = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)-----END \1-----/.exec(text);
  if (!m) return null;
  const der = unbase64(m[2].replace(/\s+/g, ''));
  return der ? { type: m[1], der } : null;
}

// ------------------------------------------------------------------ reading
interface Node {
  tag: number;
  body: Bytes;
  /** the whole element (tag, length, body) */
  raw: Bytes;
}
/** the elements one after another in `b` (der.ts's reader), or null where they do not parse */
function children(b: Bytes): Node[] | null {
  try {
    const bytes = u8(b);
    const out: Node[] = [];
    for (let at = 0; at < bytes.length; ) {
      const n = der.read(bytes, at);
      out.push({ tag: n.tag, body: arr(der.content(n)), raw: arr(der.whole(n)) });
      at = n.end;
    }
    return out;
  } catch {
    return null;
  }
}
const oidText = (b: Bytes): string => der.readOid(der.read(u8(tlv(0x06, b))));
const text = (b: Bytes) => new TextDecoder().decode(new Uint8Array(b));

export interface ParsedRequest {
  subject: Subject;
  keyInfo: Bytes;
  dnsNames: string[];
  emailAddresses: string[];
  ipAddresses: string[];
  uris: string[];
}

function readName(n: Node): Subject {
  const s: Subject = { commonName: '' };
  const push = (k: keyof Subject, v: string) => ((s[k] as string[] | undefined) ??= []).push(v);
  for (const rdn of children(n.body) ?? []) {
    for (const atv of children(rdn.body) ?? []) {
      const [o, v] = children(atv.body) ?? [];
      if (!o || !v) continue;
      const val = text(v.body);
      const id = oidText(o.body);
      if (id === OID.cn) s.commonName = val;
      else if (id === OID.serial) s.serialNumber = val;
      else if (id === OID.o) push('organization', val);
      else if (id === OID.ou) push('organizationalUnit', val);
      else if (id === OID.c) push('country', val);
      else if (id === OID.l) push('locality', val);
      else if (id === OID.st) push('province', val);
      else if (id === OID.street) push('streetAddress', val);
      else if (id === OID.postal) push('postalCode', val);
    }
  }
  return s;
}

/** x509.ParseCertificateRequest, as far as describe needs it; null where the bytes are no request */
export function parseRequest(der: Bytes): ParsedRequest | null {
  const top = children(der);
  if (top?.length !== 1 || top[0].tag !== 0x30) return null;
  const parts = children(top[0].body);
  if (!parts || parts.length !== 3) return null;
  const info = children(parts[0].body);
  if (!info || info.length < 3 || info[0].tag !== 0x02 || info[1].tag !== 0x30) return null;
  const r: ParsedRequest = { subject: readName(info[1]), keyInfo: info[2].raw, dnsNames: [], emailAddresses: [], ipAddresses: [], uris: [] };
  // attributes [0]: the extensionRequest's subjectAltName
  for (const attr of info[3] ? (children(info[3].body) ?? []) : []) {
    const [o, vals] = children(attr.body) ?? [];
    if (!o || oidText(o.body) !== '1.2.840.113549.1.9.14' || !vals) continue;
    for (const exts of children(vals.body) ?? []) {
      for (const ext of children(exts.body) ?? []) {
        const f = children(ext.body) ?? [];
        if (!f.length || oidText(f[0].body) !== OID.san) continue;
        const names = children(children(f[f.length - 1].body)?.[0]?.body ?? []) ?? [];
        for (const g of names) {
          if (g.tag === 0x82) r.dnsNames.push(text(g.body));
          else if (g.tag === 0x81) r.emailAddresses.push(text(g.body));
          else if (g.tag === 0x86) r.uris.push(text(g.body));
          else if (g.tag === 0x87 && g.body.length === 4) r.ipAddresses.push(g.body.join('.'));
        }
      }
    }
  }
  return r;
}
