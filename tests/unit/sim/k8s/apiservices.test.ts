// kubectl get apiservices on a kubeadm cluster: one Local APIService per group-version kube-apiserver serves, as
// v1.28's cmd/kube-apiserver/app/aggregator.go registers them (apiVersionPriorities: names VERSION.GROUP, "v1." for
// the core group, no APIService for apiregistration.k8s.io itself), the aggregator's table (SERVICE Local, AVAILABLE
// True) and metrics-server's v1beta1.metrics.k8s.io checked as available_controller.go does.
import { describe, expect, it } from 'vitest';
import { makeCluster } from './helpers';
import { upgradeControlPlane } from '../../../../src/sim/k8s/bootstrap';

const NAMES_128 = [
  'v1.', 'v1.admissionregistration.k8s.io', 'v1.apiextensions.k8s.io', 'v1.apps', 'v1.authentication.k8s.io', 'v1.authorization.k8s.io',
  'v1.autoscaling', 'v1.batch', 'v1.certificates.k8s.io', 'v1.coordination.k8s.io', 'v1.discovery.k8s.io', 'v1.events.k8s.io',
  'v1.networking.k8s.io', 'v1.node.k8s.io', 'v1.policy', 'v1.rbac.authorization.k8s.io', 'v1.scheduling.k8s.io', 'v1.storage.k8s.io',
  'v1beta2.flowcontrol.apiserver.k8s.io', 'v1beta3.flowcontrol.apiserver.k8s.io', 'v2.autoscaling',
];

describe('APIServices', () => {
  it('lists the local APIServices of a 1.28 kubeadm cluster', () => {
    const { c, run } = makeCluster();
    c.advance(600_000);
    const r = run('get apiservices');
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('NAME                                   SERVICE   AVAILABLE   AGE');
    expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(NAMES_128);
    expect(lines[1]).toMatch(/^v1\. {36}Local {5}True {8}1[0-9]m$/);
    expect(lines.slice(1).every((l) => / {3}Local {5}True {8}\d+m$/.test(l))).toBe(true);
  });

  it('shows an APIService as the server stores it', () => {
    const { run } = makeCluster();
    const y = run('get apiservice v1.apps -o yaml').out;
    expect(y).toMatch(/^apiVersion: apiregistration\.k8s\.io\/v1\nkind: APIService\nmetadata:\n  creationTimestamp: "[^"]+"\n  labels:\n    kube-aggregator\.kubernetes\.io\/automanaged: onstart\n  name: v1\.apps\n  resourceVersion: "\d+"\n  uid: [0-9a-f-]{36}\n/);
    expect(y).toContain('spec:\n  group: apps\n  groupPriorityMinimum: 17800\n  version: v1\n  versionPriority: 15\nstatus:\n  conditions:\n  - lastTransitionTime: ');
    expect(y).toContain('    message: Local APIServices are always available\n    reason: Local\n    status: "True"\n    type: Available\n');
    // the core group has no group field (omitempty)
    expect(run('get apiservice v1. -o yaml').out).toContain('spec:\n  groupPriorityMinimum: 18000\n  version: v1\n  versionPriority: 1\n');
    expect(run('get apiservice v1.apiregistration.k8s.io').err).toBe('Error from server (NotFound): apiservices.apiregistration.k8s.io "v1.apiregistration.k8s.io" not found\n');
  });

  it('follows metrics-server: its Service, then its ready pod', () => {
    const { c, run } = makeCluster();
    run('apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml');
    const row = () => run('get apiservice v1beta1.metrics.k8s.io').out.split('\n')[1];
    expect(row()).toMatch(/^v1beta1\.metrics\.k8s\.io {3}kube-system\/metrics-server {3}False \(MissingEndpoints\) {3}\d+s$/);
    expect(run('get apiservice v1beta1.metrics.k8s.io -o jsonpath={.status.conditions[0].message}').out).toBe('endpoints for service/metrics-server in "kube-system" have no addresses with port name "https"');
    expect(run('get apiservice v1beta1.metrics.k8s.io -o jsonpath={.spec.service.port}').out).toBe('443');
    run('patch deployment metrics-server -n kube-system --type=json -p [{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"--kubelet-insecure-tls"}]');
    c.advance(180_000);
    expect(c.metricsAvailable()).toBe(true);
    expect(row()).toMatch(/^v1beta1\.metrics\.k8s\.io {3}kube-system\/metrics-server {3}True {8}\dm$/);
    expect(run('get apiservice v1beta1.metrics.k8s.io -o jsonpath={.status.conditions[0].message}').out).toBe('all checks passed');
    run('delete service metrics-server -n kube-system');
    expect(run('get apiservice v1beta1.metrics.k8s.io -o jsonpath={.status.conditions[0].reason}').out).toBe('ServiceNotFound');
  });

  it('follows the served versions through an upgrade to 1.29', () => {
    const { c, run } = makeCluster();
    upgradeControlPlane(c, 'm-k8s', 'v1.29.14');
    c.advance(60_000);
    const names = run('get apiservices -o name').out.split('\n');
    expect(names).toContain('apiservice.apiregistration.k8s.io/v1.flowcontrol.apiserver.k8s.io');
    expect(names).not.toContain('apiservice.apiregistration.k8s.io/v1beta2.flowcontrol.apiserver.k8s.io');
    expect(run('get apiservice v1.flowcontrol.apiserver.k8s.io -o jsonpath={.spec.versionPriority}').out).toBe('21');
  });
});

describe('APIServices deleted', () => {
  it('stay deleted until kube-apiserver starts again (the autoregister controller syncs onstart ones once)', () => {
    const { c, run } = makeCluster();
    expect(run('delete apiservice v1.apps').out).toBe('apiservice.apiregistration.k8s.io "v1.apps" deleted\n');
    c.advance(60_000);
    expect(run('get apiservice v1.apps').err).toBe('Error from server (NotFound): apiservices.apiregistration.k8s.io "v1.apps" not found\n');
    // a new kube-apiserver (its static pod made again) registers it anew
    upgradeControlPlane(c, 'm-k8s', 'v1.28.15');
    c.advance(60_000);
    expect(run('get apiservice v1.apps -o name').out).toBe('apiservice.apiregistration.k8s.io/v1.apps\n');
  });
});
