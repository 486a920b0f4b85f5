// The small openssl commands: version (apps/version.c), rand (apps/rand.c), dgst and its digest-named shortcuts
// (apps/dgst.c: "SHA2-256(file)= hex"), enc -base64 / base64 (apps/enc.c: 64 columns, -d, -A), list -commands and
// help (apps/openssl.c, apps/list.c).
import type { CommandContext } from '../../context';
import { base64, unbase64 } from '../../k8s/pki/der';
import { DIGESTS } from '../coreutils/md5sum/digest';
import { fromBytes, toBytes } from '../lib/bytes';
import { readFile } from '../lib/files';
import { has, last, OptError, parseOpts, type OptTable } from './opt';
import { emit, load } from './io';

type Help = typeof import('./help');
type Run = (ctx: CommandContext, args: string[], help: () => string, texts: Help) => number;

/** OPENSSL_VERSION_TEXT of 3.2.2 (VERSION.dat: RELEASE_DATE "4 Jun 2024"); the Fedora/RHEL build's directories. */
const VERSION = 'OpenSSL 3.2.2 4 Jun 2024';
const DIRS = { d: 'OPENSSLDIR: "/etc/pki/tls"', e: 'ENGINESDIR: "/usr/lib64/engines-3"', m: 'MODULESDIR: "/usr/lib64/ossl-modules"', p: 'platform: linux-x86_64', r: 'Seeding source: os-specific' };

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

const version: Run = (ctx, args, help) => {
  const p = parse(ctx, args, { prog: 'version', opts: { help: '-', a: '-', b: '-', d: '-', e: '-', m: '-', f: '-', o: '-', p: '-', r: '-', v: '-', c: '-' } });
  if (!p) return 1;
  if (has(p, 'help')) return (ctx.err(help()), 0);
  const all = has(p, 'a');
  const want = (k: string) => all || has(p, k);
  let out = '';
  if (want('v') || !p.list.length) out += `${VERSION} (Library: ${VERSION})\n`;
  // built on, options, compiler and CPUINFO of Rocky's build are not known: left out (DIFFERENCES.md)
  for (const k of ['p', 'd', 'e', 'm', 'r'] as const) if (want(k)) out += DIRS[k] + '\n';
  ctx.out(out);
  return 0;
};

