/**
 * The live picture beside the terminal: Vagrant machines and their state, the cluster's nodes (Ready or
 * NotReady, cordoned, version) with their pods coloured by status. Every mark carries its meaning as
 * text too (visible labels, or an accessible name), so the picture reads the same to a screen reader.
 */
import type { World } from '../sim/world';
import { clusterObjects } from '../sim/lab/cluster-objects';
import { podPhase } from '../sim/lab/world-view';

const SYSTEM_NS = new Set(['kube-system', 'kube-flannel', 'calico-system', 'tigera-operator', 'kube-node-lease', 'kube-public']);

interface Snapshot {
  machines: { name: string; state: string; box: string; ip: string }[];
  nodes: { name: string; ready: boolean; cordoned: boolean; version: string; pods: { name: string; phase: string }[]; system: number }[];
  pending: { name: string; phase: string }[];
  hasCluster: boolean;
}

export function snapshot(world: World): Snapshot {
  const machines: Snapshot['machines'] = [];
  for (const project of world.projects.values()) {
    for (const m of project.machines.values()) {
      machines.push({ name: m.name, state: m.state, box: m.box, ip: m.privateIps[0] ?? '' });
    }
  }
  const c = clusterObjects(world);
  const nodes: Snapshot['nodes'] = [];
  const pending: Snapshot['pending'] = [];
  if (c) {
    const byNode = new Map<string, Snapshot['nodes'][number]>();
    for (const n of c.list('Node')) {
      const ready = ((n.status?.conditions ?? []) as { type: string; status: string }[]).some(
        (x) => x.type === 'Ready' && x.status === 'True',
      );
      const entry = {
        name: n.metadata.name,
        ready,
        cordoned: Boolean(n.spec?.unschedulable),
        version: String(n.status?.nodeInfo?.kubeletVersion ?? ''),
        pods: [],
        system: 0,
      };
      byNode.set(entry.name, entry);
      nodes.push(entry);
    }
    for (const p of c.list('Pod')) {
      const ns = p.metadata.namespace ?? 'default';
      const node = p.spec?.nodeName ? byNode.get(p.spec.nodeName) : undefined;
      if (SYSTEM_NS.has(ns)) {
        if (node) node.system++;
        continue;
      }
      const pod = { name: p.metadata.name, phase: podPhase(p) };
      if (node) node.pods.push(pod);
      else pending.push(pod);
    }
    for (const n of nodes) n.pods.sort((a, b) => a.name.localeCompare(b.name));
  }
  return { machines, nodes, pending, hasCluster: c !== null };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

const STATE_TEXT: Record<string, string> = {
  running: 'running',
  poweroff: 'poweroff',
  saved: 'saved',
  not_created: 'not created',
};

function podMarks(pods: { name: string; phase: string }[]): HTMLElement {
  const list = el('ul', 'lab-pods');
  for (const p of pods) {
    const li = el('li', 'lab-pod');
    li.dataset.phase = p.phase;
    // a list item named by its pod and phase (a role such as img would stop the list being a list)
    li.setAttribute('aria-label', `${p.name}: ${p.phase}`);
    li.title = `${p.name}: ${p.phase}`;
    list.append(li);
  }
  return list;
}

/** Redraws `root` when the picture changed; returns the snapshot's signature. */
export function renderCluster(root: HTMLElement, world: World, ui: Record<string, string>, previous: string): string {
  const snap = snapshot(world);
  const sig = JSON.stringify(snap);
  if (sig === previous) return sig;
  const parts: HTMLElement[] = [];

  parts.push(el('h4', undefined, ui.machines));
  if (snap.machines.length === 0) parts.push(el('p', undefined, ui.noMachines));
  else {
    // Beside a cluster the machines are the nodes too: one compact line each.
    const ul = el('ul', snap.hasCluster ? 'lab-machines-compact' : undefined);
    for (const m of snap.machines) {
      const li = el('li', 'lab-machine');
      li.dataset.machine = m.name;
      li.append(el('span', 'lab-machine-name', m.name));
      li.append(el('span', `lab-badge ${m.state === 'running' ? 'lab-ok' : 'lab-bad'}`, STATE_TEXT[m.state] ?? m.state));
      const meta = [m.box, m.ip].filter(Boolean).join(' · ');
      if (meta && !snap.hasCluster) li.append(el('div', undefined, meta));
      ul.append(li);
    }
    parts.push(ul);
  }

  if (snap.hasCluster) {
    parts.push(el('h4', undefined, ui.nodes));
    if (snap.nodes.length === 0) parts.push(el('p', undefined, ui.noCluster));
    else {
      const ul = el('ul');
      for (const n of snap.nodes) {
        const li = el('li', 'lab-node');
        li.dataset.node = n.name;
        li.append(el('span', 'lab-node-name', n.name));
        li.append(el('span', `lab-badge ${n.ready ? 'lab-ok' : 'lab-bad'}`, n.ready ? ui.ready : ui.notReady));
        if (n.cordoned) li.append(el('span', 'lab-badge lab-bad', ui.cordoned));
        const pods = n.pods.length ? `${ui.pods}: ${n.pods.length}` : ui.noPods;
        li.append(el('div', undefined, `${n.version}${n.version ? ' · ' : ''}${pods}${n.system ? ` (+${n.system} kube-system)` : ''}`));
        if (n.pods.length) li.append(podMarks(n.pods));
        ul.append(li);
      }
      parts.push(ul);
    }
    if (snap.pending.length) {
      parts.push(el('h4', undefined, `${ui.pods}: Pending`));
      parts.push(podMarks(snap.pending));
    }
  }
  root.replaceChildren(...parts);
  return sig;
}
