/**
 * The whole cluster journey in one world, as a learner walks it: an empty folder on the Windows host,
 * the cluster's Vagrantfile and three VMs, the control plane and two joined workers (three Ready nodes),
 * then the upgrade of every node to v1.29. Each lab's steps are checked as the learner would meet them:
 * no check holds before its step, and every check holds after its solution.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createSession } from '../../src/sim/index';
import '../../src/sim/k8s/register';
import { labSchema, type LabScript } from '../../src/sim/lab/schema';
import { runAction, trackEdits } from '../../src/sim/lab/replay';
import { solutionOf } from '../../src/sim/lab/actions';
import { StepTracker } from '../../src/sim/lab/tracker';
import { worldView } from '../../src/sim/lab/world-view';

function lab(id: string): LabScript {
  return labSchema.parse(parse(readFileSync(join(process.cwd(), 'content/labs', `${id}.yaml`), 'utf8')));
}

describe('the cluster journey', () => {
  it('empty folder → three VMs → three Ready nodes joined → all on v1.29, every step checked', async () => {
    const s = await createSession({ lab: 'host' });
    const edits = trackEdits(s);
    const view = worldView(s);
    expect(s.prompt()).toBe('D:\\3_VMs\\HashiCorp>');
    expect(view.node('m-k8s')).toBeNull();
    const outputs = new Map<string, string>();
    const steps: string[] = [];

    for (const id of ['cluster-vagrantfile', 'control-plane', 'upgrade']) {
      const l = lab(id);
      const tracker = new StepTracker(l.steps);
      for (const step of l.steps) {
        expect({ lab: id, step: step.id, heldBefore: tracker.check(view).ok }).toEqual({ lab: id, step: step.id, heldBefore: false });
        let out = '';
        for (const action of solutionOf(step)) {
          if (typeof action === 'string') tracker.recordLine(action);
          out += await runAction(s, action, edits.last);
        }
        const r = tracker.check(view);
        expect({ lab: id, step: step.id, ok: r.ok, reason: r.reason }).toEqual({ lab: id, step: step.id, ok: true, reason: undefined });
        outputs.set(`${id}/${step.id}`, out);
        steps.push(`${id}/${step.id}`);
        tracker.skip();
      }
      // Where one lab ends, the next one starts: the Vagrantfile lab ends on m-k8s as vagrant (the
      // control-plane lab's start), the control-plane lab on m-k8s as root (the upgrade lab's start).
      if (id === 'cluster-vagrantfile') expect(s.prompt()).toBe('[vagrant@m-k8s ~]$ ');
      if (id === 'control-plane') {
        expect(s.prompt()).toBe('[root@m-k8s ~]# ');
        for (const n of ['m-k8s', 'w1-k8s', 'w2-k8s']) expect(view.node(n)).toEqual({ ready: true, schedulable: true, version: 'v1.28.15' });
      }
    }
    edits.off();
    expect(steps.length).toBeGreaterThan(25);

    // The three VMs stand at their addresses, and the learner's own join made the workers nodes.
    expect(outputs.get('control-plane/join-w1')).toContain('This node has joined the cluster');
    expect(outputs.get('control-plane/join-w2')).toContain('This node has joined the cluster');
    // Without a budget the drain evicts at once; with minAvailable 3 the API refuses and kubectl retries.
    expect(outputs.get('upgrade/drain-w1')).not.toContain('disruption budget');
    expect(outputs.get('upgrade/drain-w2')).toMatch(/error when evicting pods\/"nginx-\w+-\w+" -n "default" \(will retry after 5s\): Cannot evict pod as it would violate the pod's disruption budget\./);
    expect(outputs.get('upgrade/drain-w2')).toContain('node/w2-k8s drained');

    const nodes = (await s.exec('kubectl get nodes')).stdout.trim().split('\n').slice(1).map((l) => l.split(/\s+/));
    expect(nodes.map((n) => [n[0], n[1], n[4]])).toEqual([
      ['m-k8s', 'Ready', 'v1.29.15'],
      ['w1-k8s', 'Ready', 'v1.29.15'],
      ['w2-k8s', 'Ready', 'v1.29.15'],
    ]);
  }, 120_000);
});
