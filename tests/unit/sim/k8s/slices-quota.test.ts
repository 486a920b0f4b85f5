// EndpointSlices, the system PriorityClasses and ResourceQuotas of a kubeadm 1.28 cluster. The expected texts come
// from kubernetes v1.28 sources: pkg/printers/internalversion/printers.go (printEndpointSlice, printPriorityClass,
// printResourceQuota), staging/src/k8s.io/kubectl/pkg/describe/describe.go (describeEndpointSliceV1,
// describePriorityClass, describeQuota, DescribeResourceQuotas), pkg/apis/scheduling/v1/helpers.go,
// staging/src/k8s.io/apiserver/pkg/admission/plugin/resourcequota/controller.go and
// pkg/quota/v1/evaluator/core/pods.go. kube-dns's "9153,53,53" is what kubectl prints on real 1.2x clusters (the
// ports sorted by the md5 of go-spew's dump, k8s.io/endpointslice/util/controller_utils.go).
import { describe, expect, it } from 'vitest';
import { portsInOrder } from '../../../../src/sim/k8s/controllers/endpointslices';
import { cells, makeCluster } from './helpers';

describe('EndpointSlices', () => {
  it('carry the last-change trigger time as the trackers compute it, as Endpoints do', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx --replicas=2');
    c.advance(30_000);
    run('expose deployment web --port=80');
    c.advance(5_000);
    const svc = c.get('Service', 'default', 'web')!;
    const ep = c.get('Endpoints', 'default', 'web')!;
    const slice = c.list('EndpointSlice', 'default').find((x) => x.metadata.labels?.['kubernetes.io/service-name'] === 'web')!;
    // a Service the tracker has not seen: its creation time, to the second
    const created = new Date(Math.floor(svc.metadata.creationTimestamp / 1000) * 1000).toISOString().replace('.000Z', 'Z');
    expect(ep.metadata.annotations).toEqual({ 'endpoints.kubernetes.io/last-change-trigger-time': created });
    expect(slice.metadata.annotations).toEqual({ 'endpoints.kubernetes.io/last-change-trigger-time': created });
    expect(run('describe endpoints web').out).toContain(`Annotations:  endpoints.kubernetes.io/last-change-trigger-time: ${created}\n`);
    // a pod that becomes ready later: its Ready transition is the trigger
    run('scale deployment web --replicas=3');
    c.advance(30_000);
    const ready = c.list('Pod', 'default').map((p) => p.status.conditions.find((x: any) => x.type === 'Ready').lastTransitionTime).sort((a, b) => b - a)[0];
    expect(c.get('Endpoints', 'default', 'web')!.metadata.annotations!['endpoints.kubernetes.io/last-change-trigger-time']).toBe(new Date(Math.floor(ready / 1000) * 1000).toISOString().replace('.000Z', 'Z'));
    // a pod that goes away changes no trigger time: the annotation is cleared
    run('scale deployment web --replicas=2');
    c.advance(30_000);
    expect(c.get('Endpoints', 'default', 'web')!.metadata.annotations).toBeUndefined();
  });

  it('the API server writes `kubernetes`, the controller one slice per selecting Service, ports in hash order', () => {
    const { run } = makeCluster();
    const lines = run('get endpointslices -A').out.trimEnd().split('\n');
    expect(cells(lines[0])).toEqual(['NAMESPACE', 'NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE']);
    expect(cells(lines[1]).slice(0, 5)).toEqual(['default', 'kubernetes', 'IPv4', '6443', '192.168.56.10']);
    const dns = cells(lines[2]);
    expect(dns[0]).toBe('kube-system');
    expect(dns[1]).toMatch(/^kube-dns-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(dns.slice(2, 4)).toEqual(['IPv4', '9153,53,53']);
    expect(dns[4].split(',')).toHaveLength(2);
  });

  it('sorts ports as NewPortMapKey leaves them', () => {
    const ports = [
      { name: 'dns', protocol: 'UDP', port: 53 },
      { name: 'dns-tcp', protocol: 'TCP', port: 53 },
      { name: 'metrics', protocol: 'TCP', port: 9153 },
    ];
    expect(portsInOrder(ports).map((p) => p.name)).toEqual(['metrics', 'dns', 'dns-tcp']);
  });

  it('a Service with no pods keeps a placeholder; pods fill it; deleting the Service removes it', () => {
    const { c, run } = makeCluster();
    run('create service clusterip web --tcp=80:8080');
    let row = cells(run('get endpointslices -l kubernetes.io/service-name=web').out.split('\n')[1]);
    expect(row.slice(1, 4)).toEqual(['IPv4', '<unset>', '<unset>']);
    run('create deployment web --image=nginx --replicas=2');
    c.advance(60_000);
    row = cells(run('get endpointslices -l kubernetes.io/service-name=web').out.split('\n')[1]);
    expect(row[2]).toBe('8080');
    expect(row[3].split(',')).toHaveLength(2);
    const d = run(`describe endpointslice ${row[0]}`).out;
    expect(d).toContain('Labels:       app=web\n              endpointslice.kubernetes.io/managed-by=endpointslice-controller.k8s.io\n              kubernetes.io/service-name=web\n');
    expect(d).toMatch(/Ports:\n {2}Name {5}Port {2}Protocol\n {2}---- {5}---- {2}--------\n {2}80-8080 {2}8080 {2}TCP\n/);
    expect(d).toMatch(/Endpoints:\n {2}- Addresses: {2}10\.244\.\d+\.\d+\n {4}Conditions:\n {6}Ready: {4}true\n {4}Hostname: {3}<unset>\n {4}TargetRef: {2}Pod\/web-/);
    run('delete service web');
    expect(run('get endpointslices -l kubernetes.io/service-name=web').err).toBe('No resources found in default namespace.\n');
  });
});

