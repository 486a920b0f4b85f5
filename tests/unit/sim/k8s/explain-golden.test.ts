// kubectl explain, compared byte for byte with what the real kubectl 1.28 printed for the same OpenAPI v3 document
// (tests/golden/explain, recorded by scripts/record-explain.mjs).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { explain } from '../../../../src/sim/k8s/kubectl/verbs/explain/explain';

const DIR = path.resolve(__dirname, '../../../golden/explain');
const doc = JSON.parse(fs.readFileSync(path.join(DIR, 'openapi-batch-v1.json'), 'utf8'));
const RESOURCES = [
  { name: 'cronjobs', singular: 'cronjob', short: ['cj'], group: 'batch', version: 'v1' },
  { name: 'jobs', singular: 'job', short: [], group: 'batch', version: 'v1' },
];
const cases = fs.readFileSync(path.join(DIR, 'cases.txt'), 'utf8').trim().split('\n').map((l) => l.split('|') as [string, string]);

describe('kubectl explain as the 1.28 client prints it', () => {
  it.each(cases)('%s', (name, line) => {
    const argv = line.split(' ').slice(2);
    const args = argv.filter((a) => !a.startsWith('--'));
    const apiVersion = argv.find((a) => a.startsWith('--api-version='))?.split('=')[1];
    const output = argv.find((a) => a.startsWith('--output='))?.split('=')[1];
    const r = explain(args, { apiVersion, recursive: argv.includes('--recursive'), output }, RESOURCES, doc, ['apis/batch/v1']);
    const read = (f: string) => fs.readFileSync(path.join(DIR, name, f), 'utf8');
    expect(r.out).toBe(read('stdout'));
    expect(r.err).toBe(read('stderr'));
    expect(String(r.code)).toBe(read('status').trim());
  });
});
