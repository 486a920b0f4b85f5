// rpm 4.16.1.3's --help against the recorded popt layout of rpm 4.18 (Debian 12), and -ql of the Kubernetes packages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

/** popt's singleOptionHelp: the description at column 37, wrapped in 42 columns at the last space before column 41. */
function entry(left: string, desc: string): string[] {
  const out: string[] = [];
  let d = desc;
  while (d.length > 42) {
    let ch = 41;
    while (ch > 0 && d[ch] !== ' ') ch--;
    out.push(d.slice(0, ch));
    d = d.slice(ch).replace(/^ +/, '');
  }
  out.push(d);
  return [left.padEnd(37) + out[0], ...out.slice(1).map((x) => ' '.repeat(37) + x)];
}

/** The 4.18 help with 4.16.1.3's tables: lib/poptQV.c (no --path, -f's words, -q hidden), lib/poptI.c (no --nodb, no --restore), rpmpopt.in's four aliases, without Debian's --force-debian. */
function expected416(rec: string): string {
  const lines = rec.split('\n');
  const blocks: string[][] = [];
  for (let i = 0; i < lines.length; ) {
    const b = [lines[i++]];
    if (/^ {2}(-\S, | {4})--/.test(b[0])) while (i < lines.length && lines[i].startsWith(' '.repeat(37)) && lines[i].trim()) b.push(lines[i++]);
    blocks.push(b);
  }
  const out: string[][] = [];
  for (const b of blocks) {
    const key = /^ {2}(?:-\S, | {4})(--[^= ]+)(=?)/.exec(b[0]);
    const k = key?.[1];
    if (k === '--path' || k === '--query' || k === '--nodb' || k === '--force-debian' || (k === '--restore' && key?.[2] === '=')) continue;
    out.push(k === '--file' ? entry('  -f, --file', 'query/verify package(s) owning file') : b);
    if (k === '--scripts')
      for (const [n, d] of [
        ['--setperms', 'set permissions of files in a package'],
        ['--setugids', 'set user/group ownership of files in a package'],
        ['--setcaps', 'set capabilities of files in a package'],
        ['--restore', 'restore file/directory permissions'],
      ])
        out.push(entry('      ' + n, d));
  }
  return out.flat().join('\n');
}

describe('rpm --help', () => {
  it("is popt's help of the 4.16.1.3 tables", async () => {
    const rec = readFileSync(new URL('../../../golden/rpm/help-4.18-debian12.stdout', import.meta.url), 'utf8');
    const s = await createSession({ lab: 'vm' });
    const r = await s.exec('rpm --help');
    expect(r).toMatchObject({ stderr: '', exitCode: 0 });
    expect(r.stdout).toBe(expected416(rec));
    expect((await s.exec('rpm -?')).stdout).toBe(r.stdout);
    expect(r.stdout).toContain('      --setugids                     set user/group ownership of files in a\n                                     package\n');
  });
});

describe('rpm -ql', () => {
  it("lists the Kubernetes packages' files as their spec files install them; -c, -d and -L select", async () => {
    const s = await createSession({ lab: 'cluster' });
    expect((await s.exec('rpm -ql kubelet')).stdout).toBe(
      '/etc/kubernetes\n/etc/kubernetes/manifests\n/etc/sysconfig/kubelet\n/usr/bin/kubelet\n/usr/lib/systemd/system/kubelet.service\n/usr/share/doc/kubelet/README.md\n/usr/share/licenses/kubelet/LICENSE\n/var/lib/kubelet\n',
    );
    expect((await s.exec('rpm -ql kubeadm')).stdout).toBe(
      '/usr/bin/kubeadm\n/usr/lib/systemd/system/kubelet.service.d\n/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf\n/usr/share/doc/kubeadm/README.md\n/usr/share/licenses/kubeadm/LICENSE\n',
    );
    expect((await s.exec('rpm -qc kubelet')).stdout).toBe('/etc/sysconfig/kubelet\n');
    expect((await s.exec('rpm -qd kubectl')).stdout).toBe('/usr/share/doc/kubectl/README.md\n');
    expect((await s.exec('rpm -qL cri-tools')).stdout).toBe('/usr/share/licenses/cri-tools/LICENSE\n');
    expect((await s.exec('rpm -qf /usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf')).stdout).toMatch(/^kubeadm-1\.28\.\d+-150500\.1\.1\.x86_64\n$/);
    expect(await s.exec('rpm -ql nosuch')).toMatchObject({ stdout: 'package nosuch is not installed\n', exitCode: 1 });
  });
});

