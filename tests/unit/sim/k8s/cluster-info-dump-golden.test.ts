/* eslint-disable @typescript-eslint/no-explicit-any */
// kubectl cluster-info dump against the real client: scripts/golden/cluster-info-dump.mts served a lab cluster's lists
// (every JSON key sorted) and container logs to kubectl 1.28.15 and kept what it printed, in the structs' field order
// its typed lists are written in. Here the simulator's dump reads the same lists and logs and must print the same bytes.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Kubectl } from '../../../../src/sim/k8s/kubectl';
import { parseKubectl, type Parsed } from '../../../../src/sim/k8s/kubectl/cli';
import { loadFieldOrder } from '../../../../src/sim/k8s/kubectl/field-order';
import { dumpFrom, type DumpSource } from '../../../../src/sim/k8s/kubectl/verbs/cluster-info/dump';
import { split } from './helpers';

const DIR = path.resolve(import.meta.dirname, '../../../golden/kubectl-cluster-info-dump');
const DATA = JSON.parse(readFileSync(path.join(DIR, 'data.json'), 'utf8'));
await loadFieldOrder();

const KIND: Record<string, string> = { events: 'Event', replicationcontrollers: 'ReplicationController', services: 'Service', pods: 'Pod', daemonsets: 'DaemonSet', deployments: 'Deployment', replicasets: 'ReplicaSet' };
const source: DumpSource = {
  list(res, ns) {
    const l = DATA.lists[ns ? `${ns}/${res}` : res];
    return { body: structuredClone(l ?? { kind: `${KIND[res]}List`, apiVersion: ['daemonsets', 'deployments', 'replicasets'].includes(res) ? 'apps/v1' : 'v1', metadata: { resourceVersion: DATA.lists.nodes.metadata.resourceVersion }, items: [] }) };
  },
  log: (ns, pod, container) => DATA.logs[`${ns}/${pod}/${container}`],
};

describe('kubectl cluster-info dump prints what kubectl 1.28 prints', () => {
  const k = new Kubectl({ cluster: null, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15' });
  for (const name of readdirSync(DIR).filter((n) => n !== 'data.json')) {
    const read = (f: string) => readFileSync(path.join(DIR, name, f), 'utf8');
    const cmd = read('cmd').trim().replace(/^kubectl /, '');
    it(cmd, () => {
      const p = parseKubectl(split(cmd), 28) as Parsed;
      const r = dumpFrom(k, p, source);
      expect(r.err).toBe(read('stderr'));
      expect(r.out).toBe(read('stdout'));
      expect(r.code).toBe(Number(read('status')));
    });
  }
});
