// Reading an X.509 certificate's DER back into its parts (RFC 5280 4.1): what kubeadm reads (validity, names,
// key ids) and what openssl prints.
import { children, content, pemBlocks, read, readOid, readTime, whole, TAG, DerError, type Bytes, type Node } from './der';

export interface Extension {
  oid: string;
  critical: boolean;
  value: Bytes;
}

export interface Certificate {
  der: Bytes;
  tbs: Bytes;
  version: number;
  serial: Bytes;
  sigAlg: string;
  issuer: Bytes;
  subject: Bytes;
  notBefore: number;
  notAfter: number;
  spki: Bytes;
  extensions: Extension[];
  signature: Bytes;
}

/** null when the bytes are not a certificate */
export function parseCert(der: Bytes): Certificate | null {
  try {
    const top = read(der);
    if (top.tag !== TAG.SEQUENCE || top.end !== der.length) return null;
    const [tbsN, algN, sigN] = children(top);
    if (!tbsN || !algN || !sigN || tbsN.tag !== TAG.SEQUENCE || sigN.tag !== TAG.BIT_STRING) return null;
    const f = children(tbsN);
    let i = 0;
    let version = 1;
    if (f[0]?.tag === 0xa0) {
      version = Number(content(children(f[0])[0])[0] ?? 0) + 1;
      i = 1;
    }
    const [serialN, , issuerN, validityN, subjectN, spkiN, ...rest] = f.slice(i);
    if (!serialN || serialN.tag !== TAG.INTEGER || !spkiN) return null;
    const [nb, na] = children(validityN);
    const extensions: Extension[] = [];
    const extsN = rest.find((n) => n.tag === 0xa3);
    if (extsN) {
      for (const e of children(children(extsN)[0])) {
        const parts = children(e);
        const critical = parts.length === 3 && content(parts[1])[0] !== 0;
        extensions.push({ oid: readOid(parts[0]), critical, value: content(parts[parts.length - 1]) });
      }
    }
    return {
      der,
      tbs: whole(tbsN),
      version,
      serial: content(serialN),
      sigAlg: readOid(children(algN)[0]),
      issuer: whole(issuerN),
      subject: whole(subjectN),
      notBefore: readTime(nb),
      notAfter: readTime(na),
      spki: whole(spkiN),
      extensions,
      signature: content(sigN).slice(1),
    };
  } catch (e) {
    if (e instanceof DerError || e instanceof TypeError) return null;
    throw e;
  }
}

export function extension(c: Certificate, oid: string): Extension | undefined {
  return c.extensions.find((e) => e.oid === oid);
}

/** The subject key id extension's bytes. */
export function subjectKeyIdOf(c: Certificate): Bytes | null {
  const e = extension(c, '2.5.29.14');
  return e ? content(read(e.value)) : null;
}

/** A name's attributes in order: [oid, value, string tag]. */
export function nameAttrs(nameDer: Bytes): [oid: string, value: string, tag: number][] {
  const out: [string, string, number][] = [];
  for (const rdn of children(read(nameDer)))
    for (const atv of children(rdn)) {
      const [t, v] = children(atv);
      out.push([readOid(t), new TextDecoder().decode(content(v)), v.tag]);
    }
  return out;
}

/** The first certificate of a PEM text, parsed (null when it has none). */
export function firstCert(pemText: string): Certificate | null {
  const der = pemBlocks(pemText).find((b) => b.label === 'CERTIFICATE')?.der;
  return der ? parseCert(der) : null;
}

/** Ends of validity already read, by PEM text: the kubelet and kubectl ask about the same few files at every step. */
const ends = new Map<string, number | null>();

/** A certificate's end of validity, from the first certificate in a PEM text (null when it has none). */
export function notAfterOf(pemText: string): number | null {
  let end = ends.get(pemText);
  if (end === undefined) {
    const c = firstCert(pemText);
    end = c ? c.notAfter : null;
    if (ends.size >= 256) ends.clear();
    ends.set(pemText, end);
  }
  return end;
}

/** The common name of a certificate's subject (the first certificate of a PEM text). */
export function subjectCN(pemText: string): string | null {
  const c = firstCert(pemText);
  return c ? (nameAttrs(c.subject).find(([o]) => o === '2.5.4.3')?.[1] ?? null) : null;
}

export type { Node };


/** The DNS names and IP addresses of a certificate's subject alternative names, in order. */
export function altNames(c: Certificate): { dns: string[]; ips: string[] } {
  const out = { dns: [] as string[], ips: [] as string[] };
  const e = extension(c, '2.5.29.17');
  if (!e) return out;
  for (const n of children(read(e.value))) {
    const b = content(n);
    if (n.tag === 0x82) out.dns.push(new TextDecoder().decode(b));
    else if (n.tag === 0x87) out.ips.push(ipText(b));
  }
  return out;
}

/** An address as Go's net.IP String() writes it (IPv6 with the longest run of zero groups as ::). */
export function ipText(b: Bytes): string {
  if (b.length === 4) return [...b].join('.');
  const g: number[] = [];
  for (let i = 0; i + 1 < b.length; i += 2) g.push((b[i] << 8) | b[i + 1]);
  let best = -1;
  let len = 0;
  for (let i = 0; i < g.length; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < g.length && g[j] === 0) j++;
    if (j - i > len && j - i >= 2) [best, len] = [i, j - i];
    i = j;
  }
  const hx = (a: number[]) => a.map((x) => x.toString(16)).join(':');
  return best < 0 ? hx(g) : `${hx(g.slice(0, best))}::${hx(g.slice(best + len))}`;
}
