// authselect 1.2.6 (src/cli/main.c, cli_tool.c; src/lib: profile features, the REQUIREMENTS templates, the
// similar-feature hint by Levenshtein distance up to 5). The box was never configured with authselect (the
// kickstart names no profile; its PAM and nsswitch files are its packages'), so `current` and `check` say so and
// `select` refuses to overwrite those files without --force. A selection is kept in /etc/authselect/authselect.conf
// (profile, then one feature a line) as authselect keeps it; the PAM files it would write are not modelled.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { fnv32a } from '../../../hash';
import { localTm } from '../../lib/clock';
import { spec } from './spec';
import { MAIN, USAGE, LIST, FEATURES, MAPS, REQUIREMENTS } from './texts';

const CONF = '/etc/authselect/authselect.conf';
const COMMON: Record<string, boolean> = { debug: false, trace: false, warn: false, help: false, usage: false };
/** Each command's options (long name: takes a value) and short letters, and the free argument it needs. */
const CMDS: Record<string, { long: Record<string, boolean>; short: Record<string, string>; free?: string; more?: boolean }> = {
  select: { long: { force: false, backup: true, nobackup: false, quiet: false }, short: { f: 'force', b: 'b', q: 'quiet' }, free: 'Profile identifier.', more: true },
  'apply-changes': { long: { backup: true }, short: { b: 'b' } },
  list: { long: {}, short: {} },
  'list-features': { long: {}, short: {}, free: 'Profile identifier.' },
  show: { long: {}, short: {}, free: 'Profile identifier.' },
  requirements: { long: {}, short: {}, free: 'Profile identifier.', more: true },
  current: { long: { raw: false }, short: { r: 'raw' } },
  check: { long: {}, short: {} },
  test: { long: { all: false, nsswitch: false, 'system-auth': false, 'password-auth': false, 'smartcard-auth': false, 'fingerprint-auth': false, postlogin: false, 'dconf-db': false, 'dconf-lock': false }, short: { a: 'all', n: 'nsswitch', s: 'system-auth', p: 'password-auth', c: 'smartcard-auth', f: 'fingerprint-auth', o: 'postlogin', d: 'dconf-db', l: 'dconf-lock' }, free: 'Profile identifier.', more: true },
  'enable-feature': { long: { backup: true, quiet: false }, short: { b: 'b', q: 'quiet' }, free: 'Feature to enable.' },
  'disable-feature': { long: { backup: true }, short: { b: 'b' }, free: 'Feature to disable.' },
  'create-profile': { long: { vendor: false, 'base-on': true, 'base-on-default': false, 'symlink-meta': false, 'symlink-nsswitch': false, 'symlink-pam': false, 'symlink-dconf': false, symlink: true }, short: { v: 'vendor', b: 'base-on', s: 'symlink' }, free: 'New profile name.' },
  'backup-list': { long: { raw: false }, short: { r: 'raw' } },
  'backup-remove': { long: {}, short: {}, free: 'Name of the backup to remove.' },
  'backup-restore': { long: {}, short: {}, free: 'Name of the backup to restore from.' },
};
/** The files a never-configured box has that a profile would overwrite (the order authselect checks them). */
const BOX_FILES = ['/etc/pam.d/system-auth', '/etc/pam.d/password-auth', '/etc/pam.d/fingerprint-auth', '/etc/pam.d/smartcard-auth', '/etc/pam.d/postlogin', '/etc/nsswitch.conf'];

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)] as number[]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** The profile's REQUIREMENTS with the lines of the features not enabled left out. */
function requirements(profile: string, features: string[]): string {
  const out: string[] = [];
  for (const line of REQUIREMENTS[profile].split('\n')) {
    const m = /\{include if "([^"]+)"\}\s*$/.exec(line);
    if (!m) {
      if (line) out.push(line);
      continue;
    }
    if (!features.includes(m[1])) continue;
    const text = line.slice(0, m.index).replace(/\s+$/, '');
    out.push(text || ' ');
  }
  return out.map((l) => l + '\n').join('');
}

