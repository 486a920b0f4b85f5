// The control-plane programs' help data loads with the command that names the program, and only that program's:
// the modules that run an exec (kubectl's commands, the container runtime, crictl's verbs, the container's shell) reach
// neither components/run.ts nor a data module through static imports; an exec of kube-apiserver loads kube-apiserver's
// data of each version read (components/run.ts LOADERS), not the scheduler's, the controller manager's or etcd's.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const SIM = path.resolve(import.meta.dirname, '../../../../src/sim');

function staticImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(?!type\b)([^'";]*?\bfrom\s+)?['"](\.[^'"]+)['"]/gm;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (m[1] === 'export' && !m[2]) continue;
    const base = path.resolve(path.dirname(file), m[3]);
    const target = [base + '.ts', path.join(base, 'index.ts'), base].find((c) => existsSync(c) && c.endsWith('.ts'));
    if (target) out.push(target);
  }
  return out;
}

function closure(start: string): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...staticImports(f));
  }
  return seen;
}

describe('control-plane program help loads lazily', () => {
  for (const entry of ['k8s/commands.ts', 'k8s/container.ts', 'k8s/crictl/verbs.ts', 'k8s/shell-session.ts']) {
    it(`${entry} does not import the run module or any help data`, () => {
      const reached = [...closure(path.join(SIM, entry))].map((f) => path.relative(SIM, f));
      expect(reached).toContain('k8s/components/index.ts');
      expect(reached.filter((f) => /^k8s\/components\/(run|help|etcd|etcdctl[\w-]*|data\/.*)\.ts$/.test(f))).toEqual([]);
    });
  }

  it('an exec loads the named program’s data only, each further program with its own exec', async () => {
    const run = await import('../../../../src/sim/k8s/components/run');
    expect(run.loadedHelp()).toEqual([]);
    const s = await createSession({ lab: 'cluster', seed: 4 });
    expect(run.loadedHelp()).toEqual([]);
    const api = await s.exec('kubectl exec -n kube-system kube-apiserver-m-k8s -- kube-apiserver --help');
    expect(api.stdout).toMatch(/^The Kubernetes API server validates and configures data\n/);
    expect(run.loadedHelp()).toEqual(['kube-apiserver@28']);
    // another program: its data (both versions read), the first's kept
    const sched = await s.exec(`kubectl exec -n kube-system kube-scheduler-m-k8s -- kube-scheduler --version`);
    expect(sched.stdout).toBe('Kubernetes v1.28.15\n');
    expect(run.loadedHelp()).toEqual(['kube-apiserver@28', 'kube-scheduler@28', 'kube-scheduler@29']);
    // crictl exec of etcd: etcd's flags
    const id = (await s.exec('sudo crictl ps --name etcd -q')).stdout.trim();
    expect((await s.exec(`sudo crictl exec ${id} etcd --version`)).stdout).toMatch(/^etcd Version: 3\.5\.15\n/);
    expect(run.loadedHelp()).toEqual(['etcd@3.5', 'kube-apiserver@28', 'kube-scheduler@28', 'kube-scheduler@29']);
  }, 60_000);

  it('a line typed into the etcd container’s shell loads the program it names', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const r = await s.exec('kubectl exec -it -n kube-system etcd-m-k8s -- sh', { answers: ['etcdctl version', 'etcd --version', 'exit'] });
    expect(r.output).toBe('# etcdctl version\netcdctl version: 3.5.15\nAPI version: 3.5\n# etcd --version\netcd Version: 3.5.15\nGit SHA: 9a5533382\nGo Version: go1.21.12\nGo OS/Arch: linux/amd64\n# exit\n');
  }, 60_000);
});
