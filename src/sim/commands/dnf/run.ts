// dnf 4 (and yum, its alias): install, remove, list, info, repolist, makecache, config-manager.
import type { CommandContext } from '../../context';
import { type CommandRun, type Host, type CatalogPackage, type InstalledPackage, Interrupt } from '../../types';
import { padStart, padEnd, tm, two, globMatch } from '../../util';
import { Options } from '../../spec/types';
import { dnfSpec, USAGE } from './spec';
import { asYum } from './yum-words';

const CLEAN_TYPES = ['metadata', 'packages', 'dbcache', 'expire-cache', 'all'];
import { guestState, type DnfTransaction } from '../../guest-state';
import { rpmdbVersion } from './history';
import { PACKAGES, REPOS, DOCKER_REPO_FILE, cmpVersion } from '../../data/packages';
import { def, isRoot, linuxOnly } from '../lib/guest';
import { installPackage, removePackage, enabledRepos } from '../lib/packages';
import { ago } from '../lib/units';
import { logDnfRun } from '../lib/var-log';
import { calcColumns, fmtRow } from './columns';

const sizeStr = (kb: number) => (kb >= 1024 ? `${(kb / 1024).toFixed(kb >= 10240 ? 0 : 1)} M` : `${kb} k`);
export const nevra = (p: { name: string; version: string; release: string; arch: string }) => `${p.name}-${p.version}-${p.release}.${p.arch}`;

interface Available {
  pkg: CatalogPackage;
  section: string;
}

function availablePackages(host: Host, disableExcludes: string[]): Available[] {
  const repos = enabledRepos(host) as ({ id: string; name: string; excludes: string[]; section?: string })[];
  const out: Available[] = [];
  for (const r of repos) {
    const excl = disableExcludes.includes('all') || disableExcludes.includes(r.section ?? '') || disableExcludes.includes(r.id) ? [] : r.excludes;
    for (const p of PACKAGES) {
      if (p.repo !== r.id) continue;
      if (excl.some((e) => globMatch(e, p.name))) continue;
      out.push({ pkg: p, section: r.section ?? r.id });
    }
  }
  return out;
}

/** Resolve "kubeadm", "kubeadm-1.28.2", "kubeadm-1.28.*", "kubeadm-1.28.2-150500.1.1" to the newest match. */
function resolveSpec(avail: Available[], spec: string): Available | null {
  const hits = avail.filter(({ pkg }) => {
    const full = [pkg.name, `${pkg.name}-${pkg.version}`, `${pkg.name}-${pkg.version}-${pkg.release}`, `${pkg.name}-${pkg.version}-${pkg.release}.${pkg.arch}`, `${pkg.name}.${pkg.arch}`];
    return full.some((f) => globMatch(spec, f));
  });
  hits.sort((a, b) => cmpVersion(a.pkg.version, b.pkg.version));
  return hits[hits.length - 1] ?? null;
}

function metadataLines(ctx: CommandContext, host: Host): string {
  const gs = guestState(ctx.world, host.id);
  const seen = gs.dnfMetadata;
  let out = '';
  const order = (id: string) => REPOS.findIndex((x) => x.id === id);
  const repos = (enabledRepos(host) as ({ id: string; name: string; section?: string })[]).sort((a, b) => order(a.id) - order(b.id));
  for (const r of repos) {
    if (seen.has(r.section ?? r.id)) continue;
    seen.add(r.section ?? r.id);
    const kb = r.id === 'baseos' ? '2.3 MB' : r.id === 'appstream' ? '8.5 MB' : r.id.startsWith('kubernetes') ? '17 kB' : r.id === 'extras' ? '15 kB' : '66 kB';
    const rate = r.id === 'baseos' ? '4.1 MB/s' : r.id === 'appstream' ? '9.8 MB/s' : r.id === 'extras' ? '28 kB/s' : '72 kB/s';
    out += `${padEnd(r.name, 48)} ${padStart(rate, 8)} | ${padStart(kb, 6)}     00:0${r.id === 'appstream' ? 1 : 0}    \n`;
  }
  if (out) gs.dnfMetadataAt = ctx.world.now;
  // a fresh download says nothing more; a cached one tells its age
  if (out) return out;
  const at = gs.dnfMetadataAt ?? ctx.world.now;
  const age = Math.max(0, Math.floor((ctx.world.now - at) / 1000));
  const t = tm(at);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `Last metadata expiration check: ${Math.floor(age / 3600)}:${two(Math.floor((age % 3600) / 60))}:${two(age % 60)} ago on ${t.dayName} ${two(t.d)} ${t.monName} ${t.y} ${two(h12)}:${two(t.mi)}:${two(t.s)} ${t.h < 12 ? 'AM' : 'PM'} UTC.\n`;
}

