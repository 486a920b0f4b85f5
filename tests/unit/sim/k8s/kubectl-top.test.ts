/* eslint-disable @typescript-eslint/no-explicit-any */
// kubectl top against the real clients: scripts/record-kubectl-top.mjs served tests/golden/kubectl-top/data.json (three
// nodes, a few pods and metrics-server's answers) to kubectl 1.28.15 and 1.29.14 and kept what they printed. Here the
// simulator's printer gets the same metrics (print.ts) and must print the same bytes; the errors that come before any
// metrics (usage, --sort-by, NAME with a selector) and metrics-server's NotFound words run through the lab cluster.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printNodeMetrics, printPodMetrics, usageOf } from '../../../../src/sim/k8s/kubectl/verbs/top/print';
import { quantity } from '../../../../src/sim/k8s/quantity';
import { makeCluster } from './helpers';

const DIR = path.resolve(import.meta.dirname, '../../../golden/kubectl-top');
const DATA = JSON.parse(readFileSync(path.join(DIR, 'data.json'), 'utf8'));

/** the recorded case's flags, as kubectl parses them (only those the cases use) */
function flags(cmd: string) {
  const a = cmd.split(' ').slice(3);
  const val = (name: string) => a.find((x) => x.startsWith(`--${name}=`))?.split('=')[1];
  const pos = a.filter((x, i) => !x.startsWith('-') && !['-n', '-l'].includes(a[i - 1]));
  return {
    nodes: cmd.split(' ')[2].startsWith('node'),
    name: pos[0],
    ns: a.includes('-n') ? a[a.indexOf('-n') + 1] : 'default',
    sel: a.includes('-l') ? a[a.indexOf('-l') + 1] : '',
    all: a.includes('-A'),
    by: val('sort-by') ?? '',
    noHeaders: a.includes('--no-headers'),
    containers: a.includes('--containers'),
    sum: a.includes('--sum'),
    capacity: a.includes('--show-capacity'),
  };
}
const matches = (sel: string, labels: Record<string, string> = {}) => !sel || sel.split(',').every((t) => (t.includes('=') ? labels[t.split('=')[0]] === t.split('=')[1] : t in labels));

function printed(cmd: string): string {
  const f = flags(cmd);
  if (f.nodes) {
    const nodes = DATA.nodes.filter((n: any) => (f.name ? n.metadata.name === f.name : matches(f.sel, n.metadata.labels)));
    const available = new Map<string, { cpu: number; mem: number }>(nodes.map((n: any) => [n.metadata.name, ((r: any) => ({ cpu: quantity(r.cpu), mem: quantity(r.memory) }))(f.capacity ? n.status.capacity : n.status.allocatable)]));
    const metrics = DATA.nodeMetrics.filter((m: any) => nodes.some((n: any) => n.metadata.name === m.metadata.name)).map((m: any) => ({ name: m.metadata.name, usage: usageOf(m.usage) }));
    return printNodeMetrics(metrics, available, f.noHeaders, f.by);
  }
  const pods = DATA.pods.filter((x: any) => (f.all || x.metadata.namespace === f.ns) && (f.name ? x.metadata.name === f.name : matches(f.sel, x.metadata.labels)));
  const metrics = DATA.podMetrics
    .filter((m: any) => pods.some((x: any) => x.metadata.name === m.metadata.name))
    .map((m: any) => ({ namespace: m.metadata.namespace, name: m.metadata.name, containers: m.containers.map((c: any) => ({ name: c.name, usage: usageOf(c.usage) })) }));
  return printPodMetrics(metrics, f.containers, f.all, f.noHeaders, f.by, f.sum);
}

for (const version of ['1.28', '1.29']) {
  describe(`kubectl top prints metrics as kubectl ${version} does`, () => {
    for (const c of readdirSync(path.join(DIR, version)).sort()) {
      const read = (x: string) => readFileSync(path.join(DIR, version, c, x), 'utf8');
      if (read('status') !== '0\n' || !read('stdout')) continue;
      const cmd = read('cmd').trim();
      it(cmd, () => expect(printed(cmd)).toBe(read('stdout')));
    }
  });
}

