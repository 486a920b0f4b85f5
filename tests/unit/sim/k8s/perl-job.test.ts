// The docs' Job example (kubernetes.io/docs/concepts/workloads/controllers/job/): perl:5.34.0 computes pi to 2000
// digits with bignum's bpi; its log is what perl prints for Math::BigFloat->bpi(2000) (tests/golden/perl/bpi-2000).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCluster } from './helpers';
import { bpi } from '../../../../src/sim/k8s/pi';

const GOLDEN = fs.readFileSync(path.resolve(__dirname, '../../../golden/perl/bpi-2000/stdout'), 'utf8');
const JOB = `apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl",  "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
`;

describe("the docs' pi Job", () => {
  it('pulls perl:5.34.0, completes, and logs 2000 digits of pi as perl prints them', async () => {
    const { parseAllDocuments } = await import('yaml');
    const { c, k } = makeCluster();
    k.env.readFile = (p) => (p === 'job.yaml' ? JOB : null);
    k.env.parseYaml = (t) => parseAllDocuments(t).map((d) => d.toJS());
    expect(k.run(['apply', '-f', 'job.yaml']).out).toBe('job.batch/pi created\n');
    c.advance(90_000);
    expect(k.run(['get', 'job', 'pi', '-o', 'jsonpath={.status.succeeded}']).out).toBe('1');
    const logs = k.run(['logs', 'job/pi']).out;
    expect(logs).toBe(GOLDEN);
    expect(logs.length).toBe(2 + 1999 + 1);
  });
  it('bpi(n) rounds the last of n significant digits', () => {
    expect(bpi(1)).toBe('3');
    expect(bpi(5)).toBe('3.1416');
    expect(bpi(2000)).toBe(GOLDEN.trimEnd());
  });
});