const rand: Run = (ctx, args, help) => {
  const p = parse(ctx, args, { prog: 'rand', opts: { help: '-', out: '>', base64: '-', hex: '-', engine: 's', rand: 's', writerand: '>', provider: 's', 'provider-path': 's', propquery: 's' }, rest: true });
  if (!p) return 1;
  if (has(p, 'help')) return (ctx.err(help()), 0);
  if (p.rest.length > 1 || (p.rest.length === 1 && !/^\d+$/.test(p.rest[0]))) {
    if (p.rest.length === 1) ctx.err(`rand: Can't parse "${p.rest[0]}" as a number\n`);
    ctx.err('rand: Use -help for summary.\n');
    return 1;
  }
  if (!p.rest.length) return 0;
  const n = Number(p.rest[0]);
  if (n <= 0) return (ctx.err('rand: Use -help for summary.\n'), 1);
  const bytes = Uint8Array.from({ length: n }, () => ctx.world.rng.int(0, 255));
  const text = has(p, 'hex') ? [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('') + '\n' : has(p, 'base64') ? wrap(base64(bytes)) : fromBytes(bytes);
  emit(ctx, last(p, 'out'), text);
  return 0;
};

const wrap = (b64: string) => (b64 ? b64.match(/.{1,64}/g)!.join('\n') + '\n' : '');

/** The digest's name in dgst's output (EVP_MD_get0_name of the provider's implementation). */
const DGST: Record<string, [algo: keyof typeof DIGESTS, label: string]> = { md5: ['md5', 'MD5'], sha1: ['sha1', 'SHA1'], sha256: ['sha256', 'SHA2-256'], sha512: ['sha512', 'SHA2-512'] };

function dgstWith(fixed?: string): Run {
  return (ctx, args, help) => {
    const opts: OptTable['opts'] = { help: '-', list: '-', c: '-', r: '-', out: '>', passin: 's', sign: 's', verify: 's', prverify: 's', sigopt: 's', signature: '<', keyform: 'f', hex: '-', binary: '-', xoflen: 'p', d: '-', debug: '-', engine: 's', provider: 's' };
    const prog = fixed ?? 'dgst';
    const p = parse(ctx, args, { prog, opts, rest: true, unknown: { key: 'digest', known: (n) => !!DGST[n.toLowerCase()], message: (n) => `${prog}: Unknown option or message digest: ${n}\n` } });
    if (!p) return 1;
    if (has(p, 'help')) return (ctx.err(help()), 0);
    const name = (fixed ?? last(p, 'digest') ?? 'sha256').toLowerCase();
    const [algo, label0] = DGST[name] ?? DGST.sha256;
    // without a digest dgst names it after the default's alias, SHA256
    const label = fixed || last(p, 'digest') ? label0 : 'SHA256';
    const one = (bytes: Uint8Array, shown: string) => {
      const hex = DIGESTS[algo](bytes);
      return has(p, 'r') ? `${hex} *${shown}\n` : `${label}(${shown})= ${hex}\n`;
    };
    if (!p.rest.length) {
      ctx.out(has(p, 'r') ? `${DIGESTS[algo](toBytes(ctx.stdin ?? ''))} *stdin\n` : `${label}(stdin)= ${DIGESTS[algo](toBytes(ctx.stdin ?? ''))}\n`);
      return 0;
    }
    let status = 0;
    for (const f of p.rest) {
      const r = readFile(ctx, ctx.host.fs.resolve(ctx.frame.cwd, f));
      if (!r.ok) {
        ctx.err(`${f}: ${r.errno === 'EACCES' ? 'Permission denied' : r.errno === 'EISDIR' ? 'Is a directory' : 'No such file or directory'}\n`);
        status = 1;
        continue;
      }
      ctx.out(one(toBytes(r.text), f));
    }
    return status;
  };
}

function encWith(base64Cmd: boolean): Run {
  return (ctx, args, help) => {
    const prog = base64Cmd ? 'base64' : 'enc';
    const p = parse(ctx, args, { prog, opts: { help: '-', list: '-', ciphers: '-', e: '-', d: '-', in: '<', out: '>', a: '-', base64: '-', A: '-', pass: 's', k: 's', kfile: '<', md: 's', iter: 'p', pbkdf2: '-', nosalt: '-', salt: '-', S: 's', K: 's', iv: 's', p: '-', P: '-', z: '-', v: '-', none: '-', bufsize: 's', nopad: '-', debug: '-', engine: 's', provider: 's' } });
    if (!p) return 1;
    if (has(p, 'help')) return (ctx.err(help()), 0);
    if (!base64Cmd && !has(p, 'base64') && !has(p, 'a')) {
      // ciphers need a key: not simulated (DIFFERENCES.md)
      ctx.err(`${prog}: Use -help for summary.\n`);
      return 1;
    }
    const file = last(p, 'in');
    const l = load(ctx, file);
    if (!l.ok) {
      ctx.err(`Can't open "${file}" for reading, ${l.errno === 'EACCES' ? 'Permission denied' : l.errno === 'EISDIR' ? 'Is a directory' : 'No such file or directory'}\n`);
      return 1;
    }
    if (has(p, 'd')) {
      const b = unbase64(has(p, 'A') ? l.text.replace(/\n/g, '') : l.text.replace(/[ \t\r]/g, ''));
      emit(ctx, last(p, 'out'), b ? fromBytes(b) : '');
      return 0;
    }
    const b64 = base64(l.bytes);
    emit(ctx, last(p, 'out'), has(p, 'A') ? (b64 ? b64 + '\n' : '') : wrap(b64));
    return 0;
  };
}

const list: Run = (ctx, args, help, texts) => {
  const p = parse(ctx, args, { prog: 'list', opts: { help: '-', '1': '-', commands: '-', 'digest-commands': '-', 'cipher-commands': '-', 'standard-commands': '-' } });
  if (!p) return 1;
  if (has(p, 'help') || !p.list.length) return (ctx.err(help()), 0);
  const standard = /Standard commands\n([\s\S]*?)\n\n/.exec(texts.HELP.help)?.[1] ?? '';
  if (has(p, 'commands') || has(p, 'standard-commands')) ctx.out(has(p, '1') ? standard.split(/\s+/).filter(Boolean).join('\n') + '\n' : standard + '\n\n');
  return 0;
};

const helpCmd: Run = (ctx, _args, _help, texts) => {
  ctx.err(texts.HELP.help);
  return 0;
};

export const MISC_COMMANDS: Record<string, Run> = {
  version,
  rand,
  dgst: dgstWith(),
  md5: dgstWith('md5'),
  sha1: dgstWith('sha1'),
  sha256: dgstWith('sha256'),
  sha512: dgstWith('sha512'),
  enc: encWith(false),
  base64: encWith(true),
  list,
  help: helpCmd,
};
