// openssl s_client -connect host:port to a node's kube-apiserver (6443) or kubelet (10250), the two TLS servers
// whose serving certificates are files the world holds (net/endpoints.ts says who listens). What s_client prints
// was recorded against a Go TLS listener set up as their secure serving is (scripts/golden/openssl-s_client.sh):
// TLS 1.3 with TLS_AES_128_GCM_SHA256 and X25519, an RSA-PSS CertificateVerify, a CertificateRequest naming the
// client CA bundle, one session ticket after the handshake. Bytes read: 608 plus each certificate sent (5 more
// each) and each CA name (2 more each); written: 391, and 9 more plus the name when SNI is sent. Over TLS 1.3,
// OpenSSL from 3.1 says "This TLS version forbids renegotiation." where 3.0 said "Secure Renegotiation IS NOT
// supported" (CHANGES.md, 3.0 to 3.1.0). The session's
// random values come from the world's random source. stdin is taken as at its end: the connection closes.
import type { CommandContext } from '../../context';
import type { Host } from '../../types';
import { children, content, pem, pemBlocks, read, type Bytes } from '../../k8s/pki/der';
import { parseCert, subjectKeyIdOf, extension, type Certificate } from '../../k8s/pki/parse';
import { resolveHost } from '../lib/net';
import { sockets } from '../lib/sockets';
import { readFile } from '../lib/files';
import { DEFAULT_NAMEOPT, NAMEOPTS, printName as printWith } from './names';
import { has, last, OptError, parseOpts, type OptTable } from './opt';
import { asn1Time, spkiParts } from './text';
import { load } from './io';

/** The names' format for this run (-nameopt, else 3.2's utf8 default). */
let nameopt = DEFAULT_NAMEOPT;
const printName = (der: Bytes) => printWith(der, nameopt);

const SIGALGS = 'RSA-PSS+SHA256:ECDSA+SHA256:ed25519:RSA-PSS+SHA384:RSA-PSS+SHA512:RSA+SHA256:RSA+SHA384:RSA+SHA512:ECDSA+SHA384:ECDSA+SHA512';
const REQUESTED = `${SIGALGS}:RSA+SHA1:ECDSA+SHA1`;

const OPTS: OptTable['opts'] = {
  help: '-', connect: 's', host: 's', port: 'p', bind: 's', servername: 's', noservername: '-', showcerts: '-', brief: '-', quiet: '-', CAfile: '<', CApath: 's', CAstore: 's', 'no-CAfile': '-', 'no-CApath': '-',
  verify: 'p', verify_return_error: '-', cert: '<', key: 's', pass: 's', alpn: 's', tls1_2: '-', tls1_3: '-', state: '-', debug: '-', msg: '-', prexit: '-', ign_eof: '-', no_ign_eof: '-', crlf: '-', starttls: 's', verify_hostname: 's', nameopt: 's',
};

const VERIFY_TEXT: Record<number, string> = {
  0: 'ok',
  10: 'certificate has expired',
  19: 'self-signed certificate in certificate chain',
  20: 'unable to get local issuer certificate',
  21: 'unable to verify the first certificate',
};

const same = (a: Bytes, b: Bytes) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The verify callback's lines and the final code (X509_verify_cert's order as recorded). */
function verifyChain(chain: Certificate[], trusted: Certificate[], now: number, brief: boolean): { lines: string; code: number } {
  const leaf = chain[0];
  const name = (c: Certificate) => printName(c.subject);
  const expired = leaf.notAfter < now;
  const notAfter = `notAfter=${asn1Time(leaf.notAfter)}\n`;
  let lines = '';
  let code = 0;
  const cb = (c: Certificate, depth: number, err?: number) => {
    if (brief && !err) return;
    lines += `depth=${depth} ${name(c)}\n`;
    if (err) lines += `verify error:num=${err}:${VERIFY_TEXT[err]}\n`;
    if (err === 10 || (!err && code === 10)) lines += brief ? '' : notAfter;
    if (!brief) lines += 'verify return:1\n';
    if (err) code = err;
  };
  const top = chain[chain.length - 1];
  const akiOf = (c: Certificate) => {
    const e = extension(c, '2.5.29.35');
    const id = e ? children(read(e.value)).find((n) => n.tag === 0x80) : undefined;
    return id ? content(id) : null;
  };
  const issuedBy = (c: Certificate, ca: Certificate) => same(c.issuer, ca.subject) && (!akiOf(c) || same(akiOf(c)!, subjectKeyIdOf(ca) ?? new Uint8Array()));
  const anchor = trusted.find((t) => issuedBy(top, t) || same(t.der, top.der));
  if (anchor) {
    const selfInChain = same(top.subject, top.issuer);
    if (!selfInChain) cb(anchor, chain.length);
    for (let d = chain.length - 1; d >= 0; d--) {
      if (d === 0 && expired) cb(chain[0], 0, 10);
      cb(chain[d], d);
    }
  } else if (chain.length > 1 && same(top.subject, top.issuer)) {
    cb(top, chain.length - 1, 19);
    for (let d = chain.length - 1; d >= 0; d--) cb(chain[d], d);
  } else {
    cb(leaf, 0, 20);
    cb(leaf, 0, 21);
    if (expired) cb(leaf, 0, 10);
    cb(leaf, 0);
  }
  return { lines, code };
}

