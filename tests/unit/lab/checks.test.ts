import { describe, expect, it } from 'vitest';
import { evaluateCheck, type LabWorldView, type PodView } from '../../../src/sim/lab/checks';
import { checkSchema, labSchema, describeIssues, durationMs, solutionOf } from '../../../src/sim/lab/schema';
import { StepTracker } from '../../../src/sim/lab/tracker';

/** A small hand-built world state to judge checks against. */
function view(state: {
  files?: Record<string, string>;
  machines?: Record<string, string>;
  shell?: { host: string; hostname: string; user: string };
  deployments?: Record<string, { replicas: number; ready: number; images: string[]; revision: number }>;
  pods?: PodView[];
  services?: Record<string, string>;
  endpoints?: Record<string, number>;
  nodes?: Record<string, { ready: boolean; schedulable: boolean; version: string }>;
  units?: Record<string, { active: boolean; enabled: boolean }>;
  packages?: Record<string, string>;
  ips?: Record<string, string[]>;
  pdbs?: Record<string, { minAvailable?: number | string; maxUnavailable?: number | string }>;
}): LabWorldView {
  return {
    unit: (host, name) => state.units?.[`${host}/${name}`] ?? null,
    packageVersion: (host, name) => state.packages?.[`${host}/${name}`] ?? null,
    readFile: (path) => state.files?.[path] ?? null,
    machineState: (name) => state.machines?.[name] ?? 'not_created',
    shell: () => state.shell ?? { host: 'host', hostname: 'DESKTOP', user: 'user' },
    deployment: (ns, name) => state.deployments?.[`${ns}/${name}`] ?? null,
    pods: (ns) => (state.pods ?? []).filter((p) => p.namespace === ns),
    service: (ns, name) => {
      const type = state.services?.[`${ns}/${name}`];
      return type ? { type, endpoints: state.endpoints?.[`${ns}/${name}`] ?? 0 } : null;
    },
    node: (name) => state.nodes?.[name] ?? null,
    machineIps: (name) => state.ips?.[name] ?? [],
    pdb: (ns, name) => state.pdbs?.[`${ns}/${name}`] ?? null,
  };
}

const noLines = { lines: [] };

