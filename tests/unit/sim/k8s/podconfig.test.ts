import { describe, expect, it } from 'vitest';
import { makeCluster, cells } from './helpers';
import { createObject } from '../../../../src/sim/k8s/apiserver';

/** the Configuration lesson's pod: envFrom, env from a ConfigMap key and a Secret key, both as volumes */
const POD = {
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'cfg' },
  spec: {
    containers: [
      {
        name: 'app',
        image: 'busybox:1.36',
        command: ['sleep', '3600'],
        envFrom: [{ configMapRef: { name: 'app-config' } }],
        env: [
          { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'app-config', key: 'COLOR' } } },
          { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
        ],
        volumeMounts: [
          { name: 'config', mountPath: '/etc/app' },
          { name: 'sec', mountPath: '/etc/db', readOnly: true },
        ],
      },
    ],
    volumes: [
      { name: 'config', configMap: { name: 'app-config' } },
      { name: 'sec', secret: { secretName: 'db' } },
    ],
  },
};

function podRow(run: (l: string) => { out: string }, name: string): string[] {
  return cells(run(`get pod ${name}`).out.split('\n')[1]);
}

describe('ConfigMaps and Secrets in pods', () => {
  it('stores a generic Secret as base64 with type Opaque, lists it and describes sizes, not values', () => {
    const { run } = makeCluster();
    expect(run('create secret generic db --from-literal=password=hunter2 --from-literal=user=admin').out).toBe('secret/db created\n');
    const y = run('get secret db -o yaml').out;
    expect(y).toMatch(/^apiVersion: v1\ndata:\n {2}password: aHVudGVyMg==\n {2}user: YWRtaW4=\nkind: Secret\nmetadata:\n/);
    expect(y).toMatch(/\ntype: Opaque\n$/);
    expect(run('get secrets').out).toMatch(/^NAME {3}TYPE {5}DATA {3}AGE\ndb {5}Opaque {3}2 {6}\d+s\n$/);
    // kubectl's describeSecret: Type after a blank line, then sizes; no Events section
    expect(run('describe secret db').out).toBe('Name:         db\nNamespace:    default\nLabels:       <none>\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\npassword:  7 bytes\nuser:      5 bytes\n');
  });

  it('keeps a pod ContainerCreating with FailedMount until its ConfigMap and Secret exist, then injects them', () => {
    const { c, run } = makeCluster();
    createObject(c, structuredClone(POD), 'default', false);
    c.advance(30_000);
    expect(podRow(run, 'cfg')[2]).toBe('ContainerCreating');
    const d = run('describe pod cfg').out;
    expect(d).toMatch(/Warning {2}FailedMount {2}.*kubelet {12}MountVolume\.SetUp failed for volume "config" : configmap "app-config" not found/);
    expect(d).toMatch(/MountVolume\.SetUp failed for volume "sec" : secret "db" not found/);
    run('create configmap app-config --from-literal=GREETING=hello --from-literal=COLOR=blue');
    run('create secret generic db --from-literal=password=hunter2');
    c.advance(150_000);
    expect(podRow(run, 'cfg')[2]).toBe('Running');
    const env = run('exec cfg -- env').out.split('\n');
    expect(env).toEqual(expect.arrayContaining(['COLOR=blue', 'GREETING=hello', 'MODE=blue', 'PASSWORD=hunter2']));
    expect(run('exec cfg -- printenv PASSWORD').out).toBe('hunter2\n');
    expect(run('exec cfg -- sh -c "echo $GREETING $MODE"').out).toBe('hello blue\n');
    expect(run('exec cfg -- ls /etc/app').out).toBe('COLOR\nGREETING\n');
    expect(run('exec cfg -- cat /etc/app/GREETING').out).toBe('hello');
    expect(run('exec cfg -- cat /etc/db/password').out).toBe('hunter2');
    const desc = run('describe pod cfg').out;
    expect(desc).toContain(
      [
        '    Environment Variables from:',
        '      app-config  ConfigMap  Optional: false',
        '    Environment:',
        "      MODE:      <set to the key 'COLOR' of config map 'app-config'>  Optional: false",
        "      PASSWORD:  <set to the key 'password' in secret 'db'>           Optional: false",
        '    Mounts:',
        '      /etc/app from config (rw)',
        '      /etc/db from sec (ro)',
      ].join('\n'),
    );
    expect(desc).toContain('  sec:\n    Type:        Secret (a volume populated by a Secret)\n    SecretName:  db\n    Optional:    false\n');
  });

  it('reports CreateContainerConfigError for a missing key source, and variables stay as they were at start', () => {
    const { c, run } = makeCluster();
    const pod = structuredClone(POD) as any;
    delete pod.spec.volumes;
    delete pod.spec.containers[0].volumeMounts;
    pod.spec.containers[0].env.pop();
    createObject(c, pod, 'default', false);
    c.advance(60_000);
    expect(podRow(run, 'cfg')[2]).toBe('CreateContainerConfigError');
    expect(run('describe pod cfg').out).toMatch(/Warning {2}Failed {5}\S+ \(x\d+ over \d+s\) {2}kubelet {12}Error: configmap "app-config" not found/);
    run('create configmap app-config --from-literal=COLOR=blue');
    c.advance(120_000);
    expect(podRow(run, 'cfg')[2]).toBe('Running');
    expect(run('exec cfg -- printenv MODE').out).toBe('blue\n');
    // a changed ConfigMap reaches the files, not the variables of a running container
    run('delete configmap app-config');
    run('create configmap app-config --from-literal=COLOR=green');
    expect(run('exec cfg -- printenv MODE').out).toBe('blue\n');
  });

  it('names a missing key the kubelet way', () => {
    const { c, run } = makeCluster();
    run('create configmap app-config --from-literal=GREETING=hi');
    const pod = structuredClone(POD) as any;
    delete pod.spec.volumes;
    delete pod.spec.containers[0].volumeMounts;
    pod.spec.containers[0].env.pop();
    createObject(c, pod, 'default', false);
    c.advance(60_000);
    expect(run('describe pod cfg').out).toContain("Error: couldn't find key COLOR in ConfigMap default/app-config");
  });

  it('turns a manifest Secret\'s stringData into base64 data', () => {
    const { c, run } = makeCluster();
    createObject(c, { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { token: 'abc' } }, 'default', false);
    expect(run('get secret s -o jsonpath={.data.token}').out).toBe('YWJj');
    expect(run('get secret s -o yaml').out).not.toContain('stringData');
  });
});

describe('logs after a crash', () => {
  it('shows the ended container with --previous, and in a crash loop without it too', () => {
    const { c, run } = makeCluster();
    run('run crash --image=busybox:1.36 -- sh -c "echo boom; exit 1"');
    c.advance(60_000);
    expect(podRow(run, 'crash')[2]).toBe('CrashLoopBackOff');
    expect(run('logs crash --previous').out).toBe('boom\n');
    expect(run('logs crash').out).toBe('boom\n');
  });
});
