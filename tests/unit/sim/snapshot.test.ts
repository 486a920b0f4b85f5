/**
 * World snapshots (src/sim/snapshot.ts): a lab's start world saved as JSON and restored must be the same
 * world. For every lab whose start world can be saved, the lab's whole solution run on the restored world
 * prints exactly what it prints on a world built by the lab's factory, and every step's check holds.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createSession, labSnapshot, type WorldSnapshot } from '../../../src/sim/index';
import '../../../src/sim/k8s/register';
import { labSchema, type LabScript } from '../../../src/sim/lab/schema';
import { replayLab } from '../../../src/sim/lab/replay';
import { saveWorld, SnapshotError, toSnapshotData, fromSnapshotData } from '../../../src/sim/snapshot';
import { World } from '../../../src/sim/world';

const dir = join(process.cwd(), 'content/labs');
const labs = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ file: f, lab: labSchema.parse(parse(readFileSync(join(dir, f), 'utf8'))) as LabScript }));
const files = (l: LabScript) => Object.fromEntries(l.start.files.map((f) => [f.host ? `${f.host}:${f.path}` : f.path, f.content]));

/** The snapshot as the page gets it: through JSON text. */
async function snapshotText(lab: string): Promise<WorldSnapshot | null> {
  try {
    return JSON.parse(JSON.stringify(await labSnapshot({ lab }))) as WorldSnapshot;
  } catch (e) {
    if (e instanceof SnapshotError) return null;
    throw e;
  }
}

// Every start lab's snapshot, made once; null for start worlds no snapshot part can save yet.
const snaps = new Map<string, WorldSnapshot | null>();
for (const { lab } of labs) if (!snaps.has(lab.start.lab)) snaps.set(lab.start.lab, await snapshotText(lab.start.lab));

describe('world snapshots', () => {
  it('keep Maps, Sets and nested data, and refuse functions, class instances and shared objects', () => {
    const data = { a: new Map<string, unknown>([['x', new Set([1, 2])], ['y', [{ z: 'q' }]]]), n: 3 };
    expect(fromSnapshotData(JSON.parse(JSON.stringify(toSnapshotData(data))))).toEqual(data);
    expect(() => toSnapshotData({ f: () => 1 })).toThrow(/f: a function is not data/);
    expect(() => toSnapshotData({ w: new World(1) })).toThrow(/w: a World instance is not plain data/);
    const shared = { k: 1 };
    expect(() => toSnapshotData({ a: shared, b: shared })).toThrow(/b: the same object is reachable twice/);
  });

  it('refuse a world with tick handlers no part restores', async () => {
    const w = new World(1);
    w.onTick(() => undefined);
    await expect(saveWorld(w)).rejects.toThrow(SnapshotError);
  });

  it('the Windows host, the Rocky VM and the cluster labs can be saved', async () => {
    for (const lab of ['host', 'vm', 'nodes', 'cluster', 'incidents']) expect(await snapshotText(lab), lab).not.toBeNull();
  });

  it('a restored world saves to the same snapshot, clock and random source included', async () => {
    const snap = (await snapshotText('vm'))!;
    const s = await createSession({ snapshot: snap });
    expect(JSON.parse(JSON.stringify(await saveWorld(s.world, snap.lab)))).toEqual(snap);
  });

  for (const { file, lab } of labs) {
    const snap = snaps.get(lab.start.lab)!;
    // A start world that holds state no snapshot part saves yet is replayed by the page: nothing to compare.
    it.skipIf(!snap)(`${file} (${lab.start.lab}): the solution prints the same on the restored world as on the built one`, async () => {
      const built = await replayLab(lab, (l) => createSession({ lab: l.start.lab, files: files(l) }));
      const restored = await replayLab(lab, (l) => createSession({ snapshot: snap, files: files(l) }));
      expect(restored).toEqual(built);
      for (const r of restored) expect({ step: r.id, ok: r.ok, reason: r.reason }).toEqual({ step: r.id, ok: true, reason: undefined });
    }, 60_000);
  }
});