describe('evaluateCheck', () => {
  it('files: exists, contains, matches', () => {
    const v = view({ files: { Vagrantfile: 'config.vm.box = "rockylinux/9"\n' } });
    expect(evaluateCheck({ file: { path: 'Vagrantfile', exists: true } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ file: { path: 'Vagrantfile' } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ file: { path: 'other', exists: false } }, v, noLines).ok).toBe(true);
    const missing = evaluateCheck({ file: { path: 'other' } }, v, noLines);
    expect(missing).toEqual({ ok: false, reason: 'other does not exist' });
    expect(evaluateCheck({ file: { path: 'Vagrantfile', contains: 'rockylinux/9' } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ file: { path: 'Vagrantfile', contains: 'base' } }, v, noLines).ok).toBe(false);
    expect(
      evaluateCheck({ file: { path: 'Vagrantfile', matches: '^config\\.vm\\.box\\s*=\\s*"rockylinux/9"$' } }, v, noLines).ok,
    ).toBe(true);
  });

  it('machines and the shell', () => {
    const v = view({ machines: { default: 'running' }, shell: { host: 'default-guest', hostname: 'localhost.localdomain', user: 'vagrant' } });
    expect(evaluateCheck({ machine: { state: 'running' } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ machine: { name: 'w1', state: 'running' } }, v, noLines)).toEqual({
      ok: false,
      reason: 'machine w1 is not_created, not running',
    });
    expect(evaluateCheck({ shell: { user: 'vagrant' } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ shell: { host: 'localhost.localdomain' } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ shell: { host: 'host' } }, v, noLines).ok).toBe(false);
  });

  it('a machine at an address', () => {
    const v = view({ machines: { 'm-k8s': 'running' }, ips: { 'm-k8s': ['127.0.0.1', '10.0.2.15', '192.168.56.10'] } });
    expect(evaluateCheck({ machine: { name: 'm-k8s', state: 'running', ip: '192.168.56.10' } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ machine: { name: 'm-k8s', state: 'running', ip: '192.168.56.11' } }, v, noLines)).toEqual({
      ok: false,
      reason: 'machine m-k8s has no interface with the address 192.168.56.11',
    });
    expect(evaluateCheck({ machine: { name: 'w1-k8s', state: 'running', ip: '192.168.56.101' } }, v, noLines).ok).toBe(false);
    expect(checkSchema.safeParse({ machine: { name: 'm-k8s', state: 'running', ip: '192.168.56.10' } }).success).toBe(true);
  });

  it('a PodDisruptionBudget and its budget', () => {
    const v = view({ pdbs: { 'default/nginx-pdb': { minAvailable: 3 } } });
    expect(evaluateCheck({ pdb: { name: 'nginx-pdb' } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ pdb: { name: 'nginx-pdb', minAvailable: 3 } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ pdb: { name: 'nginx-pdb', minAvailable: 2 } }, v, noLines)).toEqual({
      ok: false,
      reason: 'PodDisruptionBudget nginx-pdb has minAvailable 3, not 2',
    });
    expect(evaluateCheck({ pdb: { name: 'nginx-pdb', maxUnavailable: 1 } }, v, noLines).ok).toBe(false);
    expect(evaluateCheck({ pdb: { name: 'other' } }, v, noLines).ok).toBe(false);
    expect(evaluateCheck({ pdb: { name: 'other', exists: false } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ pdb: { name: 'x', namespace: 'kube-system' } }, v, noLines).ok).toBe(false);
  });

  it('systemd units on a host', () => {
    const v = view({ units: { 'm-k8s/containerd': { active: true, enabled: true }, 'm-k8s/kubelet': { active: false, enabled: true } } });
    expect(evaluateCheck({ unit: { host: 'm-k8s', name: 'containerd', active: true, enabled: true } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ unit: { host: 'm-k8s', name: 'kubelet', active: true } }, v, noLines)).toEqual({
      ok: false,
      reason: 'unit kubelet on m-k8s is not active',
    });
    expect(evaluateCheck({ unit: { host: 'w1-k8s', name: 'kubelet' } }, v, noLines).ok).toBe(false);
  });

  it('packages on a host', () => {
    const v = view({ packages: { 'm-k8s/kubeadm': '1.29.15' } });
    expect(evaluateCheck({ package: { host: 'm-k8s', name: 'kubeadm', version: '1.29.15' } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ package: { host: 'm-k8s', name: 'kubeadm', version: '1.28.15' } }, v, noLines).reason).toBe(
      'kubeadm on m-k8s is 1.29.15, not 1.28.15',
    );
    expect(evaluateCheck({ package: { host: 'm-k8s', name: 'kubelet' } }, v, noLines).ok).toBe(false);
    expect(evaluateCheck({ package: { host: 'm-k8s', name: 'kubelet', installed: false } }, v, noLines).ok).toBe(true);
  });

  it('ran: matches the lines of the step, case-insensitively', () => {
    const v = view({});
    expect(evaluateCheck({ ran: '^vagrant\\s+up' }, v, { lines: ['Vagrant up'] }).ok).toBe(true);
    expect(evaluateCheck({ ran: '^vagrant\\s+up' }, v, { lines: ['vagrant status'] }).ok).toBe(false);
  });

  it('deployments, pods, services and nodes', () => {
    const pod = (name: string, phase: string, node = 'w1-k8s'): PodView => ({
      name,
      namespace: 'default',
      phase,
      ready: phase === 'Running',
      labels: { app: 'nginx' },
      node,
      images: [name === 'old' ? 'nginx:1.24' : 'nginx:1.25'],
    });
    const v = view({
      deployments: { 'default/nginx': { replicas: 3, ready: 3, images: ['nginx:1.25'], revision: 2 } },
      pods: [pod('nginx-1', 'Running'), pod('nginx-2', 'Running'), pod('nginx-3', 'Running'), pod('old', 'Terminating')],
      services: { 'default/nginx': 'NodePort' },
      nodes: { 'w1-k8s': { ready: true, schedulable: false, version: 'v1.28.15' } },
    });
    expect(evaluateCheck({ deployment: { name: 'nginx', replicas: 3, ready: 3 } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ deployment: { name: 'nginx', image: 'nginx:1.25', revision: 2 } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ deployment: { name: 'nginx', ready: 4 } }, v, noLines).reason).toBe(
      'deployment nginx has 3 ready, not 4',
    );
    expect(evaluateCheck({ deployment: { name: 'web', exists: false } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ pods: { selector: { app: 'nginx' }, phase: 'Running', count: 3 } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ pods: { prefix: 'nginx-', min: 4 } }, v, noLines).ok).toBe(false);
    expect(evaluateCheck({ pods: { node: 'w1-k8s', count: 4 } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ pods: { node: 'w2-k8s', count: 0 } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ pods: { image: 'nginx:1.24', count: 1 } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ pods: { namespace: 'kube-system' } }, v, noLines).ok).toBe(false);
    expect(evaluateCheck({ service: { name: 'nginx', type: 'NodePort' } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ service: { name: 'nginx', type: 'ClusterIP' } }, v, noLines).ok).toBe(false);
    expect(evaluateCheck({ node: { name: 'w1-k8s', ready: true, schedulable: false } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ node: { name: 'w1-k8s', version: 'v1.29.0' } }, v, noLines).ok).toBe(false);
    expect(evaluateCheck({ node: { name: 'w9' } }, v, noLines).ok).toBe(false);
  });

  it('services: the number of ready addresses behind a Service', () => {
    const v = view({ services: { 'default/web': 'ClusterIP', 'default/api': 'NodePort' }, endpoints: { 'default/web': 2 } });
    expect(evaluateCheck({ service: { name: 'web', endpoints: 2 } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ service: { name: 'api', endpoints: 0 } }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ service: { name: 'web', endpoints: 0 } }, v, noLines)).toEqual({
      ok: false,
      reason: 'service web has 2 endpoints, not 0',
    });
    expect(evaluateCheck({ service: { name: 'gone', endpoints: 0 } }, v, noLines).ok).toBe(false);
  });

  it('all, any, not', () => {
    const v = view({ machines: { default: 'poweroff' } });
    const off = { machine: { state: 'poweroff' as const } };
    const on = { machine: { state: 'running' as const } };
    expect(evaluateCheck({ all: [off, { not: on }] }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ all: [off, on] }, v, noLines).ok).toBe(false);
    expect(evaluateCheck({ any: [on, off] }, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ not: off }, v, noLines).ok).toBe(false);
  });
});

