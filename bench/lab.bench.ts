/**
 * Lab figures for `npm run bench`: the time to replay every lab's solution headlessly (budget: under one
 * second for all labs together).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createSession } from '../src/sim/index';
import '../src/sim/k8s/register';
import { labSchema } from '../src/sim/lab/schema';
import { replayLab } from '../src/sim/lab/replay';

export default async function bench(): Promise<Record<string, unknown>> {
  const dir = join(process.cwd(), 'content/labs');
  const labs = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), lab: labSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))) }));
  const perLab: Record<string, number> = {};
  let failures = 0;
  // One warm-up pass loads lazily imported modules (the Kubernetes model) outside the measurement.
  for (const { lab } of labs) await replayLab(lab, (l) => createSession({ lab: l.start.lab }));
  const t0 = performance.now();
  for (const { id, lab } of labs) {
    const s = performance.now();
    const results = await replayLab(lab, (l) =>
      createSession({
        lab: l.start.lab,
        files: Object.fromEntries(l.start.files.map((f) => [f.host ? `${f.host}:${f.path}` : f.path, f.content])),
      }),
    );
    perLab[id] = Math.round((performance.now() - s) * 10) / 10;
    failures += results.filter((r) => !r.ok).length;
  }
  const total = Math.round((performance.now() - t0) * 10) / 10;
  return {
    'lab replay: labs': labs.length,
    'lab replay: steps': labs.reduce((n, l) => n + l.lab.steps.length, 0),
    'lab replay: every lab, total': { value: `${total} ms`, budget: '< 1000 ms', ok: total < 1000 },
    'lab replay: failed checks': { value: String(failures), budget: '0', ok: failures === 0 },
    ...Object.fromEntries(Object.entries(perLab).map(([id, ms]) => [`lab replay: ${id} ms`, ms])),
  };
}
