// kubectl explain in the page loads one group-version's schemas at a time: `explain pods` reads the core v1 document,
// made of the core/v1 and meta packages, and nothing else; `explain deploy` adds apps/v1. (No loadAllHelp here:
// a lab loads what the commands ask for, as the page does.)
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';
import { isParseError, loadVerb, parseKubectl, verbModules } from '../../../../src/sim/k8s/kubectl/cli';
import { explainLoad } from '../../../../src/sim/k8s/kubectl/verbs/explain/run';
import { Cluster } from '../../../../src/sim/k8s/cluster';
import { initCluster } from '../../../../src/sim/k8s/bootstrap';
import { Kubectl } from '../../../../src/sim/k8s/kubectl';

const DATA = path.resolve(__dirname, '../../../../src/sim/k8s/kubectl/verbs/explain/data');
const size = (part: string) => fs.statSync(path.join(DATA, `${part}.ts`)).size;

describe('kubectl explain loads schemas per group-version', () => {
  it('loads core/v1 and meta for pods, then apps/v1 for deployments', async () => {
    const s = await createSession({ lab: 'cluster', seed: 1 });
    const pods = await s.exec('kubectl explain pods.spec.restartPolicy');
    expect(pods.exitCode).toBe(0);
    expect(pods.output).toContain('FIELD: restartPolicy <string>');
    expect(verbModules.explain!.loadedParts()).toEqual(['core-v1', 'meta']);
    const deploy = await s.exec('kubectl explain deploy.spec.replicas');
    expect(deploy.output).toContain('GROUP:      apps\nKIND:       Deployment\n');
    expect(verbModules.explain!.loadedParts()).toEqual(['apps-v1', 'core-v1', 'meta']);
    // a wrong resource or api-version loads nothing more
    expect((await s.exec('kubectl explain foo')).output).toContain('the server doesn\'t have a resource type "foo"');
    expect((await s.exec('kubectl explain deploy --api-version=apps/v2')).output).toContain('couldn\'t find resource for "apps/v2, Resource=deployments"');
    expect(verbModules.explain!.loadedParts()).toEqual(['apps-v1', 'core-v1', 'meta']);
  });

  it('keeps each part smaller than the one module it replaced', () => {
    // the single module of all 1.28 schemas was 622,787 bytes; pods now read core/v1 and meta only
    expect(size('core-v1') + size('meta')).toBeLessThan(340_000);
    expect(size('index')).toBeLessThan(5_000);
    // 1.29 keeps only what it changes in the 1.28 parts
    expect(['batch-v1', 'core-v1', 'discovery-v1', 'storage-v1'].reduce((n, p) => n + size(`v129/${p}`), 0)).toBeLessThan(25_000);
  });

  it('adds 1.29\'s patch of core/v1 once the server is 1.29, and nothing else', async () => {
    const c = new Cluster(1);
    initCluster(c, { node: 'm-k8s', ip: '192.168.56.10', version: 'v1.29.14', podCidr: '10.244.0.0/16' });
    const k = new Kubectl({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.29.14' });
    await loadVerb('explain');
    const before = verbModules.explain!.loadedParts();
    const p = parseKubectl(['explain', 'pod.spec.containers.lifecycle.preStop.sleep'], 29);
    if (isParseError(p)) throw new Error(p.error);
    await explainLoad(k, p)?.();
    expect(verbModules.explain!.loadedParts()).toEqual([...before, 'v129/core-v1'].sort());
    const r = k.run(['explain', 'pod.spec.containers.lifecycle.preStop.sleep']);
    expect(r.out).toContain('FIELD: sleep <SleepAction>\n');
  });
});