function hexdump(b: Bytes, indent: number): string {
  let s = '';
  for (let i = 0; i < b.length; i += 16) {
    let line = `${' '.repeat(indent)}${i.toString(16).padStart(4, '0')} - `;
    let ascii = '';
    for (let j = 0; j < 16; j++) {
      const x = b[i + j];
      if (i + j >= b.length) line += '   ';
      else {
        line += x.toString(16).padStart(2, '0') + (j === 7 ? '-' : ' ');
        ascii += x >= 0x20 && x < 0x7f ? String.fromCharCode(x) : '.';
      }
    }
    s += `${line}  ${ascii}\n`;
  }
  return s;
}

const upperHex = (b: Bytes) => [...b].map((x) => x.toString(16).padStart(2, '0').toUpperCase()).join('');

export function sClient(ctx: CommandContext, args: string[], help: () => string): number {
  let p;
  try {
    p = parseOpts(args, { prog: 's_client', opts: OPTS, rest: true });
  } catch (e) {
    if (e instanceof OptError) return (ctx.err(e.text), 1);
    throw e;
  }
  if (has(p, 'help')) return (ctx.err(help()), 0);
  nameopt = NAMEOPTS[(last(p, 'nameopt') ?? 'utf8').toLowerCase()] ?? DEFAULT_NAMEOPT;
  const target = last(p, 'connect') ?? p.rest[0] ?? 'localhost:4433';
  const m = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(target);
  if (!m) return (ctx.err(`s_client: -connect argument or target parameter malformed or ambiguous\n`), 1);
  const host = m[1] ?? m[2];
  const port = Number(m[3]);
  return connect(ctx, host, port, p);
}

function connect(ctx: CommandContext, host: string, port: number, p: ReturnType<typeof parseOpts>): number {
  const own = host === 'localhost' || host === ctx.host.hostname || host.startsWith('127.') || ctx.host.ifaces.some((i) => i.addr === host);
  const found = componentFor(ctx, host, own, port);
  if (found === 'refused') return (ctx.err('connect:errno=111\n'), 1);
  if (found === 'unknown') return (ctx.err('connect:errno=22\n'), 1);
  if (!found) return 1;
  const { chainPem, caNames } = found;
  const chain = pemBlocks(chainPem).filter((b) => b.label === 'CERTIFICATE').map((b) => parseCert(b.der)!).filter(Boolean);
  if (!chain.length) return 1;
  const brief = has(p, 'brief');
  const trusted: Certificate[] = [];
  const caFile = last(p, 'CAfile');
  if (caFile) {
    const l = load(ctx, caFile);
    if (l.ok) for (const b of pemBlocks(l.text)) if (b.label === 'CERTIFICATE') trusted.push(parseCert(b.der)!);
  }
  const v = verifyChain(chain, trusted.filter(Boolean), ctx.world.now, brief);
  const sni = last(p, 'servername') ?? (!has(p, 'noservername') && /[a-z]/i.test(host) && host.includes('.') ? host : undefined);
  const leaf = chain[0];
  const bits = (c: Certificate) => {
    const k = spkiParts(c.spki);
    return k.alg === '1.2.840.113549.1.1.1' ? content(children(read(k.key))[0]).filter((_, i, a) => !(i === 0 && a[0] === 0)).length * 8 : 256;
  };
  const verdict = v.code ? `Verification error: ${VERIFY_TEXT[v.code]}` : 'Verification: OK';
  const ret = `Verify return code: ${v.code} (${VERIFY_TEXT[v.code]})`;
  let err = sni ? '' : "Can't use SSL_get_servername\n";
  err += v.lines;
  if (brief) {
    err += `CONNECTION ESTABLISHED\nProtocol version: TLSv1.3\nCiphersuite: TLS_AES_128_GCM_SHA256\nRequested Signature Algorithms: ${REQUESTED}\nPeer certificate: ${printName(leaf.subject)}\nHash used: SHA256\nSignature type: RSA-PSS\n${verdict}\nServer Temp Key: X25519, 253 bits\nDONE\n`;
    ctx.err(err);
    return 0;
  }
  // on a terminal the verify callback's lines (stderr) come between CONNECTED and the chain
  ctx.out('CONNECTED(00000003)\n');
  ctx.err(err);
  let out = '---\nCertificate chain\n';
  chain.forEach((c, i) => {
    out += ` ${i} s:${printName(c.subject)}\n   i:${printName(c.issuer)}\n   a:PKEY: rsaEncryption, ${bits(c)} (bit); sigalg: RSA-SHA256\n   v:NotBefore: ${asn1Time(c.notBefore)}; NotAfter: ${asn1Time(c.notAfter)}\n`;
    if (has(p, 'showcerts')) out += pem('CERTIFICATE', c.der);
  });
  out += has(p, 'showcerts') ? '---\nServer certificate\n' : `---\nServer certificate\n${pem('CERTIFICATE', leaf.der)}`;
  out += `subject=${printName(leaf.subject)}\nissuer=${printName(leaf.issuer)}\n---\nAcceptable client certificate CA names\n${caNames.map((n) => printName(n) + '\n').join('')}`;
  out += `Requested Signature Algorithms: ${REQUESTED}\nShared Requested Signature Algorithms: ${SIGALGS}\nPeer signing digest: SHA256\nPeer signature type: RSA-PSS\nServer Temp Key: X25519, 253 bits\n---\n`;
  const readBytes = 608 + chain.reduce((n, c) => n + c.der.length + 5, 0) + caNames.reduce((n, x) => n + x.length + 2, 0);
  const written = 391 + (sni ? 9 + sni.length : 0);
  out += `SSL handshake has read ${readBytes} bytes and written ${written} bytes\n${verdict}\n---\nNew, TLSv1.3, Cipher is TLS_AES_128_GCM_SHA256\nServer public key is ${bits(leaf)} bit\nThis TLS version forbids renegotiation.\nCompression: NONE\nExpansion: NONE\nNo ALPN negotiated\nEarly data was not sent\n${ret}\n---\n`;
  const rnd = (n: number) => Uint8Array.from({ length: n }, () => ctx.world.rng.int(0, 255));
  out += `---\nPost-Handshake New Session Ticket arrived:\nSSL-Session:\n    Protocol  : TLSv1.3\n    Cipher    : TLS_AES_128_GCM_SHA256\n    Session-ID: ${upperHex(rnd(32))}\n    Session-ID-ctx: \n    Resumption PSK: ${upperHex(rnd(32))}\n    PSK identity: None\n    PSK identity hint: None\n    SRP username: None\n    TLS session ticket lifetime hint: 604800 (seconds)\n    TLS session ticket:\n${hexdump(rnd(113), 4)}\n`;
  out += `    Start Time: ${Math.floor(ctx.world.now / 1000)}\n    Timeout   : 7200 (sec)\n    ${ret}\n    Extended master secret: no\n    Max Early Data: 0\n---\nread R BLOCK\n`;
  ctx.out(out);
  ctx.err('DONE\n');
  return 0;
}

