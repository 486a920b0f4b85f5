// kubeadm upgrade plan [version]: the version argument is what kubeadm's OfflineVersionGetter answers for every
// CI label (cmd/kubeadm/app/phases/upgrade/versiongetter.go), and GetAvailableUpgrades (compute.go) turns it into
// the plan: the target, the "latest version in the v<cluster> series", one upgrade or none; plan.go prints nothing
// after the versions when there is no upgrade ("Awesome, you're up-to-date!" is a --v=1 log line).
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';
import { parseSemantic, planText } from '../../../../src/sim/k8s/kubeadm/plan';

const VERSIONS = ['[upgrade/versions] Cluster version: v1.28.15', '[upgrade/versions] kubeadm version: v1.28.15'];

describe('kubeadm upgrade plan with a version', () => {
  it('offers the version as the latest of the cluster series, with the note to update kubeadm first', async () => {
    const { sh } = await lab('cluster', 3);
    await sh('sudo -i');
    const r = await sh('kubeadm upgrade plan v1.29.14');
    expect(r.exitCode).toBe(0);
    // nothing is fetched from dl.k8s.io: no "remote version is much newer" log line
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    const at = lines.indexOf(VERSIONS[0]);
    expect(lines.slice(at, at + 5)).toEqual([...VERSIONS, '[upgrade/versions] Target version: v1.29.14', '[upgrade/versions] Latest version in the v1.28 series: v1.29.14', '']);
    expect(r.stdout).toContain('Upgrade to the latest version in the v1.28 series:\n');
    expect(r.stdout).toMatch(/\nkube-apiserver {12}v1\.28\.15 {3}v1\.29\.14\n/);
    expect(r.stdout).toContain('\tkubeadm upgrade apply v1.29.14\n\nNote: Before you can perform this upgrade, you have to update kubeadm to v1.29.14.\n\n___');
    expect(r.stdout).not.toContain('stable version');
  });
  it('a version at or below the cluster offers nothing and prints nothing after the versions', async () => {
    const { sh } = await lab('cluster', 3);
    await sh('sudo -i');
    for (const v of ['v1.27.3', 'v1.28.15']) {
      const r = await sh(`kubeadm upgrade plan ${v}`);
      expect(r.exitCode).toBe(0);
      const tail = r.stdout.slice(r.stdout.indexOf(VERSIONS[0]));
      const latest = v === 'v1.28.15' ? `[upgrade/versions] Latest version in the v1.28 series: ${v}\n` : '';
      expect(tail).toBe(`${VERSIONS.join('\n')}\n[upgrade/versions] Target version: ${v}\n${latest}\n`);
    }
  });
});

describe('the plan as compute.go makes it', () => {
  const base = { cluster: 'v1.28.15', kubeadm: 'v1.29.15', stable: 'v1.29.15', latestPatch: 'v1.28.15', kubelets: ['v1.28.15', 'v1.28.15'] };
  it('without an argument: the stable version above the cluster series', () => {
    const p = planText(base);
    expect(p.versions).toBe('[upgrade/versions] Target version: v1.29.15\n[upgrade/versions] Latest version in the v1.28 series: v1.28.15\n\n');
    expect(p.plan).toContain('Upgrade to the latest stable version:');
    expect(p.plan).not.toContain('Note:');
  });
  it('kubelets already at the target are not listed; several versions sort as strings', () => {
    expect(planText({ ...base, arg: 'v1.29.14', kubelets: ['v1.29.14'] }).plan).not.toContain('Components that must be upgraded manually');
    expect(planText({ ...base, arg: 'v1.29.14', kubelets: ['v1.29.14', 'v1.28.15', 'v1.28.15'] }).plan).toContain('kubelet     2 x v1.28.15   v1.29.14\n            1 x v1.29.14   v1.29.14\n');
  });
  it('a release candidate asks for its flag; a version that does not parse stands back for kubeadm’s own', () => {
    expect(planText({ ...base, arg: 'v1.29.0-rc.1' }).plan).toContain('\tkubeadm upgrade apply v1.29.0-rc.1 --allow-release-candidate-upgrades\n');
    const p = planText({ ...base, arg: 'foo' });
    expect(p.versions).toBe('\n');
    expect(p.plan).toContain('Upgrade to the latest stable version:');
    expect(parseSemantic('1.29.14')?.nums).toEqual([1, 29, 14]);
    expect(parseSemantic('v1.29')).toBeNull();
  });
});
