/**
 * World snapshots: a lab's starting world as plain JSON, made when the site is built, so the page restores
 * it instead of replaying `vagrant up` (and kubeadm) in the browser.
 *
 *   const snap = await labSnapshot('vm');            // build time: run the lab's factory, save the world
 *   const text = JSON.stringify(snap);
 *   const s = await createSession({ lab: 'vm', snapshot: JSON.parse(text) });   // the page
 *
 * A snapshot holds the clock, the random source, the hosts (file systems, users, system state), the
 * Vagrant projects and boxes, the typed slots and the plain entries of `world.ext`. Maps and Sets are kept
 * as tagged arrays. State that is not plain data (a model with tick handlers, such as the cluster) is saved
 * by a part registered under its `world.ext` key: registerSnapshotPart(key, { load }) where load() gives
 * `{ save(world), restore(world, data) }`; restoring loads the parts the snapshot holds. A world that holds
 * anything else (a function, a shared object, a handler no part restores) cannot be saved: saveWorld throws,
 * and the page replays the lab instead.
 */
import { World } from './world';
import { Vfs } from './fs';
import type { Host } from './types';
import type { LabStart } from './registry';
import { attachPseudoFs } from './pseudo';

export const SNAPSHOT_VERSION = 1;

export interface SnapshotPart {
  save(world: World): unknown;
  restore(world: World, data: unknown): void;
}

const parts = new Map<string, () => Promise<SnapshotPart>>();

/** A codec for the `world.ext` entry `key`, loaded when a world holding it is saved or restored. */
export function registerSnapshotPart(key: string, load: () => Promise<SnapshotPart>): void {
  parts.set(key, load);
}

export interface WorldSnapshot {
  version: number;
  seed: number;
  start: number;
  now: number;
  rng: number;
  tz: number;
  /** Hosts in the order they were added; `fs` is the file system's root directory. */
  hosts: unknown[];
  projects: unknown;
  boxes: unknown;
  ext: unknown;
  slots: unknown;
  parts: Record<string, unknown>;
  /** Where the learner's shell starts. */
  lab: LabStart;
}

export class SnapshotError extends Error {}

/** Plain data with Maps and Sets as `{ $map: [[k, v]...] }` / `{ $set: [...] }`; refuses anything else. */
function encode(v: unknown, path: string, seen: Set<object>): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new SnapshotError(`${path}: ${v} is not a finite number`);
    return v;
  }
  if (v === undefined) return undefined;
  if (typeof v !== 'object') throw new SnapshotError(`${path}: a ${typeof v} is not data`);
  if (seen.has(v)) throw new SnapshotError(`${path}: the same object is reachable twice`);
  seen.add(v);
  if (v instanceof Map) return { $map: [...v].map(([k, x], i) => [encode(k, `${path}[${i}]`, seen), encode(x, `${path}.${String(k)}`, seen)]) };
  if (v instanceof Set) return { $set: [...v].map((x, i) => encode(x, `${path}[${i}]`, seen)) };
  if (Array.isArray(v)) return v.map((x, i) => encode(x, `${path}[${i}]`, seen) ?? null);
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) throw new SnapshotError(`${path}: a ${proto?.constructor?.name ?? 'class'} instance is not plain data`);
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (k === '$map' || k === '$set') throw new SnapshotError(`${path}: the key ${k} is reserved`);
    const e = encode(x, path ? `${path}.${k}` : k, seen);
    if (e !== undefined) out[k] = e;
  }
  return out;
}

function decode(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(decode);
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.$map)) return new Map((o.$map as [unknown, unknown][]).map(([k, x]) => [decode(k), decode(x)]));
  if (Array.isArray(o.$set)) return new Set((o.$set as unknown[]).map(decode));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(o)) out[k] = decode(x);
  return out;
}

/** Encodes plain data (Maps and Sets included) for a snapshot; throws SnapshotError on anything else. */
export const toSnapshotData = (v: unknown, path = ''): unknown => encode(v, path, new Set());
/** The inverse of toSnapshotData. */
export const fromSnapshotData = (v: unknown): unknown => decode(v);

/** The world as JSON-ready data, with the lab's start; throws SnapshotError when it holds more than data. */
export async function saveWorld(world: World, lab: LabStart = {}): Promise<WorldSnapshot> {
  const seen = new Set<object>();
  const hosts = [...world.hosts.values()].map((h) => {
    const { fs, ...rest } = h;
    return encode({ ...rest, fs: fs.root, windows: fs.windows }, `hosts.${h.id}`, seen);
  });
  const saved: Record<string, unknown> = {};
  const plainExt = new Map<string, unknown>();
  for (const [k, v] of world.ext) {
    const load = parts.get(k);
    if (load) saved[k] = encode((await load()).save(world), `parts.${k}`, new Set());
    else plainExt.set(k, v);
  }
  if (world.handlerCount() > 0 && Object.keys(saved).length === 0) {
    throw new SnapshotError('the world has tick handlers or listeners that no snapshot part restores');
  }
  return {
    version: SNAPSHOT_VERSION,
    seed: world.seed,
    start: world.start,
    now: world.now,
    rng: world.rng.state,
    tz: world.tzOffsetHours,
    hosts,
    projects: encode(world.projects, 'projects', seen),
    boxes: encode(world.boxes, 'boxes', seen),
    ext: encode(plainExt, 'ext', seen),
    slots: encode(world.slotValues(), 'slots', seen),
    parts: saved,
    lab: encode(lab, 'lab', new Set()) as LabStart,
  };
}

/** A world as it was saved (with its parts' modules loaded); throws SnapshotError for another version. */
export async function restoreWorld(snap: WorldSnapshot): Promise<World> {
  if (snap?.version !== SNAPSHOT_VERSION) throw new SnapshotError(`snapshot version ${snap?.version} is not ${SNAPSHOT_VERSION}`);
  const world = new World(snap.seed, snap.start);
  world.now = snap.now;
  world.rng.state = snap.rng;
  world.tzOffsetHours = snap.tz;
  for (const raw of snap.hosts) {
    const { fs: root, windows, ...rest } = decode(raw) as Omit<Host, 'fs'> & { fs: Vfs['root']; windows: boolean };
    const fs = new Vfs(windows, () => world.now);
    Object.assign(fs.root, root);
    const host = { ...rest, fs } as Host;
    world.hosts.set(rest.id, host);
    // /proc and /sys are not saved: they are mounted again, as when the guest was made
    attachPseudoFs(world, host);
  }
  for (const [k, v] of decode(snap.projects) as World['projects']) world.projects.set(k, v);
  world.boxes.push(...(decode(snap.boxes) as World['boxes']));
  for (const [k, v] of decode(snap.ext) as Map<string, unknown>) world.ext.set(k, v);
  world.restoreSlots(decode(snap.slots) as Map<string, unknown>);
  for (const [k, data] of Object.entries(snap.parts ?? {})) {
    const load = parts.get(k);
    if (!load) throw new SnapshotError(`no snapshot part restores ${k}`);
    (await load()).restore(world, decode(data));
  }
  return world;
}
