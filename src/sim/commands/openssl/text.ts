// The -text printers of OpenSSL 3.x: X509_print_ex (crypto/x509/t_x509.c), X509_REQ_print_ex (t_req.c), the
// extension printers of crypto/x509/v3_*.c, and the RSA and EC key printers of the default provider's text
// encoder (providers/implementations/encode_decode/encode_key2text.c): hex bytes `xx:` 15 to a line for keys,
// 18 for signatures, key ids upper-case, dates as ASN1_TIME_print's "Mon DD HH:MM:SS YYYY GMT".
import { children, content, read, readOid, TAG, type Bytes } from '../../k8s/pki/der';
import { ipText, type Certificate } from '../../k8s/pki/parse';
import { printName, type NameOpt } from './names';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function asn1Time(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()} GMT`;
}

const hx = (b: number) => b.toString(16).padStart(2, '0');

/** Bytes as `xx:xx:…` lines of `per` bytes at `indent` spaces (the last byte without its colon). */
export function hexLines(b: Bytes, per: number, indent: number): string {
  const parts = [...b].map(hx);
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += per) {
    const chunk = parts.slice(i, i + per).join(':');
    lines.push(' '.repeat(indent) + chunk + (i + per < parts.length ? ':' : ''));
  }
  return lines.join('\n') + '\n';
}

export const upperColons = (b: Bytes) => [...b].map((x) => hx(x).toUpperCase()).join(':');

/** A positive INTEGER's bytes with a leading zero when its top bit is set (how the key printers show them). */
const withSign = (b: Bytes) => (b[0] & 0x80 ? Uint8Array.from([0, ...b]) : b);
const strip = (b: Bytes) => {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  return b.slice(i);
};
const bitLength = (b: Bytes) => {
  const s = strip(b);
  return s.length * 8 - (Math.clz32(s[0]) - 24);
};
const big = (b: Bytes) => BigInt('0x' + ([...b].map(hx).join('') || '0'));

/** A number the way the key printers show a small one: "65537 (0x10001)". */
const small = (b: Bytes) => {
  const n = big(b);
  return `${n} (0x${n.toString(16)})`;
};

/** The parts of a SubjectPublicKeyInfo. */
export function spkiParts(spki: Bytes): { alg: string; param?: string; key: Bytes } {
  const [algN, keyN] = children(read(spki));
  const [oidN, paramN] = children(algN);
  return { alg: readOid(oidN), param: paramN?.tag === TAG.OID ? readOid(paramN) : undefined, key: content(keyN).slice(1) };
}

const CURVES: Record<string, [name: string, nist: string, bits: number]> = { '1.2.840.10045.3.1.7': ['prime256v1', 'P-256', 256], '1.3.132.0.34': ['secp384r1', 'P-384', 384] };

/** The public key's lines (rsaEncryption: size, modulus, exponent; EC: size, point, curve) at `indent`. */
export function publicKeyText(spki: Bytes, indent: number, labels = { size: 'Public-Key', modulus: 'Modulus', exponent: 'Exponent' }): string {
  const pad = ' '.repeat(indent);
  const { alg, param, key } = spkiParts(spki);
  if (alg === '1.2.840.113549.1.1.1') {
    const [n, e] = children(read(key)).map(content);
    return `${pad}${labels.size}: (${bitLength(n)} bit)\n${pad}${labels.modulus}:\n${hexLines(withSign(strip(n)), 15, indent + 4)}${pad}${labels.exponent}: ${small(e)}\n`;
  }
  if (alg === '1.2.840.10045.2.1') {
    const c = CURVES[param ?? ''];
    return `${pad}Public-Key: (${c?.[2] ?? (key.length - 1) * 4} bit)\n${pad}pub:\n${hexLines(key, 15, indent + 4)}${c ? `${pad}ASN1 OID: ${c[0]}\n${pad}NIST CURVE: ${c[1]}\n` : ''}`;
  }
  return `${pad}Unable to load Public Key\n`;
}

export const ALGS: Record<string, string> = {
  '1.2.840.113549.1.1.1': 'rsaEncryption',
  '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
  '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
  '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
  '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
  '1.2.840.10045.2.1': 'id-ecPublicKey',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.3.101.112': 'ED25519',
};

const EXT_NAMES: Record<string, [long: string, short: string]> = {
  '2.5.29.15': ['X509v3 Key Usage', 'keyUsage'],
  '2.5.29.37': ['X509v3 Extended Key Usage', 'extendedKeyUsage'],
  '2.5.29.19': ['X509v3 Basic Constraints', 'basicConstraints'],
  '2.5.29.14': ['X509v3 Subject Key Identifier', 'subjectKeyIdentifier'],
  '2.5.29.35': ['X509v3 Authority Key Identifier', 'authorityKeyIdentifier'],
  '2.5.29.17': ['X509v3 Subject Alternative Name', 'subjectAltName'],
  '2.5.29.18': ['X509v3 Issuer Alternative Name', 'issuerAltName'],
  '2.5.29.30': ['X509v3 Name Constraints', 'nameConstraints'],
  '2.5.29.31': ['X509v3 CRL Distribution Points', 'crlDistributionPoints'],
  '2.5.29.32': ['X509v3 Certificate Policies', 'certificatePolicies'],
  '1.3.6.1.5.5.7.1.1': ['Authority Information Access', 'authorityInfoAccess'],
};

/** The short names `-ext` takes. */
export const extShortName = (oid: string) => EXT_NAMES[oid]?.[1];

const KU_NAMES = ['Digital Signature', 'Non Repudiation', 'Key Encipherment', 'Data Encipherment', 'Key Agreement', 'Certificate Sign', 'CRL Sign', 'Encipher Only', 'Decipher Only'];
const EKU_NAMES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'TLS Web Server Authentication',
  '1.3.6.1.5.5.7.3.2': 'TLS Web Client Authentication',
  '1.3.6.1.5.5.7.3.3': 'Code Signing',
  '1.3.6.1.5.5.7.3.4': 'E-mail Protection',
  '1.3.6.1.5.5.7.3.8': 'Time Stamping',
  '1.3.6.1.5.5.7.3.9': 'OCSP Signing',
  '2.5.29.37.0': 'Any Extended Key Usage',
};

function generalNames(b: Bytes): string {
  return children(read(b))
    .map((n) => {
      const v = content(n);
      if (n.tag === 0x82) return `DNS:${new TextDecoder().decode(v)}`;
      if (n.tag === 0x81) return `email:${new TextDecoder().decode(v)}`;
      if (n.tag === 0x86) return `URI:${new TextDecoder().decode(v)}`;
      if (n.tag === 0x87) return `IP Address:${v.length === 16 ? [...Array(8)].map((_, i) => ((v[2 * i] << 8) | v[2 * i + 1]).toString(16).toUpperCase()).join(':') : ipText(v)}`;
      return '<unsupported>';
    })
    .join(', ');
}

/** An extension's value the way X509V3_EXT_print shows it (lines without their indent). */
function extValue(oid: string, value: Bytes): string[] {
  const n = read(value);
  switch (oid) {
    case '2.5.29.15': {
      const b = content(n).slice(1);
      return [KU_NAMES.filter((_, i) => (b[i >> 3] ?? 0) & (0x80 >> (i & 7))).join(', ')];
    }
    case '2.5.29.37':
      return [children(n).map((o) => EKU_NAMES[readOid(o)] ?? readOid(o)).join(', ')];
    case '2.5.29.19': {
      const parts = children(n);
      const ca = parts[0]?.tag === TAG.BOOLEAN && content(parts[0])[0] !== 0;
      const path = parts.find((p) => p.tag === TAG.INTEGER);
      return [`CA:${ca ? 'TRUE' : 'FALSE'}${path ? `, pathlen:${big(content(path))}` : ''}`];
    }
    case '2.5.29.14':
      return [upperColons(content(n))];
    case '2.5.29.35':
      return children(n).flatMap((p) => (p.tag === 0x80 ? [upperColons(content(p))] : p.tag === 0x82 ? [`serial:${upperColons(content(p))}`] : []));
    case '2.5.29.17':
    case '2.5.29.18':
      return [generalNames(value)];
    default:
      // no printer for it: ASN1_STRING_print of the raw value, unprintable bytes as dots
      return [[...value].map((b) => (b > 0x7e || (b < 0x20 && b !== 10 && b !== 13) ? '.' : String.fromCharCode(b))).join('')];
  }
}

/** One extension as `X509v3 Name: critical` and its value, at `indent` (value `indent + 4`). */
export function extensionText(e: { oid: string; critical: boolean; value: Bytes }, indent: number): string {
  const name = EXT_NAMES[e.oid]?.[0] ?? e.oid;
  const lines = extValue(e.oid, e.value);
  return `${' '.repeat(indent)}${name}: ${e.critical ? 'critical' : ''}\n${lines.map((l) => ' '.repeat(indent + 4) + l + '\n').join('')}`;
}

function serialText(serial: Bytes): string {
  const mag = strip(serial);
  if (mag.length <= 8 && !(serial[0] & 0x80)) {
    const n = big(mag);
    return ` ${n} (0x${n.toString(16)})\n`;
  }
  return `\n${hexLines(mag, mag.length, 12)}`;
}

/** `openssl x509 -text` */
export function certText(c: Certificate, nameopt: NameOpt = 'utf8'): string {
  const alg = ALGS[c.sigAlg] ?? c.sigAlg;
  let s = 'Certificate:\n    Data:\n';
  s += `        Version: ${c.version} (0x${(c.version - 1).toString(16)})\n`;
  s += `        Serial Number:${serialText(c.serial)}`;
  s += `        Signature Algorithm: ${alg}\n`;
  s += `        Issuer: ${printName(c.issuer, nameopt)}\n`;
  s += `        Validity\n            Not Before: ${asn1Time(c.notBefore)}\n            Not After : ${asn1Time(c.notAfter)}\n`;
  s += `        Subject: ${printName(c.subject, nameopt)}\n`;
  const pk = spkiParts(c.spki);
  s += `        Subject Public Key Info:\n            Public Key Algorithm: ${ALGS[pk.alg] ?? pk.alg}\n${publicKeyText(c.spki, 16)}`;
  if (c.extensions.length) s += '        X509v3 extensions:\n' + c.extensions.map((e) => extensionText(e, 12)).join('');
  s += `    Signature Algorithm: ${alg}\n    Signature Value:\n${hexLines(c.signature, 18, 8)}`;
  return s;
}

export interface CertRequest {
  version: number;
  subject: Bytes;
  spki: Bytes;
  extensions: { oid: string; critical: boolean; value: Bytes }[];
  sigAlg: string;
  signature: Bytes;
}

/** A PKCS#10 request (RFC 2986), or null. */
export function parseRequest(der: Bytes): CertRequest | null {
  try {
    const [info, alg, sig] = children(read(der));
    const [ver, subject, spki, attrs] = children(info);
    const extensions: CertRequest['extensions'] = [];
    if (attrs?.tag === 0xa0)
      for (const a of children(attrs)) {
        const [oid, vals] = children(a);
        if (readOid(oid) !== '1.2.840.113549.1.9.14') continue;
        for (const e of children(children(vals)[0])) {
          const p = children(e);
          extensions.push({ oid: readOid(p[0]), critical: p.length === 3 && content(p[1])[0] !== 0, value: content(p[p.length - 1]) });
        }
      }
    return { version: Number(big(content(ver))) + 1, subject: der.slice(subject.start, subject.end), spki: der.slice(spki.start, spki.end), extensions, sigAlg: readOid(children(alg)[0]), signature: content(sig).slice(1) };
  } catch {
    return null;
  }
}

/** `openssl req -text` */
export function requestText(r: CertRequest, nameopt: NameOpt = 'utf8'): string {
  const pk = spkiParts(r.spki);
  let s = `Certificate Request:\n    Data:\n        Version: ${r.version} (0x${(r.version - 1).toString(16)})\n        Subject: ${printName(r.subject, nameopt)}\n`;
  s += `        Subject Public Key Info:\n            Public Key Algorithm: ${ALGS[pk.alg] ?? pk.alg}\n${publicKeyText(r.spki, 16)}`;
  s += '        Attributes:\n';
  if (r.extensions.length) s += '            Requested Extensions:\n' + r.extensions.map((e) => extensionText(e, 16)).join('');
  else s += '            (none)\n';
  s += `    Signature Algorithm: ${ALGS[r.sigAlg] ?? r.sigAlg}\n    Signature Value:\n${hexLines(r.signature, 18, 8)}`;
  return s;
}

/** `openssl rsa -text` / `pkey -text` over a PKCS#1 RSAPrivateKey. */
export function rsaPrivateText(der: Bytes): string {
  const [, n, e, d, p, q, dp, dq, qi] = children(read(der)).map(content);
  const block = (label: string, b: Bytes) => `${label}:\n${hexLines(withSign(strip(b)), 15, 4)}`;
  return `Private-Key: (${bitLength(n)} bit, 2 primes)\n${block('modulus', n)}publicExponent: ${small(e)}\n${block('privateExponent', d)}${block('prime1', p)}${block('prime2', q)}${block('exponent1', dp)}${block('exponent2', dq)}${block('coefficient', qi)}`;
}

/** `openssl pkey -text` over a SEC 1 ECPrivateKey. */
export function ecPrivateText(der: Bytes, curveOid?: Bytes): string {
  const parts = children(read(der));
  const d = content(parts[1]);
  const curve = parts.find((p) => p.tag === 0xa0);
  const pub = parts.find((p) => p.tag === 0xa1);
  const c = CURVES[curve ? readOid(children(curve)[0]) : curveOid ? readOid(read(curveOid)) : ''];
  let s = `Private-Key: (${c?.[2] ?? d.length * 8} bit)\npriv:\n${hexLines(d, 15, 4)}`;
  if (pub) s += `pub:\n${hexLines(content(children(pub)[0]).slice(1), 15, 4)}`;
  if (c) s += `ASN1 OID: ${c[0]}\nNIST CURVE: ${c[1]}\n`;
  return s;
}
