// System administration on the guests: dnf/yum, systemctl, swap, kernel modules, sysctl, SELinux.
import { registerCommand, type CommandDef } from '../registry';
import type { CommandContext } from '../context';
import type { CatalogPackage, CommandRun, Host, SystemdUnit, Yield } from '../types';
import { padEnd, padStart, parseFlags, tm, two, globMatch } from '../util';
import { isRoot, polkit, readPath, sysctlValue } from './linux';
import { PACKAGES, REPOS, DOCKER_REPO_FILE, cmpVersion } from '../data/packages';
import { Interrupt } from '../types';

import { PROCPS } from './procps';
import { guestState } from '../guest-state';
import { spec as systemctlSpec } from './systemd/systemctl/spec';

/** A guest command; procps-ng ones (sysctl) get their spec by name. */
function def(d: Omit<CommandDef, 'shell'>): void {
  registerCommand({ ...d, shell: 'bash', spec: d.spec ?? PROCPS[d.name] });
}

const linuxOnly = (h: Host) => h.kind === 'linux' && h.sys !== null;

// ---------------------------------------------------------------- package state helpers (exported for the Kubernetes model)

/** Whether a package providing `command` is installed on the host. */
export function hasCommand(host: Host, command: string): boolean {
  return !!host.sys?.extraCommands.has(command);
}

/** Install a catalog package without dnf output (labs). Units are added disabled and inactive. */
export function installPackage(host: Host, pkg: CatalogPackage, now: number): void {
  const sys = host.sys!;
  sys.packages.set(pkg.name, { name: pkg.name, version: pkg.version, release: pkg.release, arch: pkg.arch, repo: '@' + pkg.repo });
  for (const c of pkg.commands ?? []) sys.extraCommands.add(c);
  for (const u of pkg.units ?? []) {
    if (!sys.units.has(u.name)) sys.units.set(u.name, { ...u, enabled: 'disabled', active: 'inactive', sub: 'dead', since: now, pid: 0 });
  }
  if (pkg.name === 'containerd.io') {
    host.fs.mkdir('/etc/containerd', true);
    host.fs.write('/etc/containerd/config.toml', '#   Copyright 2018-2022 Docker Inc.\n\n#   Licensed under the Apache License, Version 2.0 (the "License");\n#   you may not use this file except in compliance with the License.\n\ndisabled_plugins = ["cri"]\n\n#root = "/var/lib/containerd"\n#state = "/run/containerd"\n#subreaper = true\n#oom_score = 0\n');
  }
  if (pkg.name === 'kubelet') {
    host.fs.mkdir('/etc/sysconfig', true);
    host.fs.write('/etc/sysconfig/kubelet', 'KUBELET_EXTRA_ARGS=\n');
  }
}

export function removePackage(host: Host, name: string): void {
  const sys = host.sys!;
  sys.packages.delete(name);
  const pkg = PACKAGES.find((p) => p.name === name);
  for (const c of pkg?.commands ?? []) sys.extraCommands.delete(c);
  for (const u of pkg?.units ?? []) sys.units.delete(u.name);
}