function table(rows: { title: string; items: Available[] }[]): string {
  const all = rows.flatMap((r) => r.items);
  const w = {
    name: Math.max(7, ...all.map((a) => a.pkg.name.length)) + 1,
    arch: Math.max(12, ...all.map((a) => a.pkg.arch.length)),
    ver: Math.max(7, ...all.map((a) => `${a.pkg.version}-${a.pkg.release}`.length)) + 1,
    repo: Math.max(10, ...all.map((a) => a.section.length)) + 1,
  };
  const width = Math.max(80, 1 + w.name + w.arch + w.ver + w.repo + 6);
  const bar = '='.repeat(width) + '\n';
  let out = bar + ` ${padEnd('Package', w.name)} ${padEnd('Architecture', w.arch)} ${padEnd('Version', w.ver)} ${padEnd('Repository', w.repo)} ${padStart('Size', 5)}\n`.replace(/ +\n$/, '\n') + bar;
  for (const r of rows) {
    if (!r.items.length) continue;
    out += r.title + ':\n';
    for (const a of r.items) out += ` ${padEnd(a.pkg.name, w.name)} ${padEnd(a.pkg.arch, w.arch)} ${padEnd(`${a.pkg.version}-${a.pkg.release}`, w.ver)} ${padEnd(a.section, w.repo)} ${padStart(sizeStr(a.pkg.sizeKb), 5)}\n`;
  }
  return out + '\n';
}