function* run(ctx: CommandContext): CommandRun {
  const argv0 = ctx.argv0 ?? ctx.name;
  const fs = ctx.host.fs;
  const [cmd, ...rest] = ctx.args;
  const c = cmd ? CMDS[cmd] : undefined;
  if (!c) {
    ctx.err(`Usage:\n${argv0} ${MAIN}`);
    return 1;
  }
  const usage = USAGE[cmd].replace(/^Usage: authselect /, `Usage: ${argv0} `);
  const fail = (first: string) => {
    ctx.err(first + usage + '[error] Unable to parse command arguments\n');
    return 1;
  };
  const opts = new Set<string>();
  const free: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i];
    if (w === '--') {
      free.push(...rest.slice(i + 1));
      break;
    }
    if (!w.startsWith('-') || w === '-') {
      free.push(w);
      continue;
    }
    if (w.startsWith('--')) {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
      const takes = name in c.long ? c.long[name] : name in COMMON ? false : null;
      if (takes === null || (!takes && eq >= 0)) return fail(`Invalid option ${w}: unknown option\n\n`);
      if (takes && eq < 0) i++;
      opts.add(name);
    } else
      for (let k = 1; k < w.length; k++) {
        const name = w[k] === '?' ? 'help' : c.short[w[k]];
        if (!name) return fail(`Invalid option ${w}: unknown option\n\n`);
        opts.add(name);
        if (name === 'base-on' || name === 'symlink') {
          if (k === w.length - 1) i++;
          break;
        }
      }
    if (opts.has('help')) {
      ctx.out(usage);
      return 0;
    }
  }
  if (c.free && !free.length) return fail(`Missing option: ${c.free}\n\n`);
  if (!c.free && free.length) return fail(`Unexpected parameter: ${free[0]}\n\n`);
  if (c.free && !c.more && free.length > 1) return fail('Only one free argument is expected!\n\n');
  const confNode = fs.get(CONF);
  const conf = confNode?.type === 'file' ? confNode.content.split('\n').filter(Boolean) : null;
  const profileOf = (id: string) => (id in FEATURES ? id : null);
  const noProfile = () => {
    ctx.err('[error] Unable to get profile information [2]: No such file or directory\n');
  };
  const unknownFeatures = (profile: string, features: string[]) => {
    let ok = true;
    for (const f of features) {
      if (FEATURES[profile].includes(f)) continue;
      ok = false;
      let best = '';
      let dist = Infinity;
      for (const g of FEATURES[profile]) {
        const d = levenshtein(f, g);
        if (d < dist) [best, dist] = [g, d];
      }
      ctx.err(dist <= 5 ? `[error] Unknown profile feature [${f}], did you mean [${best}]?\n` : `[error] Unknown profile feature [${f}]\n`);
    }
    return ok;
  };
  const write = (profile: string, features: string[]) => {
    fs.mkdir('/etc/authselect', true);
    fs.write(CONF, `${profile}\n${features.map((f) => f + '\n').join('')}${features.length ? '' : '\n'}`);
  };
  switch (cmd) {
    case 'current':
      if (!conf) {
        ctx.out('No existing configuration detected.\n');
        return 2;
      }
      if (opts.has('raw')) ctx.out(conf.join(' ') + '\n');
      else ctx.out(`Profile ID: ${conf[0]}\nEnabled features:${conf.length > 1 ? '\n' + conf.slice(1).map((f) => `- ${f}\n`).join('') : ' None\n'}`);
      return 0;
    case 'check':
      ctx.out(conf ? 'Current configuration is valid.\n' : 'System was not configured with authselect.\n');
      return conf ? 0 : 2;
    case 'list':
      ctx.out(LIST);
      return 0;
    case 'list-features': {
      if (!profileOf(free[0])) {
        noProfile();
        return 2;
      }
      ctx.out(FEATURES[free[0]].map((f) => f + '\n').join(''));
      return 0;
    }
    case 'select': {
      const [profile, ...features] = free;
      if (!profileOf(profile)) {
        noProfile();
        return 1;
      }
      if (!unknownFeatures(profile, features)) {
        ctx.err(`[error] Unable to activate profile [${profile}] [22]: Invalid argument\nUnable to activate profile [22]: Invalid argument\n`);
        return 1;
      }
      const force = opts.has('force');
      if (!conf && !force) {
        ctx.err(
          BOX_FILES.map((f) => `[error] File [${f}] exists but it needs to be overwritten!\n`).join('') +
            '[error] File that needs to be overwritten was found\n[error] Refusing to activate profile unless this file is removed or overwrite is requested.\n\nSome unexpected changes to the configuration were detected.\nUse --force parameter if you want to overwrite these changes.\n',
        );
        return 4;
      }
      const quiet = opts.has('quiet');
      if (force && !opts.has('nobackup') && !quiet) {
        const t = localTm(ctx.host, ctx.world.now);
        const two = (n: number) => String(n).padStart(2, '0');
        const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
        let h = fnv32a(`${ctx.host.id} ${ctx.world.now} backup`);
        let tag = '';
        for (let i = 0; i < 6; i++, h = Math.floor(h / 62)) tag += abc[h % 62];
        const name = `${t.y}-${two(t.mo + 1)}-${two(t.d)}-${two(t.h)}-${two(t.mi)}-${two(t.s)}.${tag}`;
        fs.mkdir(`/var/lib/authselect/backups/${name}`, true);
        ctx.out(`Backup stored at /var/lib/authselect/backups/${name}\n`);
      }
      write(profile, features);
      if (!quiet) {
        ctx.out(`Profile "${profile}" was selected.\nThe following nsswitch maps are overwritten by the profile:\n${MAPS[profile].map((m) => `- ${m}\n`).join('')}`);
        const r = requirements(profile, features);
        if (r) ctx.out('\n' + r + '\n');
      }
      return 0;
    }
    case 'enable-feature':
    case 'disable-feature': {
      if (!conf) {
        if (cmd === 'enable-feature') ctx.out('No existing configuration detected.\n');
        else ctx.err('Unable to disable feature [2]: No such file or directory\n');
        return 2;
      }
      const [profile, ...features] = conf;
      if (cmd === 'disable-feature') {
        write(profile, features.filter((f) => f !== free[0]));
        return 0;
      }
      if (!unknownFeatures(profile, [free[0]])) {
        ctx.err(`[error] Unable to activate profile [${profile}] [22]: Invalid argument\nUnable to enable feature [22]: Invalid argument\n`);
        return 1;
      }
      const next = features.includes(free[0]) ? features : [...features, free[0]];
      write(profile, next);
      if (!opts.has('quiet')) {
        const r = requirements(profile, next);
        if (r) ctx.out(r + '\n');
      }
      return 0;
    }
    case 'apply-changes':
      if (!conf) {
        ctx.err('No existing configuration detected.\n');
        return 2;
      }
      ctx.out('Changes were successfully applied.\n');
      return 0;
    default:
      // show, requirements, test, create-profile and the backup commands: DIFFERENCES.md
      return 0;
  }
}

def({ name: 'authselect', spec, summary: 'select system identity and authentication sources.', available: linuxOnly, run });