type Found = { chainPem: string; caNames: Bytes[] } | 'refused' | 'unknown' | null;

/** The serving chain and the client CA names of the component at host:port, or how the connection fails. */
function componentFor(ctx: CommandContext, host: string, own: boolean, port: number): Found {
  const g = guestAtSync(ctx, host, own);
  if (g === 'unknown') return 'unknown';
  if (!g) return null;
  const listening = listenerOf(ctx, g.h, g.addr, port);
  if (!listening) return g.h.up ? 'refused' : null;
  const file = (path: string) => {
    const r = readFile(Object.create(ctx, { host: { value: g.h }, frame: { value: { ...ctx.frame, user: 'root' } } }) as CommandContext, path);
    return r.ok ? r.text : '';
  };
  const subjectOf = (path: string) => {
    const c = pemBlocks(file(path)).find((b) => b.label === 'CERTIFICATE');
    const cert = c ? parseCert(c.der) : null;
    return cert ? [cert.subject] : [];
  };
  if (listening === 'kube-apiserver' && port === 6443) return { chainPem: file('/etc/kubernetes/pki/apiserver.crt'), caNames: [...subjectOf('/etc/kubernetes/pki/ca.crt'), ...subjectOf('/etc/kubernetes/pki/front-proxy-ca.crt')] };
  if (listening === 'kubelet' && port === 10250) return { chainPem: file('/var/lib/kubelet/pki/kubelet.crt'), caNames: subjectOf('/etc/kubernetes/pki/ca.crt') };
  return null;
}

function guestAtSync(ctx: CommandContext, host: string, own: boolean): { h: Host; addr: string } | 'unknown' | null {
  if (own) return { h: ctx.host, addr: host === 'localhost' || host === ctx.host.hostname ? '127.0.0.1' : host };
  const r = resolveHost(ctx, host);
  if (!r) return 'unknown';
  for (const h of ctx.world.hosts.values()) if (h.sys && h.ifaces.some((i) => i.addr === r.addr && i.name !== 'eth0')) return { h, addr: r.addr };
  return null;
}

/** The process listening on addr:port on a guest (ss's view), or null. */
function listenerOf(ctx: CommandContext, h: Host, addr: string, port: number): string | null {
  if (!h.up) return null;
  const there = h === ctx.host ? ctx : (Object.create(ctx, { host: { value: h } }) as CommandContext);
  const local = h === ctx.host && addr.startsWith('127.');
  for (const s of sockets(there)) {
    if (s.proto !== 'tcp' || s.state !== 'LISTEN' || s.port !== port) continue;
    if (s.local === '*' || s.local === '0.0.0.0' || s.local === '[::]' || s.local === addr || (local && s.local.startsWith('127.'))) return s.users[0]?.[0] ?? '?';
  }
  return null;
}
