// Installed packages of a guest, for dnf and for labs that prepare a machine.
import type { Host, CatalogPackage } from '../../types';
import { PACKAGES, REPOS } from '../../data/packages';
import { containerdUnitFile } from '../../data/containerd-unit';
import { KUBEADM_DROPIN, KUBEADM_DROPIN_DIR, KUBEADM_DROPIN_PATH, KUBELET_UNIT, KUBELET_UNIT_PATH } from '../../data/kubelet-unit';

export { hasCommand } from './where';

/** Install a catalog package without dnf output (labs). Units are added disabled and inactive. */
export function installPackage(host: Host, pkg: CatalogPackage, now: number): void {
  const sys = host.sys!;
  // the repository as dnf names it: the section of the .repo file it came from ([kubernetes] for pkgs.k8s.io)
  const section = (enabledRepos(host) as { id: string; section?: string }[]).find((r) => r.id === pkg.repo)?.section ?? pkg.repo;
  sys.packages.set(pkg.name, { name: pkg.name, version: pkg.version, release: pkg.release, arch: pkg.arch, repo: '@' + section });
  for (const c of pkg.commands ?? []) sys.extraCommands.add(c);
  for (const u of pkg.units ?? []) {
    if (!sys.units.has(u.name)) sys.units.set(u.name, { ...u, enabled: 'disabled', active: 'inactive', sub: 'dead', since: now, pid: 0 });
  }
  if (pkg.name === 'containerd.io') {
    host.fs.mkdir('/usr/lib/systemd/system', true);
    host.fs.write('/usr/lib/systemd/system/containerd.service', containerdUnitFile(pkg.version));
    host.fs.mkdir('/etc/containerd', true);
    host.fs.write('/etc/containerd/config.toml', '#   Copyright 2018-2022 Docker Inc.\n\n#   Licensed under the Apache License, Version 2.0 (the "License");\n#   you may not use this file except in compliance with the License.\n\ndisabled_plugins = ["cri"]\n\n#root = "/var/lib/containerd"\n#state = "/run/containerd"\n#subreaper = true\n#oom_score = 0\n');
  }
  if (pkg.name === 'kubelet') {
    host.fs.mkdir('/etc/sysconfig', true);
    if (!host.fs.isFile('/etc/sysconfig/kubelet')) host.fs.write('/etc/sysconfig/kubelet', 'KUBELET_EXTRA_ARGS=\n');
    host.fs.mkdir('/usr/lib/systemd/system', true);
    host.fs.write(KUBELET_UNIT_PATH, KUBELET_UNIT);
    host.fs.mkdir('/var/lib/kubelet', true);
    host.fs.mkdir('/etc/kubernetes/manifests', true);
  }
  if (pkg.name === 'kubeadm') {
    host.fs.mkdir(KUBEADM_DROPIN_DIR, true);
    host.fs.write(KUBEADM_DROPIN_PATH, KUBEADM_DROPIN);
  }
}

export function removePackage(host: Host, name: string): void {
  const sys = host.sys!;
  sys.packages.delete(name);
  const pkg = PACKAGES.find((p) => p.name === name);
  for (const c of pkg?.commands ?? []) sys.extraCommands.delete(c);
  for (const u of pkg?.units ?? []) sys.units.delete(u.name);
  // the package's own files go with it (%config files and directories with content stay)
  if (name === 'kubelet') host.fs.remove(KUBELET_UNIT_PATH);
  if (name === 'kubeadm') {
    host.fs.remove(KUBEADM_DROPIN_PATH);
    const left = host.fs.list(KUBEADM_DROPIN_DIR);
    if (typeof left !== 'string' && !left.length) host.fs.remove(KUBEADM_DROPIN_DIR);
  }
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