describe('kubectl top in the lab cluster', () => {
  const golden = (c: string) => ({ err: readFileSync(path.join(DIR, '1.28', c, 'stderr'), 'utf8'), code: Number(readFileSync(path.join(DIR, '1.28', c, 'status'), 'utf8')) });
  it('checks its arguments before asking for metrics, as the recorded clients do', () => {
    const { run } = makeCluster();
    for (const [cmd, c] of [
      ['top node --sort-by=foo', 'top_node_--sort-by=foo'],
      ['top pod --sort-by=foo', 'top_pod_--sort-by=foo'],
      ['top node a b', 'top_node_a_b'],
      ['top pod a b', 'top_pod_a_b'],
      ['top node w1-k8s -l a=b', 'top_node_w1-k8s_-l_a=b'],
      ['top po web -l app=web', 'top_po_web_-l_app=web'],
    ]) {
      const r = run(cmd);
      expect({ err: r.err, code: r.code }, cmd).toEqual(golden(c));
    }
    expect(run('top node').err).toBe('error: Metrics API not available\n');
  });

  it('with metrics-server up: sorting, one node or pod, the NotFound words, an empty namespace', () => {
    const { c, run } = makeCluster();
    run('apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml');
    run(`patch deployment metrics-server -n kube-system --type=json -p=[{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"--kubelet-insecure-tls"}]`);
    c.advance(120_000);
    expect(run('top node nope')).toMatchObject(golden('top_node_nope'));
    expect(run('top pod -n kube-system nope')).toMatchObject(golden('top_pod_-n_kube-system_nope'));
    expect(run('top pod')).toMatchObject({ out: '', ...golden('top_pod') });
    expect(run('top pod -l app=none')).toMatchObject({ out: '', ...golden('top_pod_-l_app=none') });
    const one = run('top node m-k8s').out.split('\n');
    expect(one).toHaveLength(3);
    expect(one[1]).toMatch(/^m-k8s +\d+m +\d+% +\d+Mi +\d+% +$/);
    const cpu = (l: string) => parseInt(l.split(/\s+/)[2], 10);
    const rows = run('top pods -A --sort-by=cpu').out.trim().split('\n').slice(1);
    expect(rows.map(cpu)).toEqual([...rows.map(cpu)].sort((a, b) => b - a));
    expect(run('top pod -n kube-system -l component=etcd').out).toMatch(/^NAME {9}CPU\(cores\) {3}MEMORY\(bytes\) {3}\netcd-m-k8s {3}\d+m/);
    expect(run('top pod -n kube-system etcd-m-k8s --containers').out).toMatch(/^POD {10}NAME {3}CPU\(cores\) {3}MEMORY\(bytes\) {3}\netcd-m-k8s {3}etcd {3}\d+m/);
    run('run fresh --image=nginx');
    expect(run('top pod')).toMatchObject({ err: 'error: metrics not available yet\n', code: 1 });
  });
});

describe('metrics.k8s.io through kubectl get --raw', () => {
  it('NotFound before metrics-server, ServiceUnavailable until it is ready, then the numbers kubectl top prints', () => {
    const { c, run } = makeCluster();
    expect(run('get --raw /apis/metrics.k8s.io/v1beta1/nodes').err).toBe('Error from server (NotFound): the server could not find the requested resource\n');
    run('apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml');
    expect(run('get --raw /apis/metrics.k8s.io/v1beta1/nodes').err).toBe('Error from server (ServiceUnavailable): the server is currently unable to handle the request\n');
    run(`patch deployment metrics-server -n kube-system --type=json -p=[{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"--kubelet-insecure-tls"}]`);
    c.advance(120_000);
    const raw = run('get --raw /apis/metrics.k8s.io/v1beta1/nodes').out;
    expect(raw.endsWith('}\n')).toBe(true);
    const list = JSON.parse(raw);
    expect(list.kind).toBe('NodeMetricsList');
    const m = list.items.find((i: any) => i.metadata.name === 'm-k8s');
    const cpu = `${Math.ceil(parseInt(m.usage.cpu, 10) / 1e6)}m`;
    expect(run('top node m-k8s').out.split('\n')[1].split(/\s+/)[1]).toBe(cpu);
    expect(run('get --raw /apis/metrics.k8s.io/v1beta1/namespaces/kube-system/pods/nope').err).toBe('Error from server (NotFound): pods "kube-system/nope" not found\n');
    expect(JSON.parse(run('get --raw /apis/metrics.k8s.io/v1beta1/namespaces/kube-system/pods/etcd-m-k8s').out)).toMatchObject({ kind: 'PodMetrics', containers: [{ name: 'etcd' }] });
  });
});