describe('rpm --usage and rpm alone', () => {
  const golden = (f: string) => readFileSync(new URL(`../../../golden/rpm/${f}`, import.meta.url), 'utf8');

  it("lays out popt's usage as popt does: recorded rpm 4.18 from its help's options", async () => {
    const { usageOf } = await import('../../../../src/sim/commands/rpm/usage');
    expect(usageOf(golden('help-4.18-debian12.stdout'), 'afgpqlsiv?')).toBe(golden('usage-4.18-debian12.stdout'));
    expect(golden('bare-4.18-debian12.stderr')).toBe('RPM version 4.18.0\nCopyright (C) 1998-2002 - Red Hat, Inc.\nThis program may be freely redistributed under the terms of the GNU GPL\n\n' + golden('usage-4.18-debian12.stdout'));
    // a terminal wider than 80 columns lays it out to its width less one
    const wide = usageOf(golden('help-4.18-debian12.stdout'), 'afgpqlsiv?', 120).split('\n');
    expect(Math.max(...wide.map((l) => l.length))).toBeLessThanOrEqual(119);
    expect(wide.length).toBeLessThan(golden('usage-4.18-debian12.stdout').split('\n').length);
  });

  it('4.16.1.3: --usage on stdout; alone or with a word and no mode, the banner and usage on stderr and argc; -v shows the help', async () => {
    const { usage, banner } = await import('../../../../src/sim/commands/rpm/usage');
    const s = await createSession({ lab: 'vm' });
    const u = await s.exec('rpm --usage');
    expect(u).toMatchObject({ stdout: usage(), stderr: '', exitCode: 0 });
    expect(u.stdout.startsWith('Usage: rpm [-afgplsiv?] [-a|--all] [-f|--file] [-g|--group] [-p|--package]\n        [--pkgid]')).toBe(true);
    expect(u.stdout).not.toContain('--path');
    expect(u.stdout).toContain(' [-?|--help] [--usage] [--scripts]\n        [--setperms]');
    expect(await s.exec('rpm')).toMatchObject({ stdout: '', stderr: banner + usage(), exitCode: 1 });
    expect(await s.exec('rpm kubelet x')).toMatchObject({ stderr: banner + usage(), exitCode: 3 });
    expect(await s.exec('rpm --nodeps')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    const v = await s.exec('rpm -v kubelet');
    expect(v.exitCode).toBe(3);
    expect(v.stderr.startsWith(banner + 'Usage: rpm [OPTION...]\n')).toBe(true);
  });
});

describe('rpm --help on a wide terminal', () => {
  it("widens the descriptions as popt does (recorded: Debian 12's rpm 4.18 under a 120-column terminal)", async () => {
    const { widenHelp } = await import('../../../../src/sim/commands/rpm/usage');
    const narrow = readFileSync(new URL('../../../golden/rpm/help-4.18-debian12.stdout', import.meta.url), 'utf8');
    const wide = readFileSync(new URL('../../../golden/rpm/help-4.18-debian12-cols120.stdout', import.meta.url), 'utf8');
    expect(widenHelp(narrow, 120)).toBe(wide);
    expect(widenHelp(narrow, 80)).toBe(narrow);
  });

  it('rpm --help in the session follows the terminal width', async () => {
    const s = await createSession({ lab: 'vm' });
    s.resize(120, 40);
    const r = await s.exec('rpm --help');
    expect(r.stdout).toContain('      --setugids                     set user/group ownership of files in a package\n');
  });
});
