// rpm 4.16.1.3: popt's reading of argv (lib/poptALL.c rpmcliInit), the modes of rpm.c main() and the query
// iterators of lib/query.c: -q by name, -qa with patterns, -qf by file, -V (silent when nothing differs), -e by
// root; `package foo is not installed` on stdout and the number of misses as status; --help is popt's (help.ts).
// -l, -c, -d and -L list the files of the packages whose file lists are known (files.ts); what else a query prints
// besides the package's name (-i, --requires, --qf) needs header data the simulator does not keep (DIFFERENCES.md).
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { globMatch } from '../../util';
import { def, isRoot, linuxOnly } from '../lib/guest';
import { binDir } from '../lib/paths';
import { removePackage } from '../lib/packages';
import { COREUTILS } from '../coreutils';
import { PACKAGES } from '../../data/packages';
import { nevra } from '../dnf/run';
import { RPM_OPTIONS, RPM_SHORT_ALIASES, spec } from './spec';
import { PACKAGE_FILES } from './files';

/** Programs of the box's own packages (the catalog's packages name theirs). */
const BOX_COMMANDS: Record<string, string[]> = {
  bash: ['bash', 'sh'],
  coreutils: Object.keys(COREUTILS),
  curl: ['curl'],
  dnf: ['dnf'],
  iproute: ['ip', 'ss', 'bridge'],
  sudo: ['sudo'],
  systemd: ['systemctl', 'journalctl', 'hostnamectl', 'reboot', 'poweroff', 'halt', 'shutdown'],
  'vim-minimal': ['vi'],
  tar: ['tar'],
  which: ['which'],
  python3: ['python3', 'python3.9'],
  passwd: ['passwd'],
  'procps-ng': ['ps', 'free', 'top', 'uptime', 'w', 'pgrep', 'pkill', 'sysctl'],
  'yum-utils': ['yum-config-manager'],
};
const BOX_FILES: Record<string, string[]> = {
  'rocky-release': ['/etc/redhat-release', '/etc/rocky-release', '/etc/system-release', '/etc/os-release'],
};