export function* dnf(ctx: CommandContext): CommandRun {
  // options and the command come from the spec (spec.ts): ctx.specPath is [dnf, COMMAND]
  const opts = ctx.opts ?? new Options();
  const sub = ctx.specPath?.[1]?.name;
  const pos = [sub ?? '', ...(ctx.operands ?? [])];
  const yes = opts.has('assumeyes');
  const host = ctx.host;
  const sys = host.sys!;
  const disable = opts.all('disableexcludes').join(',').split(',').filter(Boolean);
  // the commands whose configure() sets demands.root_user whatever their words (makecache does not: a user's cache is its own)
  const needsRoot = ['install', 'remove', 'upgrade', 'config-manager', 'reinstall', 'downgrade', 'autoremove', 'distro-sync', 'mark', 'swap'];
  if (!sub) {
    // no command: dnf prints its help and exits 0 (cli.py)
    ctx.out((yield { load: () => import('./help').then((m) => m.help(ctx.name === 'yum' ? 'yum' : 'dnf')) }) as string);
    return 0;
  }
  if (sub === 'help') {
    // `dnf help COMMAND` is `dnf COMMAND --help`; any other word gives the main help under help's summary
    const name = ctx.name === 'yum' ? 'yum' : 'dnf';
    const cmd = ctx.specPath?.[0]?.subcommands?.find((c) => c.name !== 'help' && (c.name === pos[1] || c.aliases?.includes(pos[1] ?? '')));
    const h = (yield { load: () => import('./help') }) as typeof import('./help');
    ctx.out(cmd ? h.help(name, cmd.name, (name === 'yum' ? asYum : (t: string) => t)(USAGE[cmd.name])) : h.help(name, 'help'));
    return 0;
  }
  if (sub === 'clean') {
    // argparse's choices for the type (cli/commands/clean.py)
    const bad = pos.slice(1).find((t) => !CLEAN_TYPES.includes(t));
    if (bad !== undefined) {
      const name = ctx.name === 'yum' ? 'yum' : 'dnf';
      ctx.err((name === 'yum' ? asYum : (t: string) => t)(USAGE.clean) + `${name} clean: error: argument type: invalid choice: '${bad}' (choose from ${CLEAN_TYPES.map((t) => `'${t}'`).join(', ')})\n`);
      return 2;
    }
  }
  if (needsRoot.includes(sub) && !isRoot(ctx)) {
    ctx.err('Error: This command has to be run with superuser privileges (under the root user on most systems).\n');
    return 1;
  }
  if (sub === 'config-manager') {
    const addRepo = opts.str('add-repo');
    if (!addRepo) {
      if (opts.has('set-enabled') || opts.has('set-disabled') || opts.has('enable') || opts.has('disable')) return 0;
      ctx.err('Error: No matching repo to modify: .\n');
      return 1;
    }
    yield { wait: 400 };
    ctx.out(`Adding repo from: ${addRepo}\n`);
    if (/download\.docker\.com/.test(addRepo)) host.fs.write('/etc/yum.repos.d/docker-ce.repo', DOCKER_REPO_FILE);
    else {
      const name = addRepo.split('/').pop() ?? 'added.repo';
      host.fs.write('/etc/yum.repos.d/' + (name.endsWith('.repo') ? name : name + '.repo'), `[${name}]\nname=created by dnf config-manager from ${addRepo}\nbaseurl=${addRepo}\nenabled=1\n`);
    }
    return 0;
  }
  if (sub === 'repolist') {
    const repos = (enabledRepos(host) as ({ id: string; name: string; section?: string })[]).sort((a, b) => ((a.section ?? a.id) < (b.section ?? b.id) ? -1 : 1));
    const w = Math.max(7, ...repos.map((r) => (r.section ?? r.id).length)) + 1;
    ctx.out(`${padEnd('repo id', w)} repo name\n` + repos.map((r) => `${padEnd(r.section ?? r.id, w)} ${r.name}\n`).join(''));
    return 0;
  }
  if (sub === 'makecache') {
    yield { wait: 2000 };
    ctx.out(metadataLines(ctx, host) + 'Metadata cache created.\n');
    return 0;
  }
  if (sub === 'list') {
    const what = opts.has('installed') ? 'installed' : opts.has('available') ? 'available' : pos[1] === 'installed' || pos[1] === 'available' ? pos[1] : null;
    const specs = pos.slice(what && (pos[1] === what) ? 2 : 1);
    yield { wait: 800 };
    // `list installed` loads no repositories (InfoCommand.configure: available_repos only for other actions)
    const avail = what === 'installed' ? [] : availablePackages(host, disable);
    const pick = (name: string) => specs.length === 0 || specs.some((s) => globMatch(s, name));
    let out = what === 'installed' ? '' : metadataLines(ctx, host);
    // dnf sorts what it lists by name
    const inst = [...sys.packages.values()].filter((p) => pick(p.name)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    type Row = [na: string, evr: string, repo: string];
    const instRows: Row[] = what !== 'available' ? inst.map((p) => [`${p.name}.${p.arch}`, `${p.epoch ? p.epoch + ':' : ''}${p.version}-${p.release}`, p.repo]) : [];
    let avRows: Row[] = [];
    if (what !== 'installed') {
      let av = avail.filter((a) => pick(a.pkg.name));
      if (!opts.has('showduplicates')) {
        const newest = new Map<string, Available>();
        for (const a of av) {
          const cur = newest.get(a.pkg.name);
          if (!cur || cmpVersion(a.pkg.version, cur.pkg.version) > 0) newest.set(a.pkg.name, a);
        }
        av = [...newest.values()];
      }
      av = av.filter((a) => opts.has('showduplicates') || !(sys.packages.get(a.pkg.name)?.version === a.pkg.version));
      av.sort((a, b) => a.pkg.name.localeCompare(b.pkg.name) || cmpVersion(a.pkg.version, b.pkg.version));
      avRows = av.map((a) => [`${a.pkg.name}.${a.pkg.arch}`, `${a.pkg.version}-${a.pkg.release}`, a.section]);
    }
    // one set of widths for both lists, fitted to the terminal (cli.py _list_cmd_calc_columns)
    const all = [...instRows, ...avRows];
    const widths = calcColumns([0, 1, 2].map((i) => all.map((r) => r[i])), ctx.tty ? (ctx.session.size?.().cols ?? 80) : null);
    const rows = (list: Row[]) => list.map((r) => fmtRow(r, widths) + '\n').join('');
    if (instRows.length) out += 'Installed Packages\n' + rows(instRows);
    if (avRows.length) out += 'Available Packages\n' + rows(avRows);
    if (specs.length && !inst.length && !avail.some((a) => pick(a.pkg.name))) {
      ctx.out(out);
      ctx.err('Error: No matching Packages to list\n');
      return 1;
    }
    ctx.out(out);
    return 0;
  }
  if (sub === 'info') {
    // base.py _do_package_lists('all'): the installed matches, then the latest available ones not installed or newer
    const avail = availablePackages(host, disable);
    const specs = pos.slice(1);
    const hit = (p: { name: string; version: string; release: string; arch: string }) =>
      !specs.length || specs.some((sp) => [p.name, `${p.name}.${p.arch}`, `${p.name}-${p.version}`, `${p.name}-${p.version}-${p.release}`, nevra(p)].some((f) => globMatch(sp, f)));
    const block = (p: CatalogPackage, repo: string, from?: string) =>
      `Name         : ${p.name}\nVersion      : ${p.version}\nRelease      : ${p.release}\nArchitecture : ${p.arch}\nSize         : ${sizeStr(p.sizeKb)}\nRepository   : ${repo}\n` +
      (from ? `From repo    : ${from}\n` : '') +
      `Summary      : ${p.summary}\n\n`;
    const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const installed = [...sys.packages.values()]
      .filter(hit)
      .map((p) => ({ p, cat: PACKAGES.find((c) => c.name === p.name && c.version === p.version && c.release === p.release) }))
      .filter((x): x is { p: InstalledPackage; cat: CatalogPackage } => !!x.cat)
      .sort((a, b) => byName(a.p, b.p));
    const newest = new Map<string, Available>();
    for (const a of avail.filter((x) => hit(x.pkg))) {
      const cur = newest.get(a.pkg.name);
      if (!cur || cmpVersion(a.pkg.version, cur.pkg.version) > 0) newest.set(a.pkg.name, a);
    }
    const list = opts.has('showduplicates') ? avail.filter((x) => hit(x.pkg)) : [...newest.values()];
    const available = list
      .filter((a) => {
        const inst = sys.packages.get(a.pkg.name);
        if (inst && inst.version === a.pkg.version && inst.release === a.pkg.release) return false;
        return opts.has('showduplicates') || !inst || cmpVersion(a.pkg.version, inst.version) > 0;
      })
      .sort((a, b) => byName(a.pkg, b.pkg) || cmpVersion(a.pkg.version, b.pkg.version));
    // the repository id as the .repo file names it (the catalog's id for pkgs.k8s.io is per minor version)
    const sections = enabledRepos(host) as { id: string; section?: string }[];
    const fromRepo = (id: string) => sections.find((r) => r.id === id)?.section ?? id;
    let out = metadataLines(ctx, host);
    if (installed.length) out += 'Installed Packages\n' + installed.map(({ p, cat }) => block(cat, '@System', fromRepo(p.repo.replace(/^@/, '')))).join('');
    if (available.length) out += 'Available Packages\n' + available.map((a) => block(a.pkg, a.section)).join('');
    ctx.out(out);
    if (!installed.length && !available.length) {
      ctx.err('Error: No matching Packages to list\n');
      return 1;
    }
    return 0;
  }
  if (sub === 'install' || sub === 'update' || sub === 'upgrade' || sub === 'reinstall' || sub === 'downgrade') {
    const specs = pos.slice(1);
    yield { wait: 1500 };
    let out = metadataLines(ctx, host);
    const avail = availablePackages(host, disable);
    const installing: Available[] = [];
    const upgrading: Available[] = [];
    const deps: Available[] = [];
    const missing: string[] = [];
    let nothing = '';
    for (const spec of specs) {
      const a = resolveSpec(avail, spec);
      if (!a) {
        // a package of the box the catalog does not carry: the repositories have the installed build
        const own = [...sys.packages.values()].find((p) => [p.name, `${p.name}.${p.arch}`, `${p.name}-${p.version}`, `${p.name}-${p.version}-${p.release}`, nevra(p)].some((f) => globMatch(spec, f)));
        if (own && sub !== 'downgrade') {
          // base.upgrade (dnf 4.14) says nothing of an installed package without an upgrade; install does
          if (sub !== 'update' && sub !== 'upgrade') nothing += `Package ${nevra(own)} is already installed.\n`;
          continue;
        }
        missing.push(spec);
        continue;
      }
      const cur = sys.packages.get(a.pkg.name);
      const quiet = sub === 'update' || sub === 'upgrade';
      if (cur && cur.version === a.pkg.version && cur.release === a.pkg.release) {
        if (!quiet) nothing += `Package ${nevra(cur)} is already installed.\n`;
        continue;
      }
      if (cur) {
        if (cmpVersion(a.pkg.version, cur.version) < 0 && sub !== 'downgrade') {
          if (!quiet) nothing += `Package ${nevra(cur)} is already installed.\n`;
          continue;
        }
        upgrading.push(a);
      } else if (sub === 'update' || sub === 'upgrade') {
        nothing += `Package ${a.pkg.name} available, but not installed.\n`;
        continue;
      } else installing.push(a);
      for (const r of a.pkg.requires ?? []) {
        if (sys.packages.has(r) || [...installing, ...deps].some((x) => x.pkg.name === r)) continue;
        const d = resolveSpec(avail, r) ?? (PACKAGES.find((p) => p.name === r && (p.repo === 'appstream' || p.repo === 'baseos')) ? { pkg: PACKAGES.find((p) => p.name === r)!, section: PACKAGES.find((p) => p.name === r)!.repo } : null);
        if (d) deps.push(d);
      }
    }
    if (missing.length) {
      // dnf 4.14 base.py _raise_package_not_found_error: a spec that matches once excludes are ignored was excluded
      const unexcluded = availablePackages(host, ['all']);
      for (const m of missing) out += `${resolveSpec(unexcluded, m) ? 'All matches were filtered out by exclude filtering for argument' : 'No match for argument'}: ${m}\n`;
      if (!installing.length && !upgrading.length) {
        ctx.out(out);
        ctx.err(`Error: Unable to find a match: ${missing.join(' ')}\n`);
        return 1;
      }
      ctx.out(out);
      ctx.err(`Error: Unable to find a match: ${missing.join(' ')}\n`);
      return 1;
    }
    if (!installing.length && !upgrading.length) {
      ctx.out(out + nothing + 'Dependencies resolved.\nNothing to do.\nComplete!\n');
      return 0;
    }
    out += nothing + 'Dependencies resolved.\n';
    out += table([
      { title: 'Installing', items: installing },
      { title: 'Upgrading', items: upgrading },
      { title: 'Installing dependencies', items: deps },
    ]);
    const all = [...installing, ...upgrading, ...deps];
    const totalKb = all.reduce((s, a) => s + a.pkg.sizeKb, 0);
    out += `Transaction Summary\n${'='.repeat(80)}\n`;
    if (installing.length + deps.length) out += `Install  ${installing.length + deps.length} Package${installing.length + deps.length > 1 ? 's' : ''}\n`;
    if (upgrading.length) out += `Upgrade  ${upgrading.length} Package${upgrading.length > 1 ? 's' : ''}\n`;
    out += `\nTotal download size: ${sizeStr(totalKb)}\nInstalled size: ${sizeStr(Math.round(totalKb * 3.2))}\n`;
    ctx.out(out);
    if (!yes) {
      let ans: string;
      try {
        ans = String(yield { ask: 'Is this ok [y/N]: ' });
      } catch (e) {
        if (e instanceof Interrupt) {
          ctx.err('Error: Operation aborted.\n');
          return 1;
        }
        throw e;
      }
      if (!/^y(es)?$/i.test(ans.trim())) {
        ctx.out('Operation aborted.\n');
        return 1;
      }
    }
    ctx.out('Downloading Packages:\n');
    const n = all.length;
    for (let i = 0; i < n; i++) {
      yield { wait: 300 + all[i].pkg.sizeKb / 20 };
      const name = `(${i + 1}/${n}): ${nevra(all[i].pkg)}.rpm`;
      ctx.out(`${padEnd(name.length > 48 ? name.slice(0, 48) : name, 48)} ${padStart('21 MB/s', 8)} | ${padStart(sizeStr(all[i].pkg.sizeKb).replace(' ', ' ') + 'B', 6)}     00:0${all[i].pkg.sizeKb > 20000 ? 2 : 0}    \n`);
    }
    ctx.out(`${'-'.repeat(80)}\n${padEnd('Total', 48)} ${padStart('18 MB/s', 8)} | ${padStart(sizeStr(totalKb) + 'B', 6)}     00:0${totalKb > 20000 ? 3 : 1}     \n`);
    const keys = guestState(ctx.world, host.id).gpgKeys;
    const k = all.find((a) => (a.pkg.repo.startsWith('kubernetes') || a.pkg.repo.startsWith('docker')) && !keys.has(a.pkg.repo));
    if (k) {
      keys.add(k.pkg.repo);
      const fp = k.section.startsWith('docker') ? '060A 61C5 1B55 8A7F 742B 77AA C52F EB6B 621E 9F35' : 'DE15 B144 86CD 377B 9E87 6E1A 2346 54DA 9A29 6436';
      ctx.out(`${padEnd(k.pkg.repo === 'docker-ce-stable' ? 'Docker CE Stable - x86_64' : 'Kubernetes', 48)}  25 kB/s | ${k.section.startsWith('docker') ? '1.6' : '1.7'} kB     00:00    \nImporting GPG key 0x${fp.replace(/ /g, '').slice(-8)}:\n Userid     : "${k.section.startsWith('docker') ? 'Docker Release (CE rpm) <docker@docker.com>' : 'isv:kubernetes OBS Project <isv:kubernetes@build.opensuse.org>'}"\n Fingerprint: ${fp}\n From       : ${k.section.startsWith('docker') ? 'https://download.docker.com/linux/centos/gpg' : `https://pkgs.k8s.io/core:/stable:/v${k.pkg.repo.replace(/^kubernetes-/, '')}/rpm/repodata/repomd.xml.key`}\nKey imported successfully\n`);
    }
    const txStart = ctx.world.now;
    const rpmdbBefore = [...sys.packages.values()];
    ctx.out('Running transaction check\nTransaction check succeeded.\nRunning transaction test\nTransaction test succeeded.\nRunning transaction\n');
    const line = (verb: string, what: string, i: number) => `  ${padEnd(verb, 17)}: ${padEnd(what, 54)} ${padStart(`${i}/${n}`, 5)} \n`;
    let tx = line('Preparing', '', 1).replace(' 1/' + n, '1/1'.padStart(String(n).length * 2 + 1));
    const order = [...deps, ...installing, ...upgrading];
    order.forEach((a, i) => {
      tx += line(upgrading.includes(a) ? 'Upgrading' : 'Installing', nevra(a.pkg), i + 1);
      if (a.pkg.units?.length || a.pkg.name === 'container-selinux') tx += line('Running scriptlet', nevra(a.pkg), i + 1);
    });
    order.forEach((a, i) => (tx += line('Verifying', nevra(a.pkg), i + 1)));
    ctx.out(tx + '\n');
    yield { wait: 2000 };
    const removed: string[] = [];
    const oldVersions = upgrading.map((a) => nevra(sys.packages.get(a.pkg.name)!));
    for (const a of order) {
      installPackage(host, a.pkg, ctx.world.now);
    }
    ctx.world.emit('packages-changed', { hostId: host.id, installed: order.map((a) => a.pkg.name), removed });
    record(ctx, txStart, rpmdbBefore, [
      ...order.map((a) => ({ action: (upgrading.includes(a) ? 'Upgrade' : 'Install') as 'Upgrade' | 'Install', nevra: nevra(a.pkg), repo: '@' + a.section })),
      ...oldVersions.map((o) => ({ action: 'Upgraded' as const, nevra: o, repo: '@@System' })),
    ]);
    logDnfRun(host, ctx.world.now, ctx.name, ctx.args, order.map((a) => ({ action: upgrading.includes(a) ? 'Upgrade' : 'Installed', nevra: nevra(a.pkg) })));
    if (upgrading.length) ctx.out('Upgraded:\n' + wrapList(upgrading.map((a) => nevra(a.pkg))) + '\n');
    if (installing.length + deps.length) ctx.out('Installed:\n' + wrapList([...installing, ...deps].map((a) => nevra(a.pkg))) + '\n');
    ctx.out('Complete!\n');
    return 0;
  }
  if (sub === 'remove' || sub === 'erase') {
    const specs = pos.slice(1);
    yield { wait: 800 };
    const victims = [...sys.packages.values()].filter((p) => specs.some((s) => globMatch(s, p.name) || globMatch(s, `${p.name}-${p.version}`)));
    if (!victims.length) {
      ctx.out(specs.map((s) => `No match for argument: ${s}\n`).join('') + 'No packages marked for removal.\nDependencies resolved.\nNothing to do.\nComplete!\n');
      return 0;
    }
    if (!yes) {
      ctx.out(`Dependencies resolved.\n${victims.map((v) => ` ${nevra(v)}\n`).join('')}\nRemove  ${victims.length} Package${victims.length > 1 ? 's' : ''}\n`);
      const ans = String(yield { ask: 'Is this ok [y/N]: ' });
      if (!/^y/i.test(ans.trim())) {
        ctx.out('Operation aborted.\n');
        return 1;
      }
    }
    const rmStart = ctx.world.now;
    const rmBefore = [...sys.packages.values()];
    for (const v of victims) removePackage(host, v.name);
    record(ctx, rmStart, rmBefore, victims.map((v) => ({ action: 'Removed' as const, nevra: nevra(v), repo: '@@System' })));
    logDnfRun(host, ctx.world.now, ctx.name, ctx.args, victims.map((v) => ({ action: 'Erase', nevra: nevra(v) })));
    ctx.world.emit('packages-changed', { hostId: host.id, installed: [], removed: victims.map((v) => v.name) });
    ctx.out('Removed:\n' + wrapList(victims.map(nevra)) + '\n\nComplete!\n');
    return 0;
  }
  if (sub === 'history') {
    const h = (yield { load: () => import('./history') }) as typeof import('./history');
    const txs = guestState(ctx.world, host.id).dnfHistory ?? [];
    const words = pos.slice(1);
    const verbs = ['list', 'info', 'undo', 'redo', 'rollback', 'userinstalled', 'replay', 'store'];
    const verb = verbs.includes(words[0] ?? '') ? words.shift()! : 'list';
    if (verb !== 'list' && verb !== 'info') return 0;
    const r = h.ids(words, txs);
    if (typeof r === 'string') {
      ctx.err(r);
      return 1;
    }
    ctx.out(r.notes);
    const want = r.ids;
    // words given but none named a transaction: nothing more (history.py run)
    if (words.length && !want.length) return 0;
    if (verb === 'list') {
      ctx.out(h.list(host, want.length ? txs.filter((t) => want.includes(t.id)) : txs, ctx.session.size?.().cols, opts.has('reverse')));
      return 0;
    }
    if (!txs.length) {
      ctx.err('No transactions\nError: Failed history info\n');
      return 1;
    }
    // newest first, separated by a rule (a range is merged into one report in dnf; here each is shown)
    const shown = want.length ? txs.filter((t) => want.includes(t.id)).reverse() : [txs[txs.length - 1]];
    ctx.out(shown.map((t) => h.info(host, t)).join('-'.repeat(79) + '\n'));
    return 0;
  }
  if (sub === 'search' || sub === 'provides') {
    const q = (yield { load: () => import('./query') }) as typeof import('./query');
    const sack: import('./query').SackPkg[] = availablePackages(host, disable).map((a) => ({ pkg: a.pkg, repo: a.section }));
    for (const p of sys.packages.values()) {
      const cat = PACKAGES.find((c) => c.name === p.name && c.version === p.version && c.release === p.release);
      if (cat) sack.push({ pkg: cat, repo: '@System' });
    }
    const meta = metadataLines(ctx, host);
    if (sub === 'search') {
      // search.py pre_configure: the logger's info lines (the metadata check, `No matches found.`) go to stderr
      ctx.err(meta);
      const r = q.search(ctx, sack, pos.slice(1), opts.has('all'));
      ctx.out(r.out);
      if (!r.found) ctx.err('No matches found.\n');
      return 0;
    }
    ctx.out(meta);
    const r = q.provides(sack, pos.slice(1));
    ctx.out(r.out);
    if (!r.found) {
      ctx.err('Error: No matches found. If searching for a file, try specifying the full path or using a wildcard prefix ("*/") at the beginning.\n');
      return 1;
    }
    return 0;
  }
  if (sub === 'check-update') {
    ctx.out(metadataLines(ctx, host));
    return 0;
  }
  return 0;
}

/** Keep the transaction in the guest's history (dnf history). */
function record(ctx: CommandContext, begin: number, before: InstalledPackage[], items: DnfTransaction['items']): void {
  const gs = guestState(ctx.world, ctx.host.id);
  const list = (gs.dnfHistory ??= []);
  const login = ctx.host.users.get('vagrant') ?? ctx.host.users.get(ctx.frame.user);
  list.push({
    id: list.length ? list[list.length - 1].id + 1 : 1,
    cmdline: ctx.args.join(' '),
    begin,
    end: Math.max(ctx.world.now, begin + 1000),
    loginuid: login?.uid ?? 0,
    rpmdbBegin: rpmdbVersion(before),
    rpmdbEnd: rpmdbVersion(ctx.host.sys!.packages.values()),
    items: items.sort((a, b) => (a.nevra < b.nevra ? -1 : a.nevra > b.nevra ? 1 : 0)),
  });
}

function wrapList(items: string[]): string {
  const w = Math.max(...items.map((i) => i.length)) + 2;
  const perLine = Math.max(1, Math.floor(78 / w));
  let out = '';
  for (let i = 0; i < items.length; i += perLine) out += '  ' + items.slice(i, i + perLine).map((x) => padEnd(x, w)).join('').trimEnd() + '\n';
  return out;
}

for (const name of ['dnf', 'yum'])
  def({ name, summary: 'package manager', available: linuxOnly, spec: dnfSpec(name), run: dnf, complete: (args) => (args.length === 0 ? ['install', 'remove', 'list', 'info', 'repolist', 'makecache', 'upgrade', 'config-manager', 'check-update'] : [...new Set(PACKAGES.map((p) => p.name))]) });
