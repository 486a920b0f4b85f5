// kubectl api-resources against the real kubectl 1.28 client: scripts/record-api-resources.ts served the simulator's
// resource table (names, versions, verbs, categories) as legacy discovery and kept what the client printed for each
// case (tests/golden/kubectl-api-resources). Here the lab cluster's kubectl (no metrics-server) must print the same.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCluster, split } from './helpers';

const DIR = path.resolve(import.meta.dirname, '../../../golden/kubectl-api-resources');

describe('kubectl api-resources prints discovery as kubectl 1.28 does', () => {
  const { k } = makeCluster({ network: false });
  for (const c of readdirSync(DIR).sort()) {
    const read = (x: string) => readFileSync(path.join(DIR, c, x), 'utf8');
    const cmd = read('cmd').trim();
    it(cmd, () => {
      const r = k.run(split(cmd).slice(1));
      expect({ out: r.out, err: r.err, code: r.code }).toEqual({ out: read('stdout'), err: read('stderr'), code: Number(read('status')) });
    });
  }
});
