/**
 * kubectl describe, diffed against the real kubectl 1.28 client: scripts/record-describe.mjs serves each
 * case's objects from a local API server and records what kubectl prints (tests/golden/describe/<case>/).
 * Here the same objects go into a cluster and the simulator's describe must print the same bytes.
 */
import { describe as suite, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cluster } from '../../../../src/sim/k8s/cluster';
import { describe } from '../../../../src/sim/k8s/describe';
import type { Obj } from '../../../../src/sim/k8s/objects';

const DIR = join(import.meta.dirname, '../../../golden/describe');
const TIMES = new Set(['creationTimestamp', 'lastTransitionTime', 'lastProbeTime', 'startTime', 'completionTime', 'lastScheduleTime', 'lastHeartbeatTime', 'firstTimestamp', 'lastTimestamp']);
// a Lease's renewTime and acquireTime are MicroTime strings in the simulator too

/** the API's JSON as the simulator keeps it: times in milliseconds */
function internal(v: any, key = ''): any {
  if (typeof v === 'string' && TIMES.has(key)) return Date.parse(v);
  if (Array.isArray(v)) return v.map((x) => internal(x));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, internal(x, k)]));
  return v;
}

suite('kubectl describe matches kubectl 1.28 byte for byte', () => {
  for (const name of readdirSync(DIR).sort()) {
    it(name, () => {
      const objects: Obj[] = JSON.parse(readFileSync(join(DIR, name, 'objects.json'), 'utf8')).map((o: any) => internal(o));
      // cases with ages were recorded against kubectl's clock at recording time (<case>/now)
      const now = join(DIR, name, 'now');
      const c = new Cluster(1, Date.parse(existsSync(now) ? readFileSync(now, 'utf8').trim() : '2025-12-10T01:05:00Z'));
      // the recording server's resourceVersion stays (the generic describer prints it)
      for (const o of objects) {
        const rv = o.metadata.resourceVersion;
        c.add(o);
        if (rv) o.metadata.resourceVersion = rv;
      }
      const want = readFileSync(join(DIR, name, 'stdout'), 'utf8');
      expect(describe(objects[0], c) + '\n').toBe(want);
    });
  }
});
