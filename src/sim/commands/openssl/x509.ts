// `openssl x509` (apps/x509.c) for reading certificates: each printing option takes the next place in the order
// given (a repeated one moves to its last place; -dates is -startdate then -enddate), -checkend is answered after
// them, then the certificate itself unless -noout. An unknown `-word` is kept as a digest name (the OPT_MD entry),
// which only -fingerprint uses. -req makes the certificate from a request (x509-req.ts); -new is not simulated.
import type { CommandContext } from '../../context';
import { pem, type Bytes } from '../../k8s/pki/der';
import { altNames, nameAttrs, parseCert, type Certificate } from '../../k8s/pki/parse';
import { DIGESTS } from '../coreutils/md5sum/digest';
import { decode, emit, inName, load } from './io';
import { DEFAULT_NAMEOPT, labelled, NAMEOPTS, type NameOpt } from './names';
import { formatOf, has, last, OptError, parseOpts, type OptType } from './opt';
import { asn1Time, certText, extensionText, extShortName, spkiParts, upperColons } from './text';
import { children, content, read } from '../../k8s/pki/der';
import { nameHash } from './hash';
import { certifyRequest } from './x509-req';

const OPTS: Record<string, OptType> = {
  help: '-', in: '<', passin: 's', new: '-', x509toreq: '-', req: '-', copy_extensions: 's', inform: 'f', vfyopt: 's', key: 's', signkey: 's', keyform: 'E', out: '>', outform: 'f', nocert: '-', noout: '-',
  text: '-', dateopt: 's', certopt: 's', fingerprint: '-', alias: '-', serial: '-', startdate: '-', enddate: '-', dates: '-', subject: '-', issuer: '-', nameopt: 's', email: '-', hash: '-', subject_hash: '-', subject_hash_old: '-',
  issuer_hash: '-', issuer_hash_old: '-', ext: 's', ocspid: '-', ocsp_uri: '-', purpose: '-', pubkey: '-', modulus: '-', checkend: 'M', checkhost: 's', checkemail: 's', checkip: 's', set_serial: 's', next_serial: '-',
  days: 'n', preserve_dates: '-', subj: 's', force_pubkey: '<', clrext: '-', extfile: '<', extensions: 's', sigopt: 's', badsig: '-', CA: '<', CAform: 'f', CAkey: 's', CAkeyform: 'E', CAserial: 's', CAcreateserial: '-',
  trustout: '-', setalias: 's', clrtrust: '-', addtrust: 's', clrreject: '-', addreject: 's', rand: 's', writerand: '>', engine: 's', provider: 's', 'provider-path': 's', propquery: 's',
};

const PRINTS = new Set(['text', 'fingerprint', 'alias', 'serial', 'startdate', 'enddate', 'subject', 'issuer', 'email', 'hash', 'subject_hash', 'subject_hash_old', 'issuer_hash', 'issuer_hash_old', 'ocspid', 'ocsp_uri', 'purpose', 'pubkey', 'modulus', 'ext']);

export const DIGEST_NAMES: Record<string, keyof typeof DIGESTS> = { sha1: 'sha1', sha256: 'sha256', sha512: 'sha512', md5: 'md5' };

const hexOf = (b: Bytes) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
const bytesOf = (hex: string) => Uint8Array.from(hex.match(/../g)!, (h) => parseInt(h, 16));

