// openssl req (reading a request: -text, -subject, -noout), rsa and pkey (reading keys: -text, -noout, -modulus,
// -pubout, -pubin) and verify -CAfile (apps/req.c, rsa.c, pkey.c, verify.c). verify checks the chain by names,
// key ids and dates; it cannot check signatures (the simulator's keys are not real: DIFFERENCES.md).
import type { CommandContext } from '../../context';
import { children, content, pem, pemBlocks, read, seq, oid, nul, bits, type Bytes } from '../../k8s/pki/der';
import { parseCert, subjectKeyIdOf, extension, type Certificate } from '../../k8s/pki/parse';
import { decode, emit, inName, load } from './io';
import { DEFAULT_NAMEOPT, labelled, NAMEOPTS, printName, type NameOpt } from './names';
import { formatOf, has, last, OptError, parseOpts, type OptTable, type Parsed } from './opt';
import { buildRequest, encodeSubj, makeKey, parseSubj, pkcs8, progress } from './gen';
import { writeKey } from './genkey';
import { ecPrivateText, parseRequest, publicKeyText, requestText, rsaPrivateText, spkiParts } from './text';

/** req -new -key FILE, or -newkey rsa:BITS|ec with -keyout, and -subj: the request to -out or stdout. */
function newRequest(ctx: CommandContext, p: Parsed): number {
  const subj = parseSubj(last(p, 'subj')!, 'req');
  if ('error' in subj) return (ctx.err(subj.error), 1);
  ctx.err(subj.warnings);
  let spki: Bytes;
  let kind: 'rsa' | 'ec';
  const newkey = last(p, 'newkey');
  if (newkey !== undefined) {
    kind = /^ec(:|$)/i.test(newkey) ? 'ec' : 'rsa';
    if (!/^(rsa(:\d+)?|ec(:.*)?)$/i.test(newkey) || !(has(p, 'nodes') || has(p, 'noenc'))) {
      // other key types and the pass phrase prompt are not simulated
      ctx.err('req: Use -help for summary.\n');
      return 1;
    }
    const keyout = last(p, 'keyout') ?? 'privkey.pem';
    const k = makeKey(ctx, kind, ctx.host.fs.resolve(ctx.frame.cwd, keyout));
    ctx.err(`${kind === 'rsa' ? progress(k) : ''}-----\n`);
    if (!writeKey(ctx, keyout, pem('PRIVATE KEY', pkcs8(k)), 'req')) return 1;
    spki = k.spki;
  } else {
    const file = last(p, 'key');
    if (file === undefined) return (ctx.err('req: Use -help for summary.\n'), 1);
    const l = load(ctx, file);
    if (!l.ok) return (ctx.err(`Could not open file or uri for loading private key from ${file}\n`), 1);
    const b = pemBlocks(l.text).find((x) => ['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'PRIVATE KEY'].includes(x.label));
    const k = b ? privateKey(b.der, b.label) : null;
    if (!k) return (ctx.err(`Could not read private key from ${file}\n`), 1);
    kind = k.kind;
    spki = publicOf(k);
  }
  const der = buildRequest(encodeSubj(subj.name), spki, kind);
  const r = parseRequest(der);
  if (has(p, 'text') && r) ctx.out(requestText(r));
  if (has(p, 'noout')) return 0;
  return emit(ctx, last(p, 'out'), pem('CERTIFICATE REQUEST', der)) ? 0 : 1;
}

type Run = (ctx: CommandContext, args: string[], help: () => string) => number;

function parse(ctx: CommandContext, args: string[], t: OptTable) {
  try {
    return parseOpts(args, t);
  } catch (e) {
    if (e instanceof OptError) {
      ctx.err(e.text);
      return null;
    }
    throw e;
  }
}

const hexOf = (b: Bytes) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

const req: Run = (ctx, args, help) => {
  const opts: OptTable['opts'] = { help: '-', in: '<', inform: 'f', out: '>', outform: 'f', text: '-', noout: '-', subject: '-', pubkey: '-', modulus: '-', verify: '-', nameopt: 's', reqopt: 's', new: '-', x509: '-', key: 's', keyout: '>', newkey: 's', nodes: '-', noenc: '-', subj: 's', days: 'n', config: '<', addext: 's', extensions: 's', reqexts: 's', passin: 's', passout: 's', batch: '-', engine: 's', provider: 's' };
  const p = parse(ctx, args, { prog: 'req', opts, unknown: { key: 'digest', known: (n) => ['sha1', 'sha256', 'sha384', 'sha512', 'md5'].includes(n.toLowerCase()), message: (n) => `req: Unknown option or message digest: ${n}\n` } });
  if (!p) return 1;
  if (has(p, 'help')) return (ctx.err(help()), 0);
  if (has(p, 'x509') || ((has(p, 'new') || has(p, 'newkey')) && last(p, 'subj') === undefined)) {
    // self-signed certificates and the prompts for a name are not simulated (DIFFERENCES.md)
    ctx.err('req: Use -help for summary.\n');
    return 1;
  }
  if (has(p, 'new') || has(p, 'newkey')) return newRequest(ctx, p);
  const file = last(p, 'in');
  const l = load(ctx, file);
  if (!l.ok) return (ctx.err(`Could not open file or uri for loading X509 request from ${file}\n`), 1);
  const d = decode(l, formatOf(last(p, 'inform') ?? 'PEM') ?? 'PEM', ['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']);
  const r = d ? parseRequest(d.der) : null;
  if (!r || !d) return (ctx.err(`Could not read X509 request from ${inName(file)}\nUnable to load X509 request\n`), 1);
  const nameopt = NAMEOPTS[(last(p, 'nameopt') ?? 'utf8').toLowerCase()] ?? DEFAULT_NAMEOPT;
  let out = '';
  if (has(p, 'text')) out += requestText(r, nameopt);
  if (has(p, 'subject')) out += labelled('subject', r.subject, nameopt);
  if (has(p, 'pubkey')) out += pem('PUBLIC KEY', r.spki);
  if (has(p, 'verify')) ctx.err('Certificate request self-signature verify OK\n');
  ctx.out(out);
  if (!has(p, 'noout')) emit(ctx, last(p, 'out'), pem('CERTIFICATE REQUEST', d.der));
  return 0;
};

/** A private key file's key: PKCS#1 RSA, SEC 1 EC, or PKCS#8 around either. */
export function privateKey(der: Bytes, label: string): { kind: 'rsa' | 'ec'; der: Bytes; curve?: Bytes } | null {
  try {
    if (label === 'RSA PRIVATE KEY') return { kind: 'rsa', der };
    if (label === 'EC PRIVATE KEY') return { kind: 'ec', der };
    const [, alg, key] = children(read(der));
    const o = hexOf(content(children(alg)[0]));
    const inner = content(key);
    const param = children(alg)[1];
    return o === '2a864886f70d010101' ? { kind: 'rsa', der: inner } : o === '2a8648ce3d0201' ? { kind: 'ec', der: inner, curve: der.slice(param.start, param.end) } : null;
  } catch {
    return null;
  }
}

/** The SubjectPublicKeyInfo of a private key. */
export function publicOf(k: { kind: 'rsa' | 'ec'; der: Bytes; curve?: Bytes }): Bytes {
  const parts = children(read(k.der));
  if (k.kind === 'rsa') return seq(seq(oid('1.2.840.113549.1.1.1'), nul()), bits(seq(k.der.slice(parts[1].start, parts[1].end), k.der.slice(parts[2].start, parts[2].end))));
  const curve = parts.find((x) => x.tag === 0xa0);
  const pub = parts.find((x) => x.tag === 0xa1)!;
  const c = curve ? children(curve)[0] : null;
  return seq(seq(oid('1.2.840.10045.2.1'), c ? k.der.slice(c.start, c.end) : k.curve!), bits(content(children(pub)[0]).slice(1)));
}

function keyCommand(prog: 'rsa' | 'pkey'): Run {
  return (ctx, args, help) => {
    const opts: OptTable['opts'] = { help: '-', in: 's', inform: 'f', passin: 's', out: '>', outform: 'f', passout: 's', text: '-', noout: '-', modulus: '-', pubin: '-', pubout: '-', check: '-', text_pub: '-', traditional: '-', RSAPublicKey_in: '-', RSAPublicKey_out: '-', engine: 's', provider: 's' };
    const cipher = prog === 'rsa' ? (n: string) => `rsa: Unknown cipher: ${n}\n` : (n: string) => `pkey: Unknown option or cipher: ${n}\n`;
    const p = parse(ctx, args, { prog, opts, unknown: { key: 'cipher', known: (n) => /^(aes(128|192|256)|des3|aes-(128|192|256)-cbc)$/.test(n), message: cipher } });
    if (!p) return 1;
    if (has(p, 'help')) return (ctx.err(help()), 0);
    const file = last(p, 'in');
    const pubin = has(p, 'pubin');
    const what = pubin ? 'public key' : 'private key';
    const l = load(ctx, file);
    if (!l.ok) return (ctx.err(`Could not open file or uri for loading ${what} from ${file}\n`), 1);
    const fmt = formatOf(last(p, 'inform') ?? 'PEM') ?? 'PEM';
    let spki: Bytes | null = null;
    let text = '';
    if (pubin) {
      const d = decode(l, fmt, ['PUBLIC KEY']);
      spki = d ? d.der : null;
      if (spki) text = publicKeyText(spki, 0, { size: 'Public-Key', modulus: 'Modulus', exponent: 'Exponent' });
    } else {
      const blocks = fmt === 'DER' ? [{ label: 'PRIVATE KEY', der: l.bytes }] : pemBlocks(l.text);
      const b = blocks.find((x) => ['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'PRIVATE KEY'].includes(x.label));
      const k = b ? privateKey(b.der, b.label) : null;
      if (k && !(prog === 'rsa' && k.kind !== 'rsa')) {
        spki = publicOf(k);
        text = k.kind === 'rsa' ? rsaPrivateText(k.der) : ecPrivateText(k.der, k.curve);
      }
    }
    if (!spki) {
      ctx.err(`Could not read ${what} from ${inName(file)}\n`);
      return 1;
    }
    let out = '';
    if (has(p, 'text') || has(p, 'text_pub')) out += has(p, 'text_pub') && !pubin ? publicKeyText(spki, 0) : text;
    if (has(p, 'modulus')) {
      const k = spkiParts(spki);
      out += k.alg === '1.2.840.113549.1.1.1' ? `Modulus=${hexOf(content(children(read(k.key))[0])).replace(/^(00)+/, '').toUpperCase()}\n` : '';
    }
    ctx.out(out);
    if (!has(p, 'noout')) {
      if (prog === 'rsa' && !pubin && !has(p, 'pubout')) ctx.err('writing RSA key\n');
      const der = formatOf(last(p, 'outform') ?? 'PEM') === 'DER';
      if (pubin || has(p, 'pubout')) emit(ctx, last(p, 'out'), der ? spki : pem('PUBLIC KEY', spki));
      else {
        const b = pemBlocks(l.text)[0];
        emit(ctx, last(p, 'out'), b ? (der ? b.der : pem(b.label, b.der)) : '');
      }
    }
    return 0;
  };
}

/** X509_verify_cert's answer for one certificate against the CA file's certificates (names, key ids, dates). */
function verifyOne(c: Certificate, cas: Certificate[], now: number): { ok: true } | { code: number; depth: number; text: string; subject: Bytes } {
  const same = (a: Bytes, b: Bytes) => hexOf(a) === hexOf(b);
  const aki = extension(c, '2.5.29.35');
  const akiId = aki ? content(children(read(aki.value)).find((n) => n.tag === 0x80) ?? read(aki.value)) : null;
  const issuer = cas.find((ca) => same(ca.subject, c.issuer) && (!akiId || same(subjectKeyIdOf(ca) ?? new Uint8Array(), akiId)));
  const selfSigned = same(c.subject, c.issuer) && (!akiId || same(subjectKeyIdOf(c) ?? new Uint8Array(), akiId));
  if (!issuer) {
    if (selfSigned) return { code: 18, depth: 0, text: 'self-signed certificate', subject: c.subject };
    return { code: 20, depth: 0, text: 'unable to get local issuer certificate', subject: c.subject };
  }
  if (c.notBefore > now) return { code: 9, depth: 0, text: 'certificate is not yet valid', subject: c.subject };
  if (c.notAfter < now) return { code: 10, depth: 0, text: 'certificate has expired', subject: c.subject };
  if (issuer.notAfter < now) return { code: 10, depth: 1, text: 'certificate has expired', subject: issuer.subject };
  return { ok: true };
}

const verify: Run = (ctx, args, help) => {
  const opts: OptTable['opts'] = { help: '-', CAfile: '<', CApath: 's', CAstore: 's', 'no-CAfile': '-', 'no-CApath': '-', 'no-CAstore': '-', untrusted: '<', trusted: '<', CRLfile: '<', crl_download: '-', show_chain: '-', verbose: '-', nameopt: 's', purpose: 's', attime: 'M', x509_strict: '-', partial_chain: '-', engine: 's', provider: 's' };
  const p = parse(ctx, args, { prog: 'verify', opts, rest: true });
  if (!p) return 2;
  if (has(p, 'help')) return (ctx.err(help()), 0);
  const cas: Certificate[] = [];
  for (const o of p.list) {
    if (o.key !== 'CAfile' && o.key !== 'trusted') continue;
    const l = load(ctx, String(o.value));
    if (!l.ok) return (ctx.err(`Error loading file ${o.value}\n`), 1);
    for (const b of pemBlocks(l.text)) if (b.label === 'CERTIFICATE') cas.push(parseCert(b.der)!);
  }
  const nameopt: NameOpt = NAMEOPTS[(last(p, 'nameopt') ?? 'utf8').toLowerCase()] ?? DEFAULT_NAMEOPT;
  const files = p.rest.length ? p.rest : [undefined];
  let status = 0;
  for (const f of files) {
    const l = load(ctx, f);
    const d = l.ok ? decode(l, 'PEM', ['CERTIFICATE']) : null;
    const c = d ? parseCert(d.der) : null;
    if (!c) {
      ctx.err(l.ok ? `Could not read certificate file from ${inName(f)}\nUnable to load certificate file\n` : `Could not open file or uri for loading certificate file from ${f}\nUnable to load certificate file\n`);
      status = 2;
      continue;
    }
    const r = verifyOne(c, cas.filter(Boolean), ctx.world.now);
    if ('ok' in r) ctx.out(`${inName(f)}: OK\n`);
    else {
      ctx.err(`${printName(r.subject, nameopt)}\nerror ${r.code} at ${r.depth} depth lookup: ${r.text}\nerror ${inName(f)}: verification failed\n`);
      status = 2;
    }
  }
  return status;
};

export const KEY_COMMANDS: Record<string, Run> = { req, rsa: keyCommand('rsa'), pkey: keyCommand('pkey'), verify };
