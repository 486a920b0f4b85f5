/* eslint-disable @typescript-eslint/no-explicit-any */
// kubectl cluster-info dump, as clusterinfo_dump.go in kubectl 1.28 writes it: typed client-go lists printed by the
// JSON printer (json.MarshalIndent with four spaces, the Go structs' field order, kind and apiVersion on the list
// only), the namespaces' lists in the order the command asks for them, and the pods' logs between START/END lines.
// The field orders asserted here are the declaration orders in k8s.io/api core/v1 and apimachinery's meta/v1 types.go.
import { describe, expect, it } from 'vitest';
import { lab, makeCluster } from './helpers';

/** the JSON documents and the log lines of a dump, in the order printed */
function documents(text: string): { docs: any[]; rest: string[] } {
  const docs: any[] = [];
  const rest: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === '{') {
      const end = lines.indexOf('}', i);
      docs.push(JSON.parse(lines.slice(i, end + 1).join('\n')));
      i = end;
    } else if (lines[i]) rest.push(lines[i]);
  }
  return { docs, rest };
}

const NS_LISTS = ['EventList', 'ReplicationControllerList', 'ServiceList', 'DaemonSetList', 'DeploymentList', 'ReplicaSetList', 'PodList'];

describe('kubectl cluster-info dump', () => {
  const { run, c } = makeCluster();
  const r = run('cluster-info dump');
  const { docs, rest } = documents(r.out);

  it('prints the nodes, then kube-system and the current namespace, list by list', () => {
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(docs.map((d) => d.kind)).toEqual(['NodeList', ...NS_LISTS, ...NS_LISTS]);
    expect(docs.map((d) => d.apiVersion)).toEqual(['v1', 'v1', 'v1', 'v1', 'apps/v1', 'apps/v1', 'apps/v1', 'v1', 'v1', 'v1', 'v1', 'apps/v1', 'apps/v1', 'apps/v1', 'v1']);
    expect(docs[1].items.every((e: any) => e.metadata.namespace === 'kube-system')).toBe(true);
    expect(docs[7].items.map((p: any) => p.metadata.name)).toEqual(c.list('Pod', 'kube-system').map((p) => p.metadata.name).sort());
    expect(docs[14].items).toEqual([]);
    // each list was read at the store's revision: no item in it is newer
    for (const d of docs) for (const item of d.items) expect(Number(item.metadata.resourceVersion)).toBeLessThanOrEqual(Number(d.metadata.resourceVersion));
  });

  it('writes the typed lists as encoding/json does: four spaces, struct order, kind and apiVersion on the list only', () => {
    expect(r.out.startsWith('{\n    "kind": "NodeList",\n    "apiVersion": "v1",\n    "metadata": {\n        "resourceVersion": ')).toBe(true);
    for (const d of docs) {
      expect(Object.keys(d)).toEqual(['kind', 'apiVersion', 'metadata', 'items']);
      for (const item of d.items) expect(item.kind ?? item.apiVersion).toBeUndefined();
    }
    const node = docs[0].items[0];
    expect(Object.keys(node)).toEqual(['metadata', 'spec', 'status']);
    expect(Object.keys(node.metadata)).toEqual(['name', 'uid', 'resourceVersion', 'creationTimestamp', 'labels', 'annotations']);
    // NodeStatus: capacity allocatable phase conditions addresses daemonEndpoints nodeInfo images
    expect(Object.keys(node.status)).toEqual(['capacity', 'allocatable', 'conditions', 'addresses', 'daemonEndpoints', 'nodeInfo', 'images']);
    expect(Object.keys(node.status.conditions[0])).toEqual(['type', 'status', 'lastHeartbeatTime', 'lastTransitionTime', 'reason', 'message']);
    const pod = docs[7].items.find((p: any) => p.metadata.name.startsWith('coredns'));
    expect(Object.keys(pod.metadata)).toEqual(['name', 'generateName', 'namespace', 'uid', 'resourceVersion', 'creationTimestamp', 'labels', 'ownerReferences']);
    expect(Object.keys(pod.spec.containers[0]).slice(0, 3)).toEqual(['name', 'image', 'args']);
    expect(Object.keys(pod.status.containerStatuses[0])).toEqual(['name', 'state', 'lastState', 'ready', 'restartCount', 'image', 'imageID', 'containerID', 'started']);
    // maps (labels) come with their keys sorted, as json.Marshal writes a Go map
    const labels = Object.keys(node.metadata.labels);
    expect(labels).toEqual([...labels].sort());
  });

  it('writes the fields Go always writes: a recorded event has a null eventTime and its source as reporting controller', () => {
    for (const ev of docs[1].items) {
      expect(ev.eventTime).toBeNull();
      expect(ev.reportingComponent).toBe(ev.source.component);
      expect(ev.reportingInstance).toBe(ev.source.host ?? '');
      expect(Object.keys(ev)).toEqual(['metadata', 'involvedObject', 'reason', 'message', 'source', 'firstTimestamp', 'lastTimestamp', 'count', 'type', 'eventTime', 'reportingComponent', 'reportingInstance']);
    }
    expect(Object.keys(docs[1].items[0].involvedObject).slice(0, 5)).toEqual(['kind', 'namespace', 'name', 'uid', 'apiVersion']);
  });

  it("puts every container's log between START and END lines, after the namespace's lists", () => {
    const pods = docs[7].items;
    const starts = rest.filter((l) => l.startsWith('==== START'));
    expect(starts).toEqual(pods.flatMap((p: any) => p.spec.containers.map((ct: any) => `==== START logs for container ${ct.name} of pod kube-system/${p.metadata.name} ====`)));
    const apiserver = pods.find((p: any) => p.metadata.name.startsWith('kube-apiserver')).metadata.name;
    const logs = run(`logs -n kube-system ${apiserver}`).out;
    expect(r.out).toContain(`==== START logs for container kube-apiserver of pod kube-system/${apiserver} ====\n${logs}==== END logs for container kube-apiserver of pod kube-system/${apiserver} ====\n`);
  });

  it('dumps the namespaces asked for, or all of them', () => {
    const some = documents(run('cluster-info dump --namespaces kube-flannel').out);
    expect(some.docs.map((d) => d.kind)).toEqual(['NodeList', ...NS_LISTS]);
    // a comma-separated list, as a string slice flag reads it
    const two = documents(run('cluster-info dump --namespaces=kube-public,kube-node-lease').out);
    expect(two.docs.length).toBe(1 + 2 * NS_LISTS.length);
    expect(documents(run('cluster-info dump -n kube-public').out).docs.length).toBe(1 + 2 * NS_LISTS.length);
    // flannel's pods start with their init containers
    const starts = some.rest.filter((l) => l.startsWith('==== START'));
    expect(starts[0]).toMatch(/^==== START logs for container install-cni-plugin of pod kube-flannel\//);
    expect(starts[1]).toMatch(/^==== START logs for container install-cni of pod kube-flannel\//);
    const all = documents(run('cluster-info dump -A').out);
    expect(all.docs.length).toBe(1 + NS_LISTS.length * c.list('Namespace').length);
  });

  it('prints YAML with --- between the lists, and refuses the printers that cannot print a list', () => {
    const y = run('cluster-info dump -o yaml');
    expect(y.out.startsWith('apiVersion: v1\nitems:\n- metadata:\n')).toBe(true);
    expect(y.out.split('\n').filter((l) => l === '---').length).toBe(14);
    expect(y.out).toContain('---\napiVersion: v1\nitems:\n- count: 1\n  eventTime: null\n');
    expect(run('cluster-info dump -o name')).toMatchObject({ out: '', err: 'error: list types are not supported by name printing: *v1.NodeList\n', code: 1 });
    expect(run('cluster-info dump -o wide').err).toBe('error: unable to match a printer suitable for the output format "wide", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n');
    expect(run('cluster-info dump -o go-template').err).toBe('error: template format specified but no template given\n');
    expect(run('cluster-info dump -o templatefile=/nonexistent').err).toBe('error: error reading --template /nonexistent, open /nonexistent: no such file or directory\n');
    expect(run('cluster-info dump --pod-running-timeout=0s')).toMatchObject({ out: '', err: 'error: --pod-running-timeout must be higher than zero\n', code: 1 });
    expect(run("cluster-info dump -o jsonpath={.kind}{'\\n'}").out.split('\n').slice(0, 3)).toEqual(['NodeList', 'EventList', 'ReplicationControllerList']);
    // jsonpath-as-json: what each list's expression finds, as an indented JSON list
    expect(run('cluster-info dump --namespaces=kube-public -o jsonpath-as-json={.kind}').out).toBe(['NodeList', ...NS_LISTS].map((k) => `[\n    "${k}"\n]\n`).join(''));
    // --template alone is a go-template; the lists print without a newline after them, the logs follow
    expect(run('cluster-info dump --namespaces=kube-public --template={{.kind}}').out).toBe(`NodeList${NS_LISTS.join('')}`);
  });

  it('stops at the first list the user may not read, with the API server\'s refusal', () => {
    expect(run('cluster-info dump --as=jane')).toMatchObject({ out: '', err: 'Error from server (Forbidden): nodes is forbidden: User "jane" cannot list resource "nodes" in API group "" at the cluster scope\n', code: 1 });
  });

  it('answers get --raw with the same struct order', () => {
    const raw = JSON.parse(run('get --raw /api/v1/nodes').out);
    expect(Object.keys(raw)).toEqual(['kind', 'apiVersion', 'metadata', 'items']);
    expect(Object.keys(raw.items[0])).toEqual(['metadata', 'spec', 'status']);
    expect(raw.items[0]).toEqual(docs[0].items[0]);
    const one = JSON.parse(run('get --raw /api/v1/namespaces/kube-system/pods/' + docs[7].items[0].metadata.name).out);
    expect(Object.keys(one)).toEqual(['kind', 'apiVersion', 'metadata', 'spec', 'status']);
  });
});

describe('kubectl cluster-info dump --output-directory', () => {
  it('writes one file per list and a logs.txt per pod, and says where', async () => {
    const { sh } = await lab('cluster');
    const r = await sh('kubectl cluster-info dump --output-directory=state');
    expect(r.stdout).toBe('Cluster info dumped to state\n');
    expect(r.exitCode).toBe(0);
    const files = (await sh('find state -type f | sort')).stdout.split('\n').filter(Boolean);
    expect(files.slice(0, 2)).toEqual(['state/default/daemonsets.json', 'state/default/deployments.json']);
    expect(files).toContain('state/nodes.json');
    expect(files).toContain('state/kube-system/replication-controllers.json');
    expect(files.filter((f) => f.endsWith('/logs.txt')).length).toBeGreaterThan(3);
    expect((await sh('head -3 state/nodes.json')).stdout).toBe('{\n    "kind": "NodeList",\n    "apiVersion": "v1",\n');
    // the field-order table came with the command: the events have the fields Go always writes
    expect(Number((await sh('grep -c \'"eventTime": null\' state/kube-system/events.json')).stdout)).toBeGreaterThan(0);
    expect((await sh('head -3 state/kube-system/pods.json')).stdout).toBe('{\n    "kind": "PodList",\n    "apiVersion": "v1",\n');
    const y = await sh('kubectl cluster-info dump -o yaml --output-directory /tmp/y');
    expect(y.stdout).toBe('Cluster info dumped to /tmp/y\n');
    expect((await sh('head -1 /tmp/y/nodes.yaml /tmp/y/default/events.yaml')).stdout).toBe('==> /tmp/y/nodes.yaml <==\napiVersion: v1\n\n==> /tmp/y/default/events.yaml <==\n---\n');
    const bad = await sh('kubectl cluster-info dump --output-directory /etc/hostname/x');
    expect(bad.stderr).toBe('error: mkdir /etc/hostname/x: not a directory\n');
    expect(bad.exitCode).toBe(1);
  });
});

describe('kubectl get --raw', () => {
  it('escapes <, > and & as the API server\'s JSON encoder does', () => {
    const { run } = makeCluster({ network: false });
    run('run sh --image=busybox --command -- sh -c "sleep 1 && echo <done>"');
    const out = run('get --raw /api/v1/namespaces/default/pods/sh').out;
    expect(out).toContain('"sleep 1 \\u0026\\u0026 echo \\u003cdone\\u003e"');
    expect(JSON.parse(out).spec.containers[0].command).toEqual(['sh', '-c', 'sleep 1 && echo <done>']);
  });
});
