// openssl genrsa, genpkey and ecparam -genkey (apps/genrsa.c, genpkey.c, ecparam.c of 3.x): a private key in PEM to
// -out (made only by its owner, mode 0600, as bio_open_owner does) or to stdout. genrsa is quiet; genpkey prints
// the prime search's progress for RSA. Only P-256 (prime256v1) is made for EC keys (DIFFERENCES.md).
import type { CommandContext } from '../../context';
import { oid, pem } from '../../k8s/pki/der';
import { OID, type KeyPair } from '../../k8s/pki/x509';
import { makeKey, pkcs8, progress } from './gen';
import { has, last, OptError, parseOpts, type OptTable } from './opt';

type Run = (ctx: CommandContext, args: string[], help: () => string) => number;

function parse(ctx: CommandContext, args: string[], t: OptTable) {
  try {
    return parseOpts(args, t);
  } catch (e) {
    if (e instanceof OptError) return (ctx.err(e.text), null);
    throw e;
  }
}

const CIPHERS = (n: string) => /^(aes(128|192|256)|des3|aes-(128|192|256)-cbc)$/i.test(n);

/** Writes a private key where -out says (0600) or to stdout; false when the file cannot be made. */
export function writeKey(ctx: CommandContext, out: string | undefined, text: string, prog: string): boolean {
  if (out === undefined || out === '-') return (ctx.out(text), true);
  const path = ctx.host.fs.resolve(ctx.frame.cwd, out);
  const e = ctx.host.fs.write(path, text, false, 0o600);
  if (e) {
    ctx.err(`${prog}: Can't open "${out}" for writing, ${e === 'EACCES' ? 'Permission denied' : e === 'EISDIR' ? 'Is a directory' : 'No such file or directory'}\n`);
    return false;
  }
  return true;
}

const where = (ctx: CommandContext, out: string | undefined) => (out ? ctx.host.fs.resolve(ctx.frame.cwd, out) : `-${ctx.frame.cwd}`);

const genrsa: Run = (ctx, args, help) => {
  const opts: OptTable['opts'] = { help: '-', out: '>', passout: 's', '3': '-', F4: '-', f4: '-', primes: 'p', verbose: '-', quiet: '-', traditional: '-', rand: 's', writerand: '>', engine: 's', provider: 's', 'provider-path': 's', propquery: 's' };
  const p = parse(ctx, args, { prog: 'genrsa', opts, rest: true, unknown: { key: 'cipher', known: CIPHERS, message: (n) => `genrsa: Unknown option or cipher: ${n}\n` } });
  if (!p) return 1;
  if (has(p, 'help')) return (ctx.err(help()), 0);
  if (p.rest.length > 1) return (ctx.err('genrsa: Use -help for summary.\n'), 1);
  if (p.rest.length && !/^\d+$/.test(p.rest[0])) return (ctx.err(`genrsa: Can't parse "${p.rest[0]}" as a number\n`), 1);
  const out = last(p, 'out');
  const k = makeKey(ctx, 'rsa', where(ctx, out));
  if (has(p, 'verbose')) ctx.err(`Generating RSA key with ${p.rest[0] ?? 2048} bits\n${progress(k)}`);
  const text = has(p, 'traditional') ? pem('RSA PRIVATE KEY', k.privateDer) : pem('PRIVATE KEY', pkcs8(k));
  return writeKey(ctx, out, text, 'genrsa') ? 0 : 1;
};

const CURVES = new Set(['P-256', 'prime256v1', 'secp256r1']);

const genpkey: Run = (ctx, args, help) => {
  const opts: OptTable['opts'] = { help: '-', out: '>', outform: 'f', outpubkey: '>', pass: 's', algorithm: 's', pkeyopt: 's', paramfile: '<', genparam: '-', text: '-', quiet: '-', verbose: '-', engine: 's', provider: 's', 'provider-path': 's', propquery: 's', config: '<' };
  const p = parse(ctx, args, { prog: 'genpkey', opts, unknown: { key: 'cipher', known: CIPHERS, message: (n) => `genpkey: Unknown option or cipher: ${n}\n` } });
  if (!p) return 1;
  if (has(p, 'help')) return (ctx.err(help()), 0);
  const alg = last(p, 'algorithm');
  if (!alg) return (ctx.err('genpkey: Use -help for summary.\n'), 1);
  const kind = alg.toUpperCase() === 'RSA' ? 'rsa' : alg.toUpperCase() === 'EC' ? 'ec' : null;
  // the error queue's line after it carries a thread id and a source line: left out (DIFFERENCES.md)
  if (!kind) return (ctx.err(`Error initializing ${alg} context\n`), 1);
  const pkeyopts = p.list.filter((o) => o.key === 'pkeyopt').map((o) => String(o.value));
  const curve = pkeyopts.find((o) => o.startsWith('ec_paramgen_curve:'))?.split(':')[1];
  if (kind === 'ec' && (!curve || !CURVES.has(curve))) return (ctx.err('genpkey: Error generating EC key\n'), 1);
  const out = last(p, 'out');
  const k: KeyPair = makeKey(ctx, kind, where(ctx, out));
  if (kind === 'rsa' && !has(p, 'quiet')) ctx.err(progress(k));
  return writeKey(ctx, out, pem('PRIVATE KEY', pkcs8(k)), 'genpkey') ? 0 : 1;
};

const ecparam: Run = (ctx, args, help) => {
  const opts: OptTable['opts'] = { help: '-', list_curves: '-', no_seed: '-', noout: '-', name: 's', conv_form: 's', param_enc: 's', genkey: '-', in: '<', inform: 'f', out: '>', outform: 'f', text: '-', check: '-', check_named: '-', rand: 's', writerand: '>', engine: 's', provider: 's', 'provider-path': 's', propquery: 's' };
  const p = parse(ctx, args, { prog: 'ecparam', opts });
  if (!p) return 1;
  if (has(p, 'help')) return (ctx.err(help()), 0);
  const name = last(p, 'name');
  if (!name || !CURVES.has(name) || !has(p, 'genkey')) {
    // other curves, parameter files and -list_curves are not simulated
    return (ctx.err('ecparam: Use -help for summary.\n'), 1);
  }
  const out = last(p, 'out');
  const k = makeKey(ctx, 'ec', where(ctx, out));
  const params = has(p, 'noout') ? '' : pem('EC PARAMETERS', oid(OID.prime256v1));
  return writeKey(ctx, out, params + pem('EC PRIVATE KEY', k.privateDer), 'ecparam') ? 0 : 1;
};

export const GENKEY_COMMANDS: Record<string, Run> = { genrsa, genpkey, ecparam };