describe('PriorityClasses', () => {
  it('the two system classes, from the API server', () => {
    const { run } = makeCluster();
    const lines = run('get priorityclasses').out.trimEnd().split('\n');
    expect(lines.map((l) => cells(l).slice(0, 3))).toEqual([
      ['NAME', 'VALUE', 'GLOBAL-DEFAULT'],
      ['system-cluster-critical', '2000000000', 'false'],
      ['system-node-critical', '2000001000', 'false'],
    ]);
    expect(run('describe pc system-node-critical').out).toBe(
      'Name:              system-node-critical\nValue:             2000001000\nGlobalDefault:     false\nPreemptionPolicy:  PreemptLowerPriority\n' +
        'Description:       Used for system critical pods that must not be moved from their current node.\nAnnotations:       <none>\nEvents:            <none>\n',
    );
  });
});

describe('ResourceQuota', () => {
  it('status follows the namespace; get, describe and describe ns print it', () => {
    const { c, run } = makeCluster();
    run('create quota q --hard=pods=4,requests.memory=1Gi,limits.cpu=2,count/deployments.apps=3');
    run('create deployment web --image=nginx --replicas=0');
    c.advance(1_000);
    expect(cells(run('get quota q').out.split('\n')[1]).slice(2).join(' ')).toBe('count/deployments.apps: 1/3, pods: 0/4, requests.memory: 0/1Gi limits.cpu: 0/2');
    expect(run('describe quota q').out).toBe(
      'Name:                   q\nNamespace:              default\nResource                Used  Hard\n--------                ----  ----\n' +
        'count/deployments.apps  1     3\nlimits.cpu              0     2\npods                    0     4\nrequests.memory         0     1Gi\n',
    );
    expect(run('describe ns default').out).toContain('\nResource Quotas\n  Name:                   q\n  Resource                Used  Hard\n  --------                ---   ---\n  count/deployments.apps  1     3\n');
  });

  it('admission: a quota on compute needs requests; past the hard limit the pod is refused with the numbers', () => {
    const { c, run } = makeCluster();
    run('create quota compute --hard=cpu=1');
    expect(run('run a --image=nginx').err).toBe('Error from server (Forbidden): pods "a" is forbidden: failed quota: compute: must specify cpu for: a\n');
    run('delete quota compute');
    run('create quota small --hard=pods=1');
    expect(run('run a --image=nginx').out).toBe('pod/a created\n');
    c.advance(1_000);
    expect(run('run b --image=nginx').err).toBe('Error from server (Forbidden): pods "b" is forbidden: exceeded quota: small, requested: pods=1, used: pods=1, limited: pods=1\n');
  });

  it('a ReplicaSet refused by quota records FailedCreate with the generateName and backs off', () => {
    const { c, run } = makeCluster();
    run('create quota compute --hard=cpu=1');
    run('create deployment web --image=nginx --replicas=2');
    c.advance(30_000);
    expect(c.list('Pod', 'default')).toHaveLength(0);
    const ev = run('get events --field-selector reason=FailedCreate').out;
    expect(ev).toContain('Error creating: pods "web-');
    expect(ev).toMatch(/pods "web-[a-z0-9]+-" is forbidden: failed quota: compute: must specify cpu for: nginx/);
    // the work queue's backoff: 5 ms doubling, so some twelve tries in the first 30 s, not one per change
    const count = c.list('Event', 'default').find((e) => e.reason === 'FailedCreate')!.count;
    expect(count).toBeGreaterThan(8);
    expect(count).toBeLessThan(16);
  });

  it('object counts: every namespaced kind is refused past its count, in the words of each create sub-command', () => {
    const { run } = makeCluster();
    // kube-root-ca.crt is already one of the namespace's ConfigMaps, the `kubernetes` Service one of its Services
    run('create quota q --hard=configmaps=2,count/deployments.apps=1,count/secrets=1,count/services=2');
    expect(run('create configmap a --from-literal=x=1').out).toBe('configmap/a created\n');
    expect(run('create configmap b --from-literal=x=1').err).toBe('error: failed to create configmap: configmaps "b" is forbidden: exceeded quota: q, requested: configmaps=1, used: configmaps=2, limited: configmaps=2\n');
    run('create deployment web --image=nginx');
    expect(run('create deployment web2 --image=nginx').err).toBe('error: failed to create deployment: deployments.apps "web2" is forbidden: exceeded quota: q, requested: count/deployments.apps=1, used: count/deployments.apps=1, limited: count/deployments.apps=1\n');
    run('create secret generic s --from-literal=a=b');
    expect(run('create secret generic t --from-literal=a=b').err).toBe('error: failed to create secret secrets "t" is forbidden: exceeded quota: q, requested: count/secrets=1, used: count/secrets=1, limited: count/secrets=1\n');
    // a server dry run is admitted or refused but charges nothing
    expect(run('create service clusterip a --tcp=80 --dry-run=server').out).toBe('service/a created (server dry run)\n');
    expect(run('create service clusterip a --tcp=80').out).toBe('service/a created\n');
    expect(run('expose deployment web --port=80').err).toBe('Error from server (Forbidden): services "web" is forbidden: exceeded quota: q, requested: count/services=1, used: count/services=2, limited: count/services=2\n');
    // role, clusterrole and namespace return the server's error as it is
    run('create role r --verb=get --resource=pods');
    expect(run('create role r --verb=get --resource=pods').err).toBe('Error from server (AlreadyExists): roles.rbac.authorization.k8s.io "r" already exists\n');
  });

  it('quota is charged at admission, so a burst of creates stops at the limit', () => {
    const { c, run } = makeCluster();
    run('create quota q --hard=pods=3');
    run('create deployment web --image=nginx --replicas=5');
    c.advance(20_000);
    expect(c.list('Pod', 'default')).toHaveLength(3);
    const rs = c.list('ReplicaSet', 'default')[0];
    // calculateStatus(): ReplicaFailure with the first error; the Deployment takes it over (getReplicaFailures)
    expect(rs.status.conditions.map((x: any) => [x.type, x.status, x.reason])).toEqual([['ReplicaFailure', 'True', 'FailedCreate']]);
    expect(rs.status.conditions[0].message).toMatch(/^pods "web-[a-z0-9]+-" is forbidden: exceeded quota: q, requested: pods=1, used: pods=3, limited: pods=3$/);
    expect(run('describe deployment web').out).toMatch(/Conditions:\n  Type             Status  Reason\n  ----             ------  ------\n  Available        False   MinimumReplicasUnavailable\n  Progressing      True    ReplicaSetUpdated\n  ReplicaFailure   True    FailedCreate\n/);
    expect(run('describe rs').out).toContain('Conditions:\n  Type             Status  Reason\n  ----             ------  ------\n  ReplicaFailure   True    FailedCreate\n');
    // with room again, the condition goes
    run('scale deployment web --replicas=3');
    c.advance(5_000);
    expect(c.list('ReplicaSet', 'default')[0].status.conditions).toBeUndefined();
    expect(run('describe deployment web').out).not.toContain('ReplicaFailure');
  });

  it('StatefulSets and DaemonSets go through quota admission too', () => {
    const { c, run } = makeCluster();
    run('create namespace t');
    run('create quota q -n t --hard=pods=2');
    const meta = (name: string, uid: string) => ({ name, namespace: 't', uid, resourceVersion: '', creationTimestamp: c.t, generation: 1 });
    const template = (app: string) => ({ metadata: { labels: { app } }, spec: { containers: [{ name: 'n', image: 'nginx' }] } });
    c.add({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: meta('web', 'u-sts'), spec: { serviceName: 'web', replicas: 3, selector: { matchLabels: { app: 'w' } }, template: template('w') } } as any);
    c.advance(60_000);
    expect(c.list('Pod', 't').map((p) => p.metadata.name).sort()).toEqual(['web-0', 'web-1']);
    expect(run('get events -n t --field-selector reason=FailedCreate').out).toContain('create Pod web-2 in StatefulSet web failed error: pods "web-2" is forbidden: exceeded quota: q, requested: pods=1, used: pods=2, limited: pods=2');
    run('delete statefulset web -n t');
    run('delete quota q -n t');
    run('create quota q -n t --hard=pods=1');
    c.advance(60_000);
    // two workers want a pod each; the quota leaves room for one
    c.add({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: meta('agent', 'u-ds'), spec: { selector: { matchLabels: { app: 'a' } }, template: template('a') } } as any);
    c.advance(30_000);
    expect(c.list('Pod', 't').filter((p) => !p.metadata.deletionTimestamp)).toHaveLength(1);
    expect(run('get events -n t --field-selector reason=FailedCreate').out).toContain('Error creating: pods "agent-" is forbidden: exceeded quota: q, requested: pods=1, used: pods=1, limited: pods=1');
  });
});
