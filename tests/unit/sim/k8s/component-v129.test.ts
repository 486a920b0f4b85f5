// The control-plane programs after `kubeadm upgrade apply v1.29.15`: each image's program answers with the texts of
// its own version where they were read (components/data/*-v1-29.ts), and with none where they were not.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';
import { FEATURE_GATES_V1_29 } from '../../../../src/sim/k8s/components/data/feature-gates-v1-29';
import * as API_V128 from '../../../../src/sim/k8s/components/data/kube-apiserver-v1-28';
import { FEATURE_GATES as FEATURE_GATES_V1_28 } from '../../../../src/sim/k8s/kubelet/help-v1-28';

const SCHED = 'kubectl exec -n kube-system kube-scheduler-m-k8s --';
const GATE = (l: string) => l.trim().split('=')[0];

let s: Session;
let before: string;
beforeAll(async () => {
  s = await createSession({ lab: 'cluster', seed: 4 });
  before = (await s.exec(`${SCHED} kube-scheduler --help`)).stdout;
  for (const l of ["sudo sed -i 's/v1.28/v1.29/g' /etc/yum.repos.d/kubernetes.repo", 'sudo dnf install -y kubeadm-1.29.15 --disableexcludes=kubernetes'])
    expect((await s.exec(l)).exitCode, l).toBe(0);
  expect((await s.exec('sudo kubeadm upgrade apply v1.29.15', { answers: ['y'] })).exitCode).toBe(0);
  await s.advance(120_000);
}, 120_000);

describe('control-plane programs at 1.29', () => {
  it('kube-scheduler 1.29: 1.29’s feature gates and --allow-metric-labels-manifest, the rest as 1.28', async () => {
    expect((await s.exec(`${SCHED} kube-scheduler --version`)).stdout).toBe('Kubernetes v1.29.15\n');
    const r = await s.exec(`${SCHED} kube-scheduler --help`);
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.split('\n');
    // the gate list: KnownFeatures' lines under --feature-gates, in the usage column
    const at = lines.findIndex((l) => l.startsWith('      --feature-gates mapStringBool '));
    const gates = lines.slice(at + 1).filter((l) => /^ {38}\w+=true\|false/.test(l));
    expect(gates.map(GATE)).toEqual(FEATURE_GATES_V1_29.map(([n]) => n));
    expect(r.stdout).toContain('                                      SidecarContainers=true|false (BETA - default=true)\n');
    expect(r.stdout).toContain('                                      SeparateCacheWatchRPC=true|false (BETA - default=true)\n');
    expect(r.stdout).toContain('                                      StructuredAuthorizationConfiguration=true|false (ALPHA - default=false)\n');
    expect(r.stdout).not.toMatch(/APIListChunking|ServiceNodePortStaticSubrange|KMSv2/);
    expect(r.stdout).toMatch(
      /\nMetrics flags:\n\n {6}--allow-metric-labels stringToString +The map from metric-label.*\n {6}--allow-metric-labels-manifest string +The path to the manifest file that contains the allow-list mapping\. The format of the file is the same as the flag --allow-metric-labels\. Note that the flag --allow-metric-labels will override the manifest file\.\n {6}--disabled-metrics strings /,
    );
    // every other line is 1.28's
    const old = new Set(before.split('\n'));
    const added = lines.filter((l) => !old.has(l));
    expect(added.filter((l) => !/^ {38}\w+=true\|false \((ALPHA|BETA) - default=(true|false)\)$/.test(l))).toEqual([lines.find((l) => l.startsWith('      --allow-metric-labels-manifest '))]);
    // the new flag parses; usage errors print 1.29's usage
    expect((await s.exec(`${SCHED} kube-scheduler --allow-metric-labels-manifest=/x --version`)).stdout).toBe('Kubernetes v1.29.15\n');
    const bad = await s.exec(`${SCHED} kube-scheduler --bogus`);
    expect(bad.stderr).toContain('--allow-metric-labels-manifest string');
    expect(bad.stderr).toContain('Error: unknown flag: --bogus\n');
  });

  it('the programs whose 1.29 texts were not read print no help, and still their version', async () => {
    const proxy = (await s.exec('kubectl get pods -n kube-system -l k8s-app=kube-proxy -o name')).stdout.split('\n')[0].replace('pod/', '');
    expect((await s.exec(`kubectl get pod -n kube-system ${proxy} -o jsonpath={.spec.containers[0].image}`)).stdout).toBe('registry.k8s.io/kube-proxy:v1.29.15');
    for (const [pod, prog] of [['kube-apiserver-m-k8s', 'kube-apiserver'], ['kube-controller-manager-m-k8s', 'kube-controller-manager'], [proxy, 'kube-proxy']]) {
      const r = await s.exec(`kubectl exec -n kube-system ${pod} -- ${prog} --help`);
      expect(r.stdout, prog).toBe('');
      expect(r.exitCode).toBe(0);
      expect((await s.exec(`kubectl exec -n kube-system ${pod} -- ${prog} --version`)).stdout).toBe('Kubernetes v1.29.15\n');
    }
  });

  it('1.28’s kube-apiserver text is not 1.29’s: it lacks the flags 1.29 adds, and its gates are 1.28.15’s', () => {
    const flags = API_V128.FLAGS.split(' ').map((f) => f.split(':')[0]);
    expect(flags).toContain('authorization-mode');
    expect(flags).not.toContain('authentication-config');
    expect(flags).not.toContain('authorization-config');
    const usage = API_V128.SECTIONS.flatMap(([, ls]) => ls).find(([l]) => l.startsWith('      --feature-gates '))![1];
    expect(usage.split('\n').slice(1)).toEqual(FEATURE_GATES_V1_28.map(([n, st, on]) => `${n}=true|false (${st} - default=${on})`));
    // 1.28.15's patches added these two; StructuredAuthenticationConfiguration is 1.29's
    expect(usage).toContain('\nSeparateCacheWatchRPC=true|false (BETA - default=true)\n');
    expect(usage).toContain('\nWatchFromStorageWithoutResourceVersion=true|false (BETA - default=false)\n');
    expect(usage).not.toContain('StructuredAuthenticationConfiguration');
    expect(FEATURE_GATES_V1_29.map(([n]) => n)).toContain('StructuredAuthenticationConfiguration');
  });
});
