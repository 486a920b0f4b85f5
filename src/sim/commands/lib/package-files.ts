// The files of the box's packages that only its shells and commands read: setup's /etc/profile and /etc/bashrc
// (and the sh.local its spec writes), less's less.sh and bash-completion's bash_completion.sh, coreutils' /etc/DIR_COLORS and DIR_COLORS.lightbgcolor, sudo's /etc/sudoers
// (0440), rootfiles' dot files in /root and the /etc/skel copies useradd gave the kickstart's vagrant user. They are written into a guest when its first shell starts, dated as the box's other /etc files, so they
// load with the guest commands rather than before the first prompt, and no lab snapshot carries them. Also the
// LS_COLORS /etc/profile.d/colorls.sh exports in a shell on a terminal.
import type { Host } from '../../types';
import { ETC_BASHRC, ETC_PROFILE } from '../../data/etc-setup';
import { DIR_COLORS, DIR_COLORS_LIGHTBG } from '../../data/dir-colors';
import { SUDOERS } from '../../data/sudoers';
import { PROFILE_D_MORE } from '../../data/profile-d-more';
import { ROOTFILES } from '../../data/rootfiles';
import { lsColorsOf } from '../coreutils/dircolors/compute';
import { SKEL } from './accounts';

const done = new WeakSet<Host>();
const evaluated = new Map<string, string | undefined>();

/** Write the package files into a Linux guest once (a file the learner already made is left alone). */
export function packageFiles(host: Host): void {
  if (done.has(host) || host.kind !== 'linux' || host.fs.windows) return;
  done.add(host);
  const fs = host.fs;
  const when = fs.get('/etc/profile.d/colorls.sh')?.mtime;
  const files: [string, string, number][] = [
    ['/etc/profile', ETC_PROFILE, 0o644],
    ['/etc/bashrc', ETC_BASHRC, 0o644],
    ...Object.entries(PROFILE_D_MORE).map(([name, text]): [string, string, number] => [`/etc/profile.d/${name}`, text, 0o644]),
    ['/etc/profile.d/sh.local', '#Add any required envvar overrides to this file, it is sourced from /etc/profile\n', 0o644],
    ['/etc/DIR_COLORS', DIR_COLORS, 0o644],
    ['/etc/DIR_COLORS.lightbgcolor', DIR_COLORS_LIGHTBG, 0o644],
    // sudo-1.9.5p2-10.el9_3's own file, 0440 like the drop-in
    ['/etc/sudoers', SUDOERS, 0o440],
    // anaconda's write_language_configuration() for the kickstart's `lang` (localization.py: 'LANG="%s"\n')
    ['/etc/locale.conf', `LANG="${host.env.LANG ?? 'en_US.UTF-8'}"\n`, 0o644],
    // setup's /etc/shells (nologin left out since setup 2.11.4), its empty message-of-the-day files and the empty
    // /etc/environment it touches (/run/motd and /run/motd.d, which its tmpfiles.d entries make at boot, are left out)
    ['/etc/shells', '/bin/sh\n/bin/bash\n/usr/bin/sh\n/usr/bin/bash\n', 0o644],
    ['/etc/motd', '', 0o644],
    ['/usr/lib/motd', '', 0o644],
    ['/etc/environment', '', 0o644],
    ...Object.entries(ROOTFILES).map(([name, text]): [string, string, number] => [`/root/${name}`, text, 0o644]),
    ...(fs.get('/home/vagrant')?.type === 'dir' ? Object.entries(SKEL).map(([name, text]): [string, string, number] => [`/home/vagrant/${name}`, text, 0o644]) : []),
  ];
  for (const d of ['/etc/motd.d', '/usr/lib/motd.d']) if (!fs.exists(d)) fs.mkdir(d, true);
  for (const [p, text, mode] of files) {
    if (fs.exists(p)) continue;
    fs.write(p, text, false, mode);
    const node = fs.get(p);
    if (node && when !== undefined) node.mtime = when;
  }
}

/**
 * The LS_COLORS /etc/profile.d/colorls.sh exports in a shell on a terminal: `dircolors --sh` over the first of
 * ~/.dir_colors.$TERM, ~/.dircolors.$TERM, ~/.dir_colors, ~/.dircolors (with the file its INCLUDE line names put
 * first), /etc/DIR_COLORS.$TERM, /etc/DIR_COLORS, for $TERM; undefined when there is none or dircolors rejects it.
 */
export function colorlsColors(host: Host, home: string, term: string): string | undefined {
  const text = (p: string): string | undefined => {
    const r = host.fs.read(p);
    return typeof r === 'string' ? r : undefined;
  };
  if (text('/etc/profile.d/colorls.sh') === undefined) return undefined;
  let colors: string | undefined;
  let include = '';
  for (const f of [`${home}/.dir_colors.${term}`, `${home}/.dircolors.${term}`, `${home}/.dir_colors`, `${home}/.dircolors`]) {
    if (!host.fs.exists(f)) continue;
    colors = f;
    // `grep '^INCLUDE' | cut -d ' ' -f2-`: the rest of each INCLUDE line after its first space
    include = (text(f) ?? '').split('\n').filter((l) => l.startsWith('INCLUDE')).map((l) => (l.includes(' ') ? l.slice(l.indexOf(' ') + 1) : l)).join('\n');
    break;
  }
  if (colors === undefined && host.fs.exists(`/etc/DIR_COLORS.${term}`)) colors = `/etc/DIR_COLORS.${term}`;
  if (colors === undefined && host.fs.exists('/etc/DIR_COLORS')) colors = '/etc/DIR_COLORS';
  if (colors === undefined) return undefined;
  let db = text(colors);
  if (db === undefined) return undefined;
  if (include && host.fs.exists(include)) db = (text(include) ?? '') + db.split('\n').filter((l) => !l.startsWith('INCLUDE')).join('\n');
  // the same database and terminal give the same value: evaluated once (every shell start asks)
  const key = `${colors}\0${term}\0${db}`;
  if (evaluated.has(key)) return evaluated.get(key);
  const lines = db.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const { value, errors } = lsColorsOf(lines, term || 'none', colors, (s) => s);
  const out = errors.length || !value ? undefined : value;
  evaluated.set(key, out);
  return out;
}
