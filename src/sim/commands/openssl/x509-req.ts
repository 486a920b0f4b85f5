// openssl x509 -req (apps/x509.c of 3.x): a certificate from a request, signed with -CA/-CAkey or with -key. It says
// "Certificate request self-signature ok" and the request's subject on stderr (3.2's name format: no spaces around
// `=`, NEWS.md of 3.2.0), takes the serial from -set_serial, the CA's serial file (ca.crt → ca.srl, incremented and
// written back; made by -CAcreateserial) or a random one, and signs a v3 certificate (gen.ts).
import type { CommandContext } from '../../context';
import { pemBlocks, type Bytes } from '../../k8s/pki/der';
import { parseCert } from '../../k8s/pki/parse';
import { sha1 } from '../../k8s/pki/x509';
import { bigBytes } from '../../k8s/pki/der';
import { hexSerial, keyIdOf, publicBitsOf, randSerial, signRequest } from './gen';
import { decode, inName, load } from './io';
import { privateKey, publicOf } from './keys';
import { printName } from './names';
import { formatOf, last, type Parsed } from './opt';
import { parseRequest } from './text';

const same = (a: Bytes, b: Bytes) => a.length === b.length && a.every((x, i) => x === b[i]);

function loadKey(ctx: CommandContext, file: string, what: string) {
  const l = load(ctx, file);
  if (!l.ok) return (ctx.err(`Could not open file or uri for loading ${what} from ${file}\n`), null);
  const b = pemBlocks(l.text).find((x) => ['RSA PRIVATE KEY', 'EC PRIVATE KEY', 'PRIVATE KEY'].includes(x.label));
  const k = b ? privateKey(b.der, b.label) : null;
  if (!k) return (ctx.err(`Could not read ${what} from ${file}\n`), null);
  return k;
}

/** The serial: -set_serial, the serial file (read, incremented, written back), or a random one. */
function serialFor(ctx: CommandContext, p: Parsed, caFile: string | undefined, label: string): Bytes | null {
  const set = last(p, 'set_serial');
  if (set !== undefined) return bigBytes(BigInt(/^0x/i.test(set) ? set : /^\d+$/.test(set) ? set : '0'));
  const explicit = last(p, 'CAserial');
  if (!caFile || (!explicit && !p.list.some((o) => o.key === 'CAcreateserial'))) return randSerial(label);
  const file = explicit ?? caFile.replace(/\.[^./]*$/, '') + '.srl';
  const path = ctx.host.fs.resolve(ctx.frame.cwd, file);
  const text = ctx.host.fs.isFile(path) ? ctx.host.fs.read(path) : null;
  let n: bigint;
  if (typeof text === 'string') n = BigInt('0x' + (text.trim() || '0')) + 1n;
  else if (p.list.some((o) => o.key === 'CAcreateserial')) n = BigInt('0x' + hexSerial(randSerial(label))) + 1n;
  else return (ctx.err(`${file}: No such file or directory\n`), null);
  const bytes = bigBytes(n);
  ctx.host.fs.write(path, hexSerial(bytes) + '\n');
  return bytes;
}

/** The new certificate's DER, or the exit status of a failure. */
export function certifyRequest(ctx: CommandContext, p: Parsed): Bytes | number {
  const file = last(p, 'in');
  if (file === undefined) ctx.err('Warning: Reading cert request from stdin since no -in option is given\n');
  const l = load(ctx, file);
  // the error queue's lines between these two (a thread id and source lines) are left out
  if (!l.ok) return (ctx.err(`Can't open "${file}" for reading, ${l.errno === 'EACCES' ? 'Permission denied' : 'No such file or directory'}\nUnable to load certificate request input\n`), 1);
  const d = decode(l, formatOf(last(p, 'inform') ?? 'PEM') ?? 'PEM', ['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']);
  const r = d ? parseRequest(d.der) : null;
  if (!r) return (ctx.err(`Could not read certificate request input from ${inName(file)}\nUnable to load certificate request input\n`), 1);
  ctx.err(`Certificate request self-signature ok\nsubject=${printName(r.subject, 'utf8')}\n`);
  const caFile = last(p, 'CA');
  const keyFile = last(p, 'key') ?? last(p, 'signkey');
  if (!caFile && !keyFile) return (ctx.err('We need a private key to sign with, use -key or -CAkey or -CA with private key\n'), 1);
  if (caFile && keyFile) return (ctx.err('Cannot use both -key/-signkey and -CA option\n'), 1);
  const label = `openssl/${ctx.world.seed}/${ctx.host.id}/${ctx.frame.cwd}/${ctx.world.now}/${hexSerial(sha1(r.subject))}`;
  const days = Number(last(p, 'days') ?? 30);
  if (keyFile) {
    const k = loadKey(ctx, keyFile, 'private key');
    if (!k) return 1;
    const own = same(publicOf(k), r.spki);
    const serial = serialFor(ctx, p, undefined, label)!;
    return signRequest({ subject: r.subject, spki: r.spki, issuer: r.subject, issuerKeyId: sha1(publicBitsOf(publicOf(k))), selfSigned: own, signerKind: k.kind, serial, notBefore: ctx.world.now, days });
  }
  const cl = load(ctx, caFile!);
  if (!cl.ok) return (ctx.err(`Could not open file or uri for loading CA certificate from ${caFile}\nUnable to load CA certificate\n`), 1);
  const cd = decode(cl, 'PEM', ['CERTIFICATE', 'TRUSTED CERTIFICATE', 'X509 CERTIFICATE']);
  const ca = cd ? parseCert(cd.der) : null;
  if (!ca) return (ctx.err(`Could not read CA certificate from ${caFile}\nUnable to load CA certificate\n`), 1);
  const k = loadKey(ctx, last(p, 'CAkey') ?? caFile!, 'CA private key');
  if (!k) return 1;
  if (!same(publicOf(k), ca.spki)) return (ctx.err('CA certificate and CA private key do not match\n'), 1);
  const serial = serialFor(ctx, p, caFile, label);
  if (!serial) return 1;
  return signRequest({ subject: r.subject, spki: r.spki, issuer: ca.subject, issuerKeyId: keyIdOf(ca), selfSigned: same(ca.spki, r.spki), signerKind: k.kind, serial, notBefore: ctx.world.now, days });
}