/** Repositories enabled on a host, from /etc/yum.repos.d/*.repo, with their `exclude=` lists. */
export function enabledRepos(host: Host): { id: string; name: string; excludes: string[] }[] {
  const out: { id: string; name: string; excludes: string[] }[] = [];
  const list = host.fs.list('/etc/yum.repos.d');
  if (typeof list === 'string') return out;
  for (const f of list) {
    if (!f.name.endsWith('.repo')) continue;
    const text = host.fs.read('/etc/yum.repos.d/' + f.name) as string;
    for (const section of text.split(/^\[/m).slice(1)) {
      const id = section.slice(0, section.indexOf(']'));
      const body = section.slice(section.indexOf(']') + 1);
      if (/^\s*enabled\s*=\s*0/m.test(body)) continue;
      const url = /^\s*(baseurl|mirrorlist|metalink)\s*=\s*(.*)$/m.exec(body)?.[2] ?? '';
      const repo = REPOS.find((r) => r.match.test(url));
      if (!repo) continue;
      const name = /^\s*name\s*=\s*(.*)$/m.exec(body)?.[1]?.trim() ?? repo.name;
      const excl = /^\s*exclude\s*=\s*(.*)$/m.exec(body)?.[1]?.trim().split(/[\s,]+/).filter(Boolean) ?? [];
      out.push({ id: repo.id, name: id === repo.id || !repo.id.startsWith('kubernetes') ? name.replace('$basearch', 'x86_64').replace('$releasever', '9') : name, excludes: excl });
      // the section id is what dnf prints; keep it for kubernetes repos
      out[out.length - 1].name = name.replace(/\$basearch/g, 'x86_64').replace(/\$releasever/g, '9');
      (out[out.length - 1] as { section?: string }).section = id;
    }
  }
  return out;
}

// ---------------------------------------------------------------- dnf

const sizeStr = (kb: number) => (kb >= 1024 ? `${(kb / 1024).toFixed(kb >= 10240 ? 0 : 1)} M` : `${kb} k`);
const nevra = (p: { name: string; version: string; release: string; arch: string }) => `${p.name}-${p.version}-${p.release}.${p.arch}`;

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

function* dnf(ctx: CommandContext): CommandRun {
  const { flags, pos } = parseFlags(ctx.args, ['disableexcludes', 'disablerepo', 'enablerepo', 'setopt', 'x', 'exclude']);
  const sub = pos[0];
  const yes = flags.has('y') || flags.has('assumeyes');
  const host = ctx.host;
  const sys = host.sys!;
  const disable = String(flags.get('disableexcludes') ?? '').split(',').filter(Boolean);
  const needsRoot = ['install', 'remove', 'erase', 'update', 'upgrade', 'makecache', 'config-manager', 'reinstall', 'downgrade'];
  if (!sub) {
    ctx.err('usage: dnf [options] COMMAND\n\nList of Main Commands:\n\nalias                     List or create command aliases\nautoremove                remove all unneeded packages that were originally installed as dependencies\ncheck-update              check for available package upgrades\ninfo                      display details about a package or group of packages\ninstall                   install a package or packages on your system\nlist                      list a package or groups of packages\nmakecache                 generate the metadata cache\nremove                    remove a package or packages from your system\nrepolist                  display the configured software repositories\nupgrade                   upgrade a package or packages on your system\n');
    return 1;
  }
  if (needsRoot.includes(sub) && !isRoot(ctx)) {
    ctx.err('Error: This command has to be run with superuser privileges (under the root user on most systems).\n');
    return 1;
  }
  if (sub === 'config-manager') {
    const url = flags.get('add-repo') ?? (pos[1] === '--add-repo' ? pos[2] : undefined);
    const addRepo = typeof url === 'string' ? url : pos.find((p) => /^https?:/.test(p));
    if (!addRepo) {
      if (flags.has('set-enabled') || flags.has('set-disabled') || flags.has('enable') || flags.has('disable')) return 0;
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
    const what = pos[1] === 'installed' || pos[1] === 'available' ? pos[1] : null;
    const specs = pos.slice(what ? 2 : 1);
    yield { wait: 800 };
    const avail = availablePackages(host, disable);
    const pick = (name: string) => specs.length === 0 || specs.some((s) => globMatch(s, name));
    let out = metadataLines(ctx, host);
    const inst = [...sys.packages.values()].filter((p) => pick(p.name));
    const rows = (items: { name: string; arch: string; ver: string; repo: string }[]) => {
      const w1 = Math.max(...items.map((i) => `${i.name}.${i.arch}`.length), 10) + 1;
      const w2 = Math.max(...items.map((i) => i.ver.length), 10) + 1;
      return items.map((i) => `${padEnd(`${i.name}.${i.arch}`, w1)} ${padEnd(i.ver, w2)} ${i.repo}\n`).join('');
    };
    if (what !== 'available' && inst.length) out += 'Installed Packages\n' + rows(inst.map((p) => ({ name: p.name, arch: p.arch, ver: `${p.version}-${p.release}`, repo: p.repo })));
    if (what !== 'installed') {
      let av = avail.filter((a) => pick(a.pkg.name));
      if (!flags.has('showduplicates')) {
        const newest = new Map<string, Available>();
        for (const a of av) {
          const cur = newest.get(a.pkg.name);
          if (!cur || cmpVersion(a.pkg.version, cur.pkg.version) > 0) newest.set(a.pkg.name, a);
        }
        av = [...newest.values()];
      }
      av = av.filter((a) => flags.has('showduplicates') || !(sys.packages.get(a.pkg.name)?.version === a.pkg.version));
      av.sort((a, b) => a.pkg.name.localeCompare(b.pkg.name) || cmpVersion(a.pkg.version, b.pkg.version));
      if (av.length) out += 'Available Packages\n' + rows(av.map((a) => ({ name: a.pkg.name, arch: a.pkg.arch, ver: `${a.pkg.version}-${a.pkg.release}`, repo: a.section })));
    }
    if (specs.length && !inst.length && !avail.some((a) => pick(a.pkg.name))) {
      ctx.out(out);
      ctx.err('Error: No matching Packages to list\n');
      return 1;
    }
    ctx.out(out);
    return 0;
  }
  if (sub === 'info') {
    const avail = availablePackages(host, disable);
    let out = metadataLines(ctx, host);
    let any = false;
    for (const spec of pos.slice(1)) {
      const a = resolveSpec(avail, spec);
      if (!a) continue;
      any = true;
      out += `${sys.packages.has(a.pkg.name) ? 'Installed' : 'Available'} Packages\nName         : ${a.pkg.name}\nVersion      : ${a.pkg.version}\nRelease      : ${a.pkg.release}\nArchitecture : ${a.pkg.arch}\nSize         : ${sizeStr(a.pkg.sizeKb)}\nRepository   : ${a.section}\nSummary      : ${a.pkg.summary}\n\n`;
    }
    ctx.out(out);
    if (!any) {
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
        missing.push(spec);
        continue;
      }
      const cur = sys.packages.get(a.pkg.name);
      if (cur && cur.version === a.pkg.version && cur.release === a.pkg.release) {
        nothing += `Package ${nevra(cur)} is already installed.\n`;
        continue;
      }
      if (cur) {
        if (cmpVersion(a.pkg.version, cur.version) < 0 && sub !== 'downgrade') {
          nothing += `Package ${nevra(cur)} is already installed.\n`;
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
      for (const m of missing) out += `No match for argument: ${m}\n`;
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
    for (const a of order) {
      installPackage(host, a.pkg, ctx.world.now);
    }
    ctx.world.emit('packages-changed', { hostId: host.id, installed: order.map((a) => a.pkg.name), removed });
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
    for (const v of victims) removePackage(host, v.name);
    ctx.world.emit('packages-changed', { hostId: host.id, installed: [], removed: victims.map((v) => v.name) });
    ctx.out('Removed:\n' + wrapList(victims.map(nevra)) + '\n\nComplete!\n');
    return 0;
  }
  if (sub === 'check-update') {
    ctx.out(metadataLines(ctx, host));
    return 0;
  }
  ctx.err(`No such command: ${sub}. Please use /usr/bin/${ctx.name} --help\nIt could be a DNF plugin command, try: "dnf install 'dnf-command(${sub})'"\n`);
  return 1;
}

function wrapList(items: string[]): string {
  const w = Math.max(...items.map((i) => i.length)) + 2;
  const perLine = Math.max(1, Math.floor(78 / w));
  let out = '';
  for (let i = 0; i < items.length; i += perLine) out += '  ' + items.slice(i, i + perLine).map((x) => padEnd(x, w)).join('').trimEnd() + '\n';
  return out;
}

def({ name: 'dnf', aliases: ['yum'], summary: 'package manager', available: linuxOnly, run: dnf, complete: (args) => (args.length === 0 ? ['install', 'remove', 'list', 'info', 'repolist', 'makecache', 'upgrade', 'config-manager', 'check-update'] : [...new Set(PACKAGES.map((p) => p.name))]) });

def({
  name: 'yum-config-manager',
  summary: 'manage yum configuration options and yum repositories',
  available: (h) => !!h.sys?.packages.has('yum-utils'),
  *run(ctx) {
    return yield* dnf({ ...ctx, args: ['config-manager', ...ctx.args] });
  },
});

def({
  name: 'rpm',
  summary: 'RPM Package Manager',
  available: linuxOnly,
  *run(ctx) {
    const sys = ctx.host.sys!;
    const { flags, pos } = parseFlags(ctx.args);
    if (!flags.has('q') && !flags.has('query')) {
      ctx.err('rpm: no operation specified\n');
      return 1;
    }
    if (flags.has('a')) {
      const all = [...sys.packages.values()].filter((p) => !pos.length || pos.some((x) => globMatch(x, p.name)));
      ctx.out(all.map((p) => nevra(p) + '\n').join(''));
      return 0;
    }
    let code = 0;
    for (const n of pos) {
      const p = sys.packages.get(n);
      if (p) ctx.out(nevra(p) + '\n');
      else {
        ctx.out(`package ${n} is not installed\n`);
        code = 1;
      }
    }
    return code;
  },
});

// ---------------------------------------------------------------- systemctl

function unitName(n: string): string {
  return /\.(service|socket|target|timer|mount)$/.test(n) ? n : n + '.service';
}

function ago(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}min ${s % 60}s`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h ${m % 60}min`;
  return `${Math.floor(h / 24)} days`;
}

function stamp(ms: number): string {
  const t = tm(ms);
  return `${t.dayName} ${t.y}-${two(t.mo + 1)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)} UTC`;
}

function journalStamp(ms: number): string {
  const t = tm(ms);
  return `${t.monName} ${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}`;
}

export function setUnit(ctx: { world: CommandContext['world']; host: Host }, u: SystemdUnit, active: boolean): void {
  const was = u.active;
  if (active) {
    u.active = 'active';
    u.sub = 'running';
    u.pid = u.pid || 1000 + ctx.world.rng.int(0, 8999);
    // until kubeadm init/join writes its configuration the kubelet exits and systemd restarts it
    if (u.name === 'kubelet.service' && !ctx.host.fs.isFile('/var/lib/kubelet/config.yaml')) {
      u.active = 'activating';
      u.sub = 'auto-restart';
    }
  } else {
    u.active = 'inactive';
    u.sub = 'dead';
    u.pid = 0;
  }
  u.since = ctx.world.now;
  const short = ctx.host.hostname.split('.')[0];
  u.log = [
    ...(u.log ?? []),
    ...(active
      ? [`${journalStamp(ctx.world.now)} ${short} systemd[1]: Starting ${u.description}...`, `${journalStamp(ctx.world.now)} ${short} systemd[1]: Started ${u.description}.`]
      : was === 'active'
        ? [`${journalStamp(ctx.world.now)} ${short} systemd[1]: Stopping ${u.description}...`, `${journalStamp(ctx.world.now)} ${short} systemd[1]: ${u.name}: Deactivated successfully.`, `${journalStamp(ctx.world.now)} ${short} systemd[1]: Stopped ${u.description}.`]
        : []),
  ].slice(-10);
  ctx.world.emit('unit-changed', { hostId: ctx.host.id, unit: u.name });
}

function statusText(ctx: CommandContext, u: SystemdUnit): string {
  const dot = u.active === 'active' ? '●' : u.active === 'failed' ? '×' : u.active === 'activating' ? '●' : '○';
  const exe = u.execStart.split(' ')[0];
  const base = exe.split('/').pop();
  const act =
    u.active === 'active'
      ? `active (${u.sub}) since ${stamp(u.since)}; ${ago(ctx.world.now - u.since)} ago`
      : u.active === 'activating'
        ? `activating (auto-restart) (Result: exit-code) since ${stamp(u.since)}; ${ago(ctx.world.now - u.since)} ago`
        : u.active === 'failed'
          ? `failed (Result: exit-code) since ${stamp(u.since)}; ${ago(ctx.world.now - u.since)} ago`
          : 'inactive (dead)';
  const preset = u.name === 'sshd.service' || u.name === 'chronyd.service' || u.name === 'NetworkManager.service' || u.name === 'crond.service' ? 'enabled' : 'disabled';
  let out = `${dot} ${u.name} - ${u.description}\n     Loaded: loaded (${u.path}; ${u.enabled}; preset: ${preset})\n`;
  if (u.name === 'kubelet.service') out += '    Drop-In: /usr/lib/systemd/system/kubelet.service.d\n             └─10-kubeadm.conf\n';
  out += `     Active: ${act}\n`;
  const docs: Record<string, string> = { 'containerd.service': 'https://containerd.io', 'kubelet.service': 'https://kubernetes.io/docs/', 'docker.service': 'https://docs.docker.com', 'sshd.service': 'man:sshd(8)\n             man:sshd_config(5)', 'chronyd.service': 'man:chronyd(8)\n             man:chrony.conf(5)', 'NetworkManager.service': 'man:NetworkManager(8)' };
  if (docs[u.name]) out += `       Docs: ${docs[u.name]}\n`;
  if (u.active === 'active') {
    // the Kubernetes model (when loaded) lists containerd's shims, one per pod sandbox on this node
    const cg = (ctx.world.ext.get('k8s') as { cgroupLines?: (h: string, u: string) => { tasks: number; lines: string[] } | null } | undefined)?.cgroupLines?.(ctx.host.id, u.name);
    const procs = cg ? cg.lines.map((l, i) => `             ${i === cg.lines.length - 1 ? '└─' : '├─'}${l}\n`).join('') : `             └─${u.pid} ${u.execStart.replace(/ \$\w+/g, '')}\n`;
    out += `   Main PID: ${u.pid} (${base})\n      Tasks: ${cg ? cg.tasks : u.name === 'containerd.service' ? 8 : u.name === 'kubelet.service' ? 11 : 1}\n     Memory: ${u.memory ?? (u.name === 'containerd.service' ? '14.3M' : u.name === 'kubelet.service' ? '38.1M' : '2.1M')}\n        CPU: ${u.name === 'kubelet.service' ? '1.204s' : '86ms'}\n     CGroup: /system.slice/${u.name}\n${procs}`;
  } else if (u.active === 'activating' || u.active === 'failed') {
    out += `    Process: ${u.pid || 4312} ExecStart=${u.execStart} (code=exited, status=1/FAILURE)\n   Main PID: ${u.pid || 4312} (code=exited, status=1/FAILURE)\n        CPU: 88ms\n`;
  }
  const log = u.log ?? (u.active === 'active' ? [`${journalStamp(u.since)} ${ctx.host.hostname.split('.')[0]} systemd[1]: Started ${u.description}.`] : []);
  if (log.length) out += '\n' + log.join('\n') + '\n';
  return out;
}

def({
  name: 'systemctl',
  spec: systemctlSpec,
  summary: 'Control the systemd system and service manager',
  available: linuxOnly,
  complete: (args, _w, c) => (args.length === 0 ? ['status', 'start', 'stop', 'restart', 'enable', 'disable', 'is-active', 'is-enabled', 'daemon-reload', 'list-units'] : [...(c.host.sys?.units.keys() ?? [])].map((u) => u.replace(/\.service$/, ''))),
  *run(ctx): CommandRun {
    const args = ctx.args.filter((a) => !a.startsWith('-'));
    const now = ctx.args.includes('--now');
    const sys = ctx.host.sys!;
    const sub = args[0] ?? 'list-units';
    const names = args.slice(1).map(unitName);
    const world = ctx.world;
    if (sub === 'daemon-reload') {
      if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.systemd1.reload-daemon', "Authentication is required to reload the systemd state."))) {
        ctx.err('Failed to reload daemon: Access denied\n');
        return 1;
      }
      return 0;
    }
    if (sub === 'list-units') {
      const units = [...sys.units.values()].filter((u) => u.active !== 'inactive' || ctx.args.includes('--all'));
      const w = Math.max(...units.map((u) => u.name.length)) + 2;
      ctx.out(`  ${padEnd('UNIT', w)}LOAD   ACTIVE SUB     DESCRIPTION\n` + units.map((u) => `  ${padEnd(u.name, w)}loaded ${padEnd(u.active, 6)} ${padEnd(u.sub, 7)} ${u.description}\n`).join('') + `\nLOAD   = Reflects whether the unit definition was properly loaded.\nACTIVE = The high-level unit activation state, i.e. generalization of SUB.\nSUB    = The low-level unit activation state, values depend on unit type.\n${units.length} loaded units listed.\n`);
      return 0;
    }
    if (!names.length) {
      ctx.err(`Too few arguments.\n`);
      return 1;
    }
    if (sub === 'status') {
      let code = 0;
      const parts: string[] = [];
      for (const n of names) {
        const u = sys.units.get(n);
        if (!u) {
          ctx.err(`Unit ${n} could not be found.\n`);
          code = 4;
          continue;
        }
        parts.push(statusText(ctx, u));
        if (u.active !== 'active') code = Math.max(code, 3);
      }
      ctx.out(parts.join('\n'));
      return code;
    }
    if (sub === 'is-active') {
      let code = 0;
      for (const n of names) {
        const u = sys.units.get(n);
        ctx.out((u ? u.active : 'inactive') + '\n');
        if (!u || u.active !== 'active') code = 3;
      }
      return code;
    }
    if (sub === 'is-enabled') {
      let code = 0;
      for (const n of names) {
        const u = sys.units.get(n);
        if (!u) {
          ctx.err(`Failed to get unit file state for ${n}: No such file or directory\n`);
          code = 1;
          continue;
        }
        ctx.out(u.enabled + '\n');
        if (u.enabled !== 'enabled') code = 1;
      }
      return code;
    }
    const verbs: Record<string, string> = { start: 'start', stop: 'stop', restart: 'restart', enable: 'enable', disable: 'disable', reload: 'reload' };
    if (!verbs[sub]) {
      ctx.err(`Unknown command verb ${sub}.\n`);
      return 1;
    }
    for (const n of names) {
      const u = sys.units.get(n);
      if (!u) {
        if (sub === 'enable' || sub === 'disable') ctx.err(`Failed to ${sub} unit: Unit file ${n} does not exist.\n`);
        else ctx.err(`Failed to ${sub} ${n}: Unit ${n} not found.\n`);
        return sub === 'enable' || sub === 'disable' ? 1 : 5;
      }
    }
    if (!isRoot(ctx)) {
      const action = sub === 'enable' || sub === 'disable' ? 'org.freedesktop.systemd1.manage-unit-files' : 'org.freedesktop.systemd1.manage-units';
      const why = sub === 'enable' || sub === 'disable' ? 'Authentication is required to manage system service or unit files.' : `Authentication is required to ${sub} '${names[0]}'.`;
      if (!(yield* polkit(ctx, action, why))) {
        ctx.err(sub === 'enable' || sub === 'disable' ? `Failed to ${sub} unit: Access denied\n` : `Failed to ${sub} ${names[0]}: Access denied\nSee system logs and 'systemctl status ${names[0]}' for details.\n`);
        return 1;
      }
    }
    for (const n of names) {
      const u = sys.units.get(n)!;
      if (sub === 'enable') {
        if (u.enabled !== 'enabled') {
          u.enabled = 'enabled';
          ctx.err(`Created symlink /etc/systemd/system/multi-user.target.wants/${n} → ${u.path}.\n`);
        }
        if (now && u.active !== 'active') setUnit(ctx, u, true);
        else world.emit('unit-changed', { hostId: ctx.host.id, unit: n });
      } else if (sub === 'disable') {
        if (u.enabled === 'enabled') {
          u.enabled = 'disabled';
          ctx.err(`Removed "/etc/systemd/system/multi-user.target.wants/${n}".\n`);
        }
        if (now && u.active === 'active') setUnit(ctx, u, false);
        else world.emit('unit-changed', { hostId: ctx.host.id, unit: n });
      } else if (sub === 'start') {
        yield { wait: 300 };
        if (u.active !== 'active') setUnit(ctx, u, true);
      } else if (sub === 'stop') {
        yield { wait: 300 };
        if (u.active !== 'inactive') setUnit(ctx, u, false);
      } else if (sub === 'restart' || sub === 'reload') {
        yield { wait: 500 };
        if (u.active === 'active') setUnit(ctx, u, false);
        setUnit(ctx, u, true);
      }
    }
    return 0;
  },
});

def({
  name: 'journalctl',
  summary: 'Print log entries from the systemd journal',
  available: linuxOnly,
  *run(ctx) {
    const i = ctx.args.indexOf('-u');
    const name = i >= 0 ? unitName(ctx.args[i + 1] ?? '') : null;
    const units = name ? [ctx.host.sys!.units.get(name)].filter(Boolean) as SystemdUnit[] : [...ctx.host.sys!.units.values()];
    const logs = units.flatMap((u) => u.log ?? []);
    if (!logs.length) {
      ctx.out('-- No entries --\n');
      return 0;
    }
    ctx.out(logs.join('\n') + '\n');
    return 0;
  },
});

// ---------------------------------------------------------------- swap, modules, sysctl, SELinux

def({
  name: 'swapoff',
  summary: 'disable devices and files for paging and swapping',
  available: linuxOnly,
  *run(ctx) {
    if (!isRoot(ctx)) {
      ctx.err('swapoff: Not superuser.\n');
      return 1;
    }
    if (!ctx.args.length) {
      ctx.err("Usage:\n swapoff [options] [<spec>]\n\nDisable devices and files for paging and swapping.\n");
      return 2;
    }
    ctx.host.sys!.swapOn = false;
    return 0;
  },
});

def({
  name: 'swapon',
  summary: 'enable devices and files for paging and swapping',
  available: linuxOnly,
  *run(ctx) {
    const sys = ctx.host.sys!;
    if (ctx.args.includes('--show') || ctx.args.includes('-s') || !ctx.args.length) {
      if (sys.swapOn) ctx.out(ctx.args.includes('-s') ? `Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n/dev/sda2                               partition\t${sys.swapTotalKb}\t\t0\t\t-2\n` : 'NAME      TYPE      SIZE USED PRIO\n/dev/sda2 partition   2G   0B   -2\n');
      return 0;
    }
    if (!isRoot(ctx)) {
      ctx.err('swapon: Not superuser.\n');
      return 1;
    }
    const fstab = ctx.host.fs.read('/etc/fstab');
    if (ctx.args.includes('-a') && typeof fstab === 'string' && !/^\s*[^#\s].*\sswap\s/m.test(fstab)) return 0;
    sys.swapOn = true;
    return 0;
  },
});

const MODULE_DEPS: Record<string, string[]> = { br_netfilter: ['bridge', 'stp', 'llc'], overlay: [], ip_vs: ['nf_conntrack', 'nf_defrag_ipv6', 'nf_defrag_ipv4'], nf_conntrack: ['nf_defrag_ipv6', 'nf_defrag_ipv4'] };
const KNOWN_MODULES = new Set(['br_netfilter', 'overlay', 'bridge', 'stp', 'llc', 'ip_vs', 'ip_vs_rr', 'ip_vs_wrr', 'ip_vs_sh', 'nf_conntrack', 'nf_defrag_ipv4', 'nf_defrag_ipv6', 'vxlan', 'ip_tables', 'iptable_nat', 'xt_conntrack', 'dummy', 'tun', 'veth', 'xfs', 'fuse', 'nf_tables', 'vboxguest', 'vboxsf']);
const MODULE_SIZE: Record<string, [number, string]> = { br_netfilter: [36864, ''], bridge: [405504, 'br_netfilter'], stp: [16384, 'bridge'], llc: [16384, 'bridge,stp'], overlay: [229376, ''] };

def({
  name: 'modprobe',
  summary: 'Add and remove modules from the Linux Kernel',
  available: linuxOnly,
  *run(ctx) {
    const remove = ctx.args.includes('-r');
    const mods = ctx.args.filter((a) => !a.startsWith('-'));
    const sys = ctx.host.sys!;
    if (!mods.length) {
      ctx.err('modprobe: ERROR: missing parameters. See -h.\n');
      return 1;
    }
    for (const m of mods) {
      const name = m.replace(/-/g, '_');
      if (!KNOWN_MODULES.has(name)) {
        ctx.err(`modprobe: FATAL: Module ${m} not found in directory /lib/modules/${sys.kernel}\n`);
        return 1;
      }
      if (!isRoot(ctx)) {
        if (sys.modules.has(name) && !remove) continue;
        ctx.err(remove ? `modprobe: ERROR: could not remove '${name}': Operation not permitted\n` : `modprobe: ERROR: could not insert '${name}': Operation not permitted\n`);
        return 1;
      }
      if (remove) sys.modules.delete(name);
      else {
        sys.modules.add(name);
        for (const d of MODULE_DEPS[name] ?? []) sys.modules.add(d);
      }
    }
    return 0;
  },
});

def({
  name: 'lsmod',
  summary: 'Show the status of modules in the Linux Kernel',
  available: linuxOnly,
  *run(ctx) {
    const mods = [...ctx.host.sys!.modules].reverse();
    ctx.out('Module                  Size  Used by\n' + mods.map((m) => {
      const [size, used] = MODULE_SIZE[m] ?? [16384 + (m.length * 4096) % 65536, ''];
      const n = used ? used.split(',').filter((u) => ctx.host.sys!.modules.has(u)).length : 0;
      return `${padEnd(m, 19)} ${padStart(String(size), 8)}  ${n}${n ? ' ' + used.split(',').filter((u) => ctx.host.sys!.modules.has(u)).join(',') : ''}\n`;
    }).join(''));
    return 0;
  },
});

function applySysctlFile(ctx: CommandContext, path: string, out: string[]): boolean {
  const text = readPath(ctx, path);
  if (text === 'ENOENT' || text === 'EISDIR' || text === 'EACCES') return false;
  for (const raw of text.split('\n')) {
    const l = raw.trim();
    if (!l || l.startsWith('#') || l.startsWith(';')) continue;
    const m = /^-?([\w./-]+)\s*=\s*(.*)$/.exec(l);
    if (!m) continue;
    const key = m[1].replace(/\//g, '.');
    if (key.startsWith('net.bridge.') && !ctx.host.sys!.modules.has('br_netfilter')) {
      ctx.err(`sysctl: cannot stat /proc/sys/${key.replace(/\./g, '/')}: No such file or directory\n`);
      continue;
    }
    ctx.host.sys!.sysctl.set(key, m[2].trim());
    out.push(`${key} = ${m[2].trim()}`);
  }
  return true;
}

def({
  name: 'sysctl',
  summary: 'configure kernel parameters at runtime',
  available: linuxOnly,
  *run(ctx) {
    const sys = ctx.host.sys!;
    const args = ctx.args;
    if (args.includes('--system')) {
      if (!isRoot(ctx)) {
        ctx.err('sysctl: permission denied on key "kernel.yama.ptrace_scope"\n');
        return 1;
      }
      const ifs = ctx.host.ifaces.filter((i) => i.name !== 'lo').map((i) => i.name);
      const rp = ['default', ...ifs, 'lo'].map((n) => `net.ipv4.conf.${n}.rp_filter = 2`);
      const src = ['default', ...ifs, 'lo'].map((n) => `net.ipv4.conf.${n}.accept_source_route = 0`);
      const prom = ['default', ...ifs, 'lo'].map((n) => `net.ipv4.conf.${n}.promote_secondaries = 1`);
      const system: [string, string[]][] = [
        ['/usr/lib/sysctl.d/10-default-yama-scope.conf', ['kernel.yama.ptrace_scope = 0']],
        ['/usr/lib/sysctl.d/50-coredump.conf', ['kernel.core_pattern = |/usr/lib/systemd/systemd-coredump %P %u %g %s %t %c %h', 'kernel.core_pipe_limit = 16', 'fs.suid_dumpable = 2']],
        ['/usr/lib/sysctl.d/50-default.conf', ['kernel.sysrq = 16', 'kernel.core_uses_pid = 1', ...rp, ...src, ...prom, 'net.ipv4.ping_group_range = 0 2147483647', 'net.core.default_qdisc = fq_codel', 'fs.protected_hardlinks = 1', 'fs.protected_symlinks = 1', 'fs.protected_regular = 1', 'fs.protected_fifos = 1']],
        ['/usr/lib/sysctl.d/50-libkcapi-optmem_max.conf', ['net.core.optmem_max = 81920']],
        ['/usr/lib/sysctl.d/50-pid-max.conf', ['kernel.pid_max = 4194304']],
        ['/usr/lib/sysctl.d/50-redhat.conf', ['kernel.kptr_restrict = 1']],
      ];
      for (const [f, lines] of system) {
        ctx.out(`* Applying ${f} ...\n${lines.map((l) => l + '\n').join('')}`);
        for (const l of lines) {
          const [k, v] = l.split(' = ');
          if (!sys.sysctl.has(k) && (k.startsWith('kernel.') || k.startsWith('fs.') || k.startsWith('net.core'))) sys.sysctl.set(k, v);
        }
      }
      const list = ctx.host.fs.list('/etc/sysctl.d');
      const extra = typeof list === 'string' ? [] : list.filter((f) => f.name.endsWith('.conf')).map((f) => '/etc/sysctl.d/' + f.name);
      for (const f of ['/etc/sysctl.d/99-sysctl.conf', ...extra.filter((x) => !x.endsWith('/99-sysctl.conf'))].sort()) {
        const applied: string[] = [];
        ctx.out(`* Applying ${f} ...\n`);
        if (f.endsWith('/99-sysctl.conf') && !ctx.host.fs.exists(f)) continue;
        applySysctlFile(ctx, f, applied);
        ctx.out(applied.map((a) => a + '\n').join(''));
      }
      const applied: string[] = [];
      ctx.out('* Applying /etc/sysctl.conf ...\n');
      applySysctlFile(ctx, '/etc/sysctl.conf', applied);
      ctx.out(applied.map((a) => a + '\n').join(''));
      return 0;
    }
    if (args.includes('-p')) {
      const f = args[args.indexOf('-p') + 1] ?? '/etc/sysctl.conf';
      const applied: string[] = [];
      if (!applySysctlFile(ctx, f.startsWith('-') ? '/etc/sysctl.conf' : f, applied)) {
        ctx.err(`sysctl: cannot open "${f}": No such file or directory\n`);
        return 1;
      }
      ctx.out(applied.map((a) => a + '\n').join(''));
      return 0;
    }
    if (args.includes('-a')) {
      const keys = [...sys.sysctl.keys()].filter((k) => !k.startsWith('net.bridge.') || sys.modules.has('br_netfilter'));
      if (sys.modules.has('br_netfilter')) for (const k of ['net.bridge.bridge-nf-call-arptables', 'net.bridge.bridge-nf-call-ip6tables', 'net.bridge.bridge-nf-call-iptables']) if (!keys.includes(k)) keys.push(k);
      ctx.out(keys.sort().map((k) => `${k} = ${sysctlValue(ctx.host, k)}\n`).join(''));
      return 0;
    }
    const write = args.includes('-w');
    const quiet = args.includes('-q');
    let code = 0;
    for (const a of args.filter((x) => !x.startsWith('-'))) {
      const eq = a.indexOf('=');
      const key = (eq >= 0 ? a.slice(0, eq) : a).replace(/\//g, '.');
      if (eq >= 0 || write) {
        if (eq < 0) {
          ctx.err(`sysctl: "${a}" must be of the form name=value\n`);
          code = 1;
          continue;
        }
        if (sysctlValue(ctx.host, key) === null && !(key.startsWith('net.') || key.startsWith('vm.') || key.startsWith('kernel.'))) {
          ctx.err(`sysctl: cannot stat /proc/sys/${key.replace(/\./g, '/')}: No such file or directory\n`);
          code = 255;
          continue;
        }
        if (key.startsWith('net.bridge.') && !sys.modules.has('br_netfilter')) {
          ctx.err(`sysctl: cannot stat /proc/sys/${key.replace(/\./g, '/')}: No such file or directory\n`);
          code = 255;
          continue;
        }
        if (!isRoot(ctx)) {
          ctx.err(`sysctl: permission denied on key "${key}"\n`);
          code = 1;
          continue;
        }
        sys.sysctl.set(key, a.slice(eq + 1).trim());
        if (!quiet) ctx.out(`${key} = ${a.slice(eq + 1).trim()}\n`);
        continue;
      }
      const v = sysctlValue(ctx.host, key);
      if (v === null) {
        ctx.err(`sysctl: cannot stat /proc/sys/${key.replace(/\./g, '/')}: No such file or directory\n`);
        code = 255;
        continue;
      }
      ctx.out(args.includes('-n') ? v + '\n' : `${key} = ${v}\n`);
    }
    return code;
  },
});

def({
  name: 'getenforce',
  summary: 'get the current mode of SELinux',
  available: linuxOnly,
  *run(ctx) {
    ctx.out(ctx.host.sys!.selinux + '\n');
    return 0;
  },
});

def({
  name: 'setenforce',
  summary: 'modify the mode SELinux is running in',
  available: linuxOnly,
  *run(ctx) {
    const a = ctx.args[0];
    const sys = ctx.host.sys!;
    if (a === undefined || !/^(0|1|permissive|enforcing)$/i.test(a)) {
      ctx.err('usage:  setenforce [ Enforcing | Permissive | 1 | 0 ]\n');
      return 1;
    }
    if (!isRoot(ctx)) {
      ctx.err('setenforce: security_setenforce() failed: Permission denied\n');
      return 1;
    }
    if (sys.selinux === 'Disabled') {
      ctx.err('setenforce: SELinux is disabled\n');
      return 1;
    }
    sys.selinux = a === '0' || /^permissive$/i.test(a) ? 'Permissive' : 'Enforcing';
    return 0;
  },
});

// ---------------------------------------------------------------- power

function* powerCommand(ctx: CommandContext, kind: 'reboot' | 'poweroff'): Generator<Yield, number, unknown> {
  if (!isRoot(ctx)) {
    ctx.err(`Call to ${kind === 'reboot' ? 'Reboot' : 'PowerOff'} failed: Interactive authentication required.\n`);
    return 1;
  }
  const host = ctx.host;
  ctx.out(`Connection to 127.0.0.1 closed by remote host.\n`);
  // leave every shell level on this guest
  while (ctx.session.depth() > 0 && ctx.session.top()?.hostId === host.id) ctx.session.popFrame();
  const m = host.machine;
  if (m) {
    const project = ctx.world.project(m.project);
    if (project) {
      if (kind === 'poweroff') ctx.world.setMachineState(project, m.name, 'poweroff');
      else {
        ctx.world.setMachineState(project, m.name, 'poweroff');
        ctx.world.setMachineState(project, m.name, 'running');
      }
    }
  }
  for (const u of host.sys?.units.values() ?? []) if (u.enabled !== 'enabled' && u.active === 'active') setUnit(ctx, u, false);
  if (host.sys) {
    host.sys.modules = new Set([...host.sys.modules].filter((x) => !['br_netfilter', 'overlay', 'bridge', 'stp', 'llc'].includes(x) || moduleConfigured(host, x)));
    const fstab = host.fs.read('/etc/fstab');
    host.sys.swapOn = typeof fstab === 'string' && /^\s*[^#\s].*\sswap\s/m.test(fstab);
  }
  return 0;
}

function moduleConfigured(host: Host, mod: string): boolean {
  const list = host.fs.list('/etc/modules-load.d');
  if (typeof list === 'string') return false;
  return list.some((f) => (host.fs.read('/etc/modules-load.d/' + f.name) as string).split('\n').some((l) => l.trim() === mod || (['bridge', 'stp', 'llc'].includes(mod) && l.trim() === 'br_netfilter')));
}

def({ name: 'reboot', summary: 'Reboot the machine', available: linuxOnly, run: (ctx) => powerCommand(ctx, 'reboot') });
def({ name: 'poweroff', aliases: ['halt'], summary: 'Power off the machine', available: linuxOnly, run: (ctx) => powerCommand(ctx, 'poweroff') });
def({
  name: 'shutdown',
  summary: 'Halt, power off or reboot the machine',
  available: linuxOnly,
  run: (ctx) => powerCommand(ctx, ctx.args.includes('-r') ? 'reboot' : 'poweroff'),
});

// ---------------------------------------------------------------- package-provided command stubs

/** Commands that exist once their package is installed (the Kubernetes model registers the real ones). */
for (const [name, summary] of [
  ['git', 'the stupid content tracker'],
  ['wget', 'The non-interactive network downloader.'],
  ['tar', 'an archiving utility'],
  ['jq', 'Command-line JSON processor'],
] as const) {
  def({
    name,
    summary,
    available: (h) => hasCommand(h, name),
    *run(ctx) {
      if (name === 'git' && ctx.args[0] === '--version') ctx.out('git version 2.43.5\n');
      else if (name === 'wget' && ctx.args[0] === '--version') ctx.out('GNU Wget 1.21.1 built on linux-gnu.\n');
      else ctx.err(`${name}: this lab does not model ${name} beyond --version\n`);
      return ctx.args[0] === '--version' ? 0 : 1;
    },
  });
}
