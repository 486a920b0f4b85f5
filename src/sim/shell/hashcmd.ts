// The shell's table of commands found in $PATH (hashcmd.c over hashlib.c): 256 buckets chosen by hash_string
// (FNV-1), each new entry at the head of its bucket; `hash` lists them bucket by bucket. Each lookup counts a hit.
import type { Frame } from '../context';
import { hashString } from './hashlib';

/** hashlib.c hash_string over the command table's 256 buckets. */
const bucket = (s: string): number => hashString(s) & 255;

let seq = 0;

function table(frame: Frame): NonNullable<Frame['hashed']> {
  return (frame.hashed ??= []);
}

/** phash_insert: the path of `name` (an entry already there keeps its place), with `hits`. */
export function hashInsert(frame: Frame, name: string, path: string, hits: number): void {
  const t = table(frame);
  const e = t.find((x) => x.name === name);
  if (e) {
    e.path = path;
    e.hits = hits;
  } else t.push({ name, path, hits, seq: seq++ });
}

/** phash_search: the path of a hashed name (counting a hit), or undefined. */
export function hashSearch(frame: Frame, name: string): string | undefined {
  const e = frame.hashed?.find((x) => x.name === name);
  if (!e) return undefined;
  e.hits++;
  return e.path;
}

/** phash_remove: false when the name was not hashed. */
export function hashRemove(frame: Frame, name: string): boolean {
  const t = frame.hashed ?? [];
  const k = t.findIndex((x) => x.name === name);
  if (k < 0) return false;
  t.splice(k, 1);
  return true;
}

export function hashFlush(frame: Frame): void {
  frame.hashed = [];
}

/** The entries in the order hash_walk visits them. */
export function hashWalk(frame: Frame): { name: string; path: string; hits: number }[] {
  return [...(frame.hashed ?? [])].sort((a, b) => bucket(a.name) - bucket(b.name) || b.seq - a.seq);
}

/** A command run by name from $PATH by this shell itself: a hit, or a new entry with one. */
export function hashRun(frame: Frame, name: string, path: string): void {
  if (frame.options?.has('-hashall')) return;
  if (hashSearch(frame, name) === undefined) hashInsert(frame, name, path, 1);
}