describe('StepTracker', () => {
  const steps = [
    { id: 'init', check: { file: { path: 'Vagrantfile' } } },
    { id: 'look', check: { ran: '^type ' } },
    { id: 'up', check: { machine: { state: 'running' as const } } },
  ];

  it('completes steps in order, whatever got the world there', () => {
    const files: Record<string, string> = {};
    const machines: Record<string, string> = {};
    const v = view({ files, machines });
    const t = new StepTracker(steps);
    expect(t.evaluate(v)).toEqual([]);
    // The learner wrote the file another way than `vagrant init`.
    files.Vagrantfile = 'x';
    expect(t.evaluate(v)).toEqual(['init']);
    expect(t.current?.id).toBe('look');
    // A line from before the step became current does not count.
    t.recordLine('dir');
    expect(t.evaluate(v)).toEqual([]);
    t.recordLine('type Vagrantfile');
    expect(t.evaluate(v)).toEqual(['look']);
    expect(t.linesSinceStepStart()).toEqual([]);
    machines.default = 'running';
    expect(t.evaluate(v)).toEqual(['up']);
    expect(t.finished).toBe(true);
    expect(t.evaluate(v)).toEqual([]);
  });

  it('keeps only a leading run of saved steps', () => {
    expect(new StepTracker(steps, ['init', 'up']).doneIds()).toEqual(['init']);
    expect(new StepTracker(steps, ['init', 'look']).current?.id).toBe('up');
  });
});

describe('lab schema', () => {
  const step = {
    id: 'init',
    title: { en: 'Init', ko: '초기화' },
    narration: { en: 'Run it.', ko: '실행합니다.' },
    commands: ['vagrant init'],
    check: { file: { path: 'Vagrantfile', exists: true } },
    hints: [{ en: 'Type it.', ko: '입력하세요.' }],
  };
  const lab = {
    title: { en: 'Lab', ko: '실습' },
    summary: { en: 'A lab.', ko: '실습입니다.' },
    start: { lab: 'host' },
    steps: [step],
  };

  it('accepts a good lab and fills defaults', () => {
    const parsed = labSchema.parse(lab);
    expect(parsed.start.files).toEqual([]);
    expect(solutionOf(parsed.steps[0])).toEqual(['vagrant init']);
  });

  it('names the field of a bad lab', () => {
    const bad = {
      ...lab,
      steps: [
        { ...step, narration: { en: 'only English' } },
        { ...step, check: { machine: { state: 'on' } } },
        { ...step, id: 'init', hints: [] },
      ],
    };
    const r = labSchema.safeParse(bad);
    expect(r.success).toBe(false);
    const issues = describeIssues(r.error!).join('\n');
    expect(issues).toContain('steps.0.narration.ko');
    expect(issues).toContain('steps.1.check');
    expect(issues).toContain('steps.2.hints: give at least one hint');
    const dup = labSchema.safeParse({ ...lab, steps: [step, { ...step, title: { en: 'Again', ko: '다시' } }] });
    expect(describeIssues(dup.error!)).toEqual(['steps.1.id: duplicate step id "init"']);
  });

  it('rejects unknown keys and bad regular expressions', () => {
    expect(checkSchema.safeParse({ file: { path: 'x', colour: 'red' } }).success).toBe(false);
    expect(checkSchema.safeParse({ ran: '(' }).success).toBe(false);
    expect(checkSchema.safeParse({ all: [{ ran: 'a' }, { not: { machine: { state: 'saved' } } }] }).success).toBe(true);
  });

  it('reads durations', () => {
    expect(durationMs('30s')).toBe(30_000);
    expect(durationMs('2m')).toBe(120_000);
    expect(durationMs('250ms')).toBe(250);
    expect(durationMs(42)).toBe(42);
  });
});
