/**
 * kubectl certificate approve|deny, diffed against the real kubectl 1.28 client: scripts/record-kubectl-certificate.mjs
 * serves the CSRs of tests/golden/csr-objects.json and records what kubectl prints (tests/golden/kubectl-certificate/).
 * Here the same CSRs go into a cluster and the simulator's kubectl must print the same bytes and exit the same way.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cluster } from '../../../../src/sim/k8s/cluster';
import { Kubectl } from '../../../../src/sim/k8s/kubectl';
import type { Obj } from '../../../../src/sim/k8s/objects';
import './helpers';

const ROOT = join(import.meta.dirname, '../../../..');
const DIR = join(ROOT, 'tests/golden/kubectl-certificate');
const OBJECTS: Record<string, any> = JSON.parse(readFileSync(join(import.meta.dirname, '../../../golden/csr-objects.json'), 'utf8')).objects;
const TIMES = new Set(['creationTimestamp', 'lastTransitionTime', 'lastUpdateTime']);
const internal = (v: any, key = ''): any =>
  typeof v === 'string' && TIMES.has(key) ? Date.parse(v) : Array.isArray(v) ? v.map((x) => internal(x)) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, internal(x, k)])) : v;

describe('kubectl certificate matches kubectl 1.28', () => {
  for (const name of readdirSync(DIR).filter((n) => n !== 'files').sort()) {
    it(name, () => {
      const c = new Cluster(1, Date.parse('2025-12-10T01:05:00Z'));
      c.initialized = true;
      c.endpoint = '192.168.56.10:6443';
      // the recording server's resourceVersion stays (the -o yaml|json cases print it)
      for (const o of Object.values(OBJECTS)) {
        const stored = c.add(internal(o) as Obj);
        stored.metadata.resourceVersion = o.metadata.resourceVersion;
      }
      // the -f cases name their manifests from the repository's root
      const k = new Kubectl({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15', readFile: (p) => readFileSync(join(ROOT, p), 'utf8') });
      const cmd = readFileSync(join(DIR, name, 'cmd'), 'utf8').trim().split(' ').slice(1);
      const r = k.run(cmd);
      expect({ out: r.out, err: r.err, code: r.code }).toEqual({
        out: readFileSync(join(DIR, name, 'stdout'), 'utf8'),
        err: readFileSync(join(DIR, name, 'stderr'), 'utf8'),
        code: Number(readFileSync(join(DIR, name, 'status'), 'utf8')),
      });
    });
  }
});