export function x509(ctx: CommandContext, args: string[], help: () => string): number {
  let p;
  try {
    p = parseOpts(args, { prog: 'x509', opts: OPTS, unknown: { known: () => true, message: () => '', key: 'digest' } });
  } catch (e) {
    if (e instanceof OptError) return (ctx.err(e.text), 1);
    throw e;
  }
  if (has(p, 'help')) return (ctx.err(help()), 0);
  const nameoptWord = last(p, 'nameopt');
  const nameopt: NameOpt | undefined = nameoptWord === undefined ? DEFAULT_NAMEOPT : NAMEOPTS[nameoptWord.toLowerCase()];
  if (!nameopt) return (ctx.err('x509: Use -help for summary.\n'), 1);
  // the print options' places
  const order = new Map<string, number>();
  let num = 0;
  for (const o of p.list) {
    if (o.key === 'dates') {
      order.set('startdate', ++num);
      order.set('enddate', ++num);
    } else if (PRINTS.has(o.key)) order.set(o.key === 'subject_hash' ? 'hash' : o.key, ++num);
  }
  const file = last(p, 'in');
  let c: Certificate | null;
  if (has(p, 'req')) {
    const made = certifyRequest(ctx, p);
    if (typeof made === 'number') return made;
    c = parseCert(made);
  } else {
    const l = load(ctx, file);
    if (!l.ok) {
      ctx.err(`Could not open file or uri for loading certificate from ${file}\nUnable to load certificate\n`);
      return 1;
    }
    const d = decode(l, formatOf(last(p, 'inform') ?? 'PEM') ?? 'PEM', ['CERTIFICATE', 'TRUSTED CERTIFICATE', 'X509 CERTIFICATE']);
    c = d ? parseCert(d.der) : null;
  }
  if (!c) {
    ctx.err(`Could not read certificate from ${inName(file)}\nUnable to load certificate\n`);
    return 1;
  }
  const digest = last(p, 'digest');
  let out = '';
  for (const [what] of [...order].sort((a, b) => a[1] - b[1])) {
    if (what === 'ext' && !c.extensions.some((e) => wanted(last(p, 'ext')).includes(extShortName(e.oid) ?? ''))) {
      // print_x509v3_exts: nothing to print is said on stderr
      ctx.out(out);
      out = '';
      ctx.err('No extensions in certificate\n');
      continue;
    }
    out += printOne(c, what, nameopt, digest, last(p, 'ext'));
  }
  let status = 0;
  const checkend = last(p, 'checkend');
  if (checkend !== undefined) {
    const expires = c.notAfter <= ctx.world.now + Number(checkend) * 1000;
    out += expires ? 'Certificate will expire\n' : 'Certificate will not expire\n';
    status = expires ? 1 : 0;
  }
  // -checkhost / -checkip (print_cert_checks), unless -checkend answered; from 3.2 a failed check fails the command
  if (checkend === undefined) {
    const names = altNames(c);
    const host = last(p, 'checkhost');
    if (host !== undefined) {
      const cn = nameAttrs(c.subject).find(([o]) => o === '2.5.4.3')?.[1];
      const pool = names.dns.length ? names.dns : cn ? [cn] : [];
      const ok = pool.some((d) => hostMatches(d, host));
      out += `Hostname ${host} does${ok ? '' : ' NOT'} match certificate\n`;
      if (!ok) status = 1;
    }
    const ip = last(p, 'checkip');
    if (ip !== undefined) {
      const ok = names.ips.includes(ip);
      out += `IP ${ip} does${ok ? '' : ' NOT'} match certificate\n`;
      if (!ok) status = 1;
    }
  }
  const outFile = last(p, 'out');
  if (out) ctx.out(out);
  if (!has(p, 'noout')) emit(ctx, outFile, formatOf(last(p, 'outform') ?? 'PEM') === 'DER' ? c.der : pem('CERTIFICATE', c.der));
  return status;
}

/** X509_check_host: case-insensitive, a leading `*.` matching one label. */
function hostMatches(pattern: string, host: string): boolean {
  const [p, h] = [pattern.toLowerCase(), host.toLowerCase().replace(/\.$/, '')];
  if (p.startsWith('*.')) return h.includes('.') && h.slice(h.indexOf('.')) === p.slice(1) && h.indexOf('.') > 0;
  return p === h;
}

const wanted = (names: string | undefined) => (names ?? '').split(',').map((s) => s.trim());

function printOne(c: Certificate, what: string, nameopt: NameOpt, digest: string | undefined, extNames: string | undefined): string {
  switch (what) {
    case 'subject':
      return labelled('subject', c.subject, nameopt);
    case 'issuer':
      return labelled('issuer', c.issuer, nameopt);
    case 'serial': {
      const s = hexOf(c.serial).replace(/^(00)+(?=..)/, '').toUpperCase();
      return `serial=${s}\n`;
    }
    case 'startdate':
      return `notBefore=${asn1Time(c.notBefore)}\n`;
    case 'enddate':
      return `notAfter=${asn1Time(c.notAfter)}\n`;
    case 'fingerprint': {
      const algo = DIGEST_NAMES[(digest ?? 'sha1').toLowerCase()] ?? 'sha1';
      return `${digest ?? 'SHA1'} Fingerprint=${upperColons(bytesOf(DIGESTS[algo](c.der)))}\n`;
    }
    case 'text':
      return certText(c, nameopt);
    case 'pubkey':
      return pem('PUBLIC KEY', c.spki);
    case 'modulus': {
      const k = spkiParts(c.spki);
      if (k.alg !== '1.2.840.113549.1.1.1') return 'No modulus for this public key type\n';
      const n = content(children(read(k.key))[0]);
      return `Modulus=${hexOf(n).replace(/^(00)+/, '').toUpperCase()}\n`;
    }
    case 'hash':
      return `${nameHash(c.subject)}\n`;
    case 'issuer_hash':
      return `${nameHash(c.issuer)}\n`;
    case 'ext': {
      const want = wanted(extNames);
      return c.extensions.filter((e) => want.includes(extShortName(e.oid) ?? '')).map((e) => extensionText(e, 0)).join('');
    }
    default:
      return '';
  }
}