/** The installed package owning an absolute path, if the simulator knows it. */
function owner(ctx: CommandContext, path: string): string | undefined {
  const sys = ctx.host.sys!;
  const p = path.replace(/^\/(s?bin)\//, '/usr/$1/');
  for (const name of sys.packages.keys()) {
    const cat = PACKAGES.find((x) => x.name === name);
    const cmds = [...(cat?.commands ?? []), ...(BOX_COMMANDS[name] ?? [])];
    if (cmds.some((c) => `${binDir(c)}/${c}` === p)) return name;
    if (cat?.units?.some((u) => u.path === p)) return name;
    if (BOX_FILES[name]?.includes(p)) return name;
    if (PACKAGE_FILES[name]?.some((f) => f.path === p)) return name;
  }
  return undefined;
}

/** The terminal's width for popt's maxColumnWidth(), when the output is a terminal. */
const cols = (ctx: CommandContext) => (ctx.tty ? ctx.session.size?.().cols : undefined);

type Mode = 'q' | 'V' | 'e' | 'i' | 'U' | 'F';

function* rpm(ctx: CommandContext): CommandRun {
  const sys = ctx.host.sys!;
  const args = ctx.args;
  const byLong = new Map(RPM_OPTIONS.map((o) => [o.long!, o]));
  const modes = new Set<Mode>();
  const set = new Set<string>();
  const operands: string[] = [];
  const values = new Map<string, string>();
  const bad = (word: string, why: string) => {
    ctx.err(`rpm: ${word}: ${why}\n`);
    return 1;
  };
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (a === '--') {
      operands.push(...args.slice(k + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      operands.push(a);
      continue;
    }
    const names: string[] = [];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const o = byLong.get(eq < 0 ? a.slice(2) : a.slice(2, eq));
      if (!o) return bad(a, 'unknown option');
      if (o.value === 'required' && eq < 0) {
        if (k + 1 >= args.length) return bad(a, 'missing argument');
        k++;
      }
      if (o.value === 'required') values.set(o.long!, eq < 0 ? args[k] : a.slice(eq + 1));
      names.push(o.long!);
    } else {
      for (let j = 1; j < a.length; j++) {
        const alias = RPM_SHORT_ALIASES[a[j]];
        const o = alias ? byLong.get(alias) : RPM_OPTIONS.find((x) => x.short === a[j]);
        if (!o) return bad(a, 'unknown option');
        names.push(o.long!);
        if (o.value === 'required') {
          if (j + 1 < a.length) break;
          if (k + 1 >= args.length) return bad(a, 'missing argument');
          k++;
          break;
        }
      }
    }
    for (const n of names) {
      if (n === 'version') {
        ctx.out(spec.version as string);
        return 0;
      }
      // popt's auto-help prints and exits at once
      if (n === 'help') {
        const text = (yield { load: () => import('./help').then((m) => m.help) }) as string;
        const { widenHelp } = (yield { load: () => import('./usage') }) as typeof import('./usage');
        ctx.out(widenHelp(text, cols(ctx)));
        return 0;
      }
      if (n === 'usage') {
        const { usage } = (yield { load: () => import('./usage') }) as typeof import('./usage');
        ctx.out(usage(cols(ctx)));
        return 0;
      }
      if (n === 'query') modes.add('q');
      else if (n === 'verify') modes.add('V');
      else if (n === 'erase') modes.add('e');
      else if (n === 'install') (modes.has('q') ? set.add('info') : modes.add('i'));
      else if (n === 'upgrade') modes.add('U');
      else if (n === 'freshen') modes.add('F');
      else set.add(n);
    }
  }
  if (modes.has('i') && modes.has('q')) {
    modes.delete('i');
    set.add('info');
  }
  const qv = modes.has('q') || modes.has('V');
  // a query or verify mode wins; install and erase together are refused
  const ie = !qv && (modes.has('e') || modes.has('i') || modes.has('U') || modes.has('F'));
  if (ie && modes.has('e') && (modes.has('i') || modes.has('U') || modes.has('F'))) {
    ctx.err('rpm: only one major mode may be specified\n');
    return 1;
  }
  const sources = ['all', 'file', 'group', 'package', 'whatprovides', 'whatrequires', 'triggeredby'].filter((s) => set.has(s));
  if (qv && sources.length > 1) {
    ctx.err('rpm: one type of query/verify may be performed at a time\n');
    return 1;
  }
  if (!qv && !ie) {
    // rpm.c's MODE_UNKNOWN: with a word left or no argument at all, printUsage() on stderr (the help when verbose) and argc
    if (!operands.length && args.length) return 0;
    const u = (yield { load: () => import('./usage') }) as typeof import('./usage');
    const text = set.has('verbose') ? ((yield { load: () => import('./help').then((m) => m.help) }) as string) : u.usage(cols(ctx));
    ctx.err(u.banner + text);
    return (args.length + 1) & 0xff;
  }
  if (ie) {
    const mode = modes.has('e') ? 'erase' : 'install';
    if (!operands.length) {
      ctx.err(`rpm: no packages given for ${mode}\n`);
      return 1;
    }
    if (!isRoot(ctx)) {
      ctx.err('error: can\'t create transaction lock on /var/lib/rpm/.rpm.lock (Permission denied)\n');
      return 1;
    }
    let ec = 0;
    for (const o of operands) {
      if (mode === 'erase') {
        if (sys.packages.has(o)) removePackage(ctx.host, o);
        else {
          ctx.err(`error: package ${o} is not installed\n`);
          ec++;
        }
      } else if (!ctx.host.fs.get(ctx.resolve(o))) {
        ctx.err(`error: open of ${o} failed: No such file or directory\n`);
        ec++;
      }
    }
    return Math.min(ec, 254);
  }
  const verify = modes.has('V');
  if (!operands.length && !set.has('all')) {
    ctx.err(`rpm: no arguments given for ${verify ? 'verify' : 'query'}\n`);
    return 1;
  }
  let renderQf: ((p: import('../../types').InstalledPackage) => string | undefined) | undefined;
  // what -q prints for a match: the package's NEVRA unless a query option asks for header data
  const DETAIL = ['info', 'list', 'configfiles', 'docfiles', 'licensefiles', 'artifactfiles', 'state', 'dump', 'qf', 'queryformat', 'requires', 'provides', 'conflicts', 'obsoletes', 'recommends', 'suggests', 'supplements', 'enhances', 'changelog', 'changes', 'scripts', 'triggers', 'triggerscripts', 'filetriggers', 'filetriggerscripts', 'last', 'dupes', 'filesbypkg', 'xml', 'fileclass', 'filecolor', 'fileprovide', 'filerequire', 'filecaps', 'i18ndomains'];
  // -l and the file selections -c, -d, -L (which imply a list): the files rpm would print, when the list is known
  const select = (['configfiles', 'docfiles', 'licensefiles'] as const).filter((x) => set.has(x));
  const listing = set.has('list') || select.length > 0;
  const onlyFiles = !['info', 'dump', 'qf', 'queryformat', 'state', 'requires', 'provides', 'conflicts', 'obsoletes', 'recommends', 'suggests', 'supplements', 'enhances', 'changelog', 'changes', 'scripts', 'triggers', 'triggerscripts', 'filetriggers', 'filetriggerscripts', 'xml', 'fileclass', 'filecolor', 'fileprovide', 'filerequire', 'filecaps', 'filesbypkg', 'i18ndomains', 'last', 'dupes'].some((d) => set.has(d));
  const KIND = { configfiles: 'config', docfiles: 'doc', licensefiles: 'license' } as const;
  // --qf: rendered when it names only the tags the simulator keeps (qf.ts)
  const fmt = values.get('queryformat') ?? values.get('qf');
  let qf: ReturnType<typeof import('./qf').parseQf> | undefined;
  if (fmt !== undefined && !verify) {
    const m = (yield { load: () => import('./qf') }) as typeof import('./qf');
    qf = m.parseQf(fmt);
    if (typeof qf === 'string' && qf !== 'unsupported') {
      ctx.err(`error: incorrect format: ${qf}\n`);
      return 1;
    }
    if (qf === 'unsupported') qf = undefined;
    else {
      const parts = qf;
      renderQf = (p) => m.renderQf(parts as Exclude<typeof parts, string>, p);
    }
  }
  const show = (name: string) => {
    if (verify) return;
    if (renderQf && !['info', 'list', 'configfiles', 'docfiles', 'licensefiles', 'requires', 'provides', 'changelog', 'scripts', 'dump', 'state'].some((d) => set.has(d))) {
      const text = renderQf(sys.packages.get(name)!);
      if (text !== undefined) ctx.out(text);
      return;
    }
    if (listing && onlyFiles) {
      const files = PACKAGE_FILES[name];
      if (files) for (const f of files) if (!select.length || select.some((x) => KIND[x] === f.kind)) ctx.out(f.path + '\n');
      return;
    }
    if (!DETAIL.some((d) => set.has(d))) ctx.out(nevra(sys.packages.get(name)!) + '\n');
  };
  if (set.has('all')) {
    for (const p of sys.packages.values()) if (!operands.length || operands.some((x) => globMatch(x, p.name))) show(p.name);
    return 0;
  }
  let ec = 0;
  for (const o of operands) {
    if (set.has('file')) {
      const abs = o.startsWith('/') ? o : ctx.resolve(o);
      const clean = '/' + abs.split('/').filter((s) => s && s !== '.').join('/');
      const name = owner(ctx, clean);
      if (name) show(name);
      else {
        if (!ctx.host.fs.get(clean)) ctx.err(`error: file ${clean}: No such file or directory\n`);
        else ctx.out(`file ${clean} is not owned by any package\n`);
        ec++;
      }
      continue;
    }
    // a name, name-version, name-version-release or the whole NEVRA (RPMDBI_LABEL)
    const p = [...sys.packages.values()].find((x) => [x.name, `${x.name}-${x.version}`, `${x.name}-${x.version}-${x.release}`, nevra(x)].includes(o));
    if (p) show(p.name);
    else {
      if (!o.endsWith('.rpm')) ctx.out(`package ${o} is not installed\n`);
      ec++;
    }
  }
  return Math.min(ec, 254);
}

def({ name: 'rpm', summary: 'RPM Package Manager', available: linuxOnly, spec, run: rpm });
