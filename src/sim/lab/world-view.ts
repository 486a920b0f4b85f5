/**
 * The state checks read, taken from a live session: files, Vagrant machines, where the shell is, and the
 * Kubernetes cluster's objects when the lab has one.
 */
import type { Session } from '../session';
import type { LabWorldView, PodView } from './checks';
import { clusterObjects, type ClusterObjects } from './cluster-objects';

export function worldView(session: Session): LabWorldView {
  const world = session.world;
  const root = session.stack[0];
  const startHost = root.hostId;
  const startDir = root.cwd;

  const k8s = (): ClusterObjects | null => clusterObjects(world);
  // The lab's project folder; a lab that makes a new folder first finds its machines by name there.
  const machine = (name: string) => {
    const own = world.project(startDir)?.machines.get(name);
    if (own) return own;
    for (const p of world.projects.values()) {
      const m = p.machines.get(name);
      if (m) return m;
    }
    return undefined;
  };

  return {
    readFile(path, hostId = startHost) {
      const host = world.hosts.get(hostId);
      if (!host) return null;
      const abs = host.fs.resolve(hostId === startHost ? startDir : '/', path);
      const r = host.fs.read(abs);
      return typeof r === 'string' && host.fs.isFile(abs) ? r : null;
    },
    machineState(name) {
      return machine(name)?.state ?? 'not_created';
    },
    machineIps(name) {
      const m = machine(name);
      const guest = m && m.state !== 'not_created' ? world.hosts.get(m.hostId) : undefined;
      return guest?.ifaces.map((i) => i.addr) ?? [];
    },
    unit(hostId, name) {
      const units = world.hosts.get(hostId)?.sys?.units;
      const u = units?.get(name.includes('.') ? name : `${name}.service`);
      return u ? { active: u.active === 'active', enabled: u.enabled === 'enabled' } : null;
    },
    packageVersion(hostId, name) {
      return world.hosts.get(hostId)?.sys?.packages.get(name)?.version ?? null;
    },
    shell() {
      const f = session.frame;
      const host = world.hosts.get(f.hostId);
      return { host: f.hostId, hostname: host?.hostname ?? f.hostId, user: f.user };
    },
    deployment(namespace, name) {
      const d = k8s()?.get('Deployment', namespace, name);
      if (!d) return null;
      const containers = (d.spec?.template?.spec?.containers ?? []) as { image?: string }[];
      const revision = Number(d.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
      return {
        replicas: Number(d.spec?.replicas ?? 1),
        ready: Number(d.status?.readyReplicas ?? 0),
        images: containers.map((c) => c.image ?? ''),
        revision,
      };
    },
    pods(namespace) {
      const c = k8s();
      if (!c) return [];
      return c.list('Pod', namespace).map((p): PodView => ({
        name: p.metadata.name,
        namespace: p.metadata.namespace ?? namespace,
        phase: podPhase(p),
        ready: podReady(p),
        labels: p.metadata.labels ?? {},
        node: p.spec?.nodeName ?? null,
        images: ((p.spec?.containers ?? []) as { image?: string }[]).map((c) => c.image ?? ''),
      }));
    },
    service(namespace, name) {
      const s = k8s()?.get('Service', namespace, name);
      if (!s) return null;
      const ep = k8s()?.get('Endpoints', namespace, name);
      const subsets = (ep?.subsets ?? []) as { addresses?: unknown[] }[];
      return { type: String(s.spec?.type ?? 'ClusterIP'), endpoints: subsets.reduce((n, ss) => n + (ss.addresses?.length ?? 0), 0) };
    },
    pdb(namespace, name) {
      const b = k8s()?.get('PodDisruptionBudget', namespace, name);
      return b ? { minAvailable: b.spec?.minAvailable, maxUnavailable: b.spec?.maxUnavailable } : null;
    },
    config(kind, namespace, name) {
      const o = k8s()?.get(kind, namespace, name);
      if (!o) return null;
      const keys = [...Object.keys(o.data ?? {}), ...Object.keys(o.binaryData ?? {}), ...Object.keys(o.stringData ?? {})];
      return kind === 'Secret' ? { keys, type: String(o.type ?? 'Opaque') } : { keys, data: { ...(o.data ?? {}) } as Record<string, string> };
    },
    node(name) {
      const n = k8s()?.get('Node', '', name);
      if (!n) return null;
      const ready = ((n.status?.conditions ?? []) as { type: string; status: string }[]).some(
        (c) => c.type === 'Ready' && c.status === 'True',
      );
      return {
        ready,
        schedulable: !n.spec?.unschedulable,
        version: String(n.status?.nodeInfo?.kubeletVersion ?? ''),
      };
    },
  };
}

interface PodLike {
  metadata: { deletionTimestamp?: number };
  status?: {
    phase?: string;
    containerStatuses?: { ready?: boolean; state?: { waiting?: { reason?: string } } }[];
  };
}

/** The STATUS column kubectl shows: Terminating, a waiting reason, or the phase. */
export function podPhase(p: PodLike): string {
  if (p.metadata.deletionTimestamp) return 'Terminating';
  const waiting = p.status?.containerStatuses?.find((c) => c.state?.waiting?.reason)?.state?.waiting?.reason;
  if (waiting) return waiting;
  return p.status?.phase ?? 'Pending';
}

export function podReady(p: PodLike): boolean {
  const cs = p.status?.containerStatuses ?? [];
  return cs.length > 0 && cs.every((c) => c.ready);
}
