// What the character devices of /dev give a reader and do with what is written (drivers/char/mem.c, random.c):
// null reads empty and swallows writes; zero and full read zeros; random and urandom read bytes made from a stable
// hash of the world's seed, the machine and a counter (never the world's random source, so the stories stay as
// they are); full fails every write with ENOSPC. A reader that says how much it takes (head -c, dd count=, od -N)
// gets exactly that many bytes; one that reads to the end gets a pipe's worth (see `yes`), as when the program
// reading after it closes the pipe.
import type { FileNode } from '../../../fs';
import { fromBytes } from '../bytes';
import { fnv32a } from '../../../hash';

/** Bytes a reader that does not say how many it wants gets from an endless device (64 KiB, as `yes` writes). */
export const DEVICE_CHUNK = 65_536;
/** The most bytes one read of an endless device gives here (a larger head -c or od -N is cut to it). */
export const DEVICE_MAX = 16 << 20;

/** `log`: what is there is read, then a reader waits for more (/dev/kmsg). */
export type DeviceKind = 'null' | 'zero' | 'full' | 'random' | 'tty' | 'log' | 'other';

interface Device {
  kind: DeviceKind;
  /** n bytes as the file system's text (bytes that are not UTF-8 kept as lone surrogates). */
  read(n: number): string;
}

const devices = new WeakMap<FileNode, Device>();

/** The device a node stands for (a node of /dev, or a link's target), or undefined for a plain file. */
export function deviceOf(node: unknown): Device | undefined {
  return node && typeof node === 'object' ? devices.get(node as FileNode) : undefined;
}

/** Whether a reader of the node waits for more once it has read what is there (/dev/kmsg). */
export function waits(node: unknown): boolean {
  return deviceOf(node)?.kind === 'log';
}

/** Whether reading the node never comes to an end (zero, full, random, urandom). */
export function endless(node: unknown): boolean {
  const k = deviceOf(node)?.kind;
  return k === 'zero' || k === 'full' || k === 'random';
}

/** n bytes from an endless device (DEVICE_CHUNK when n is not given), or null for any other node. */
export function readDevice(node: unknown, n?: number): string | null {
  const d = deviceOf(node);
  if (!d || !endless(node)) return null;
  return d.read(Math.min(DEVICE_MAX, Math.max(0, n ?? DEVICE_CHUNK)));
}

/** Bytes drawn so far per machine (of one world): each read goes on from where the last one ended. */
const drawn = new WeakMap<object, number>();

/**
 * n pseudo-random bytes: xorshift32 steps over an FNV-1a hash of the seed, the machine and the block number; the
 * count of bytes `machine` drew before is where they start.
 */
export function randomBytes(seed: number, host: string, n: number, machine: object): string {
  const out = new Uint8Array(n);
  const key = `${seed}:${host}`;
  let at = drawn.get(machine) ?? 0;
  drawn.set(machine, at + n);
  let i = 0;
  while (i < n) {
    // a new state every 256 bytes, from the block's number, so where a read starts does not change the bytes
    const block = Math.floor(at / 256);
    let x = fnv32a(`${key}:${block}`) || 1;
    for (let k = 0; k < at % 256; k++) x = step(x);
    for (let k = at % 256; k < 256 && i < n; k++, i++, at++) {
      x = step(x);
      out[i] = x & 255;
    }
  }
  return fromBytes(out);
}

function step(x: number): number {
  x ^= x << 13;
  x >>>= 0;
  x ^= x >>> 17;
  x ^= x << 5;
  return x >>> 0;
}

/**
 * A character device node: what reading it gives, what writing it does. `write` gets what is written (the
 * terminal devices show it); the node's content is what a whole read gives.
 */
export function deviceNode(node: FileNode, kind: DeviceKind, read: (n: number) => string, write: (text: string) => void = () => {}): FileNode {
  devices.set(node, { kind, read });
  Object.defineProperty(node, 'content', {
    enumerable: true,
    get: () => (kind === 'zero' || kind === 'full' || kind === 'random' ? read(DEVICE_CHUNK) : read(Infinity)),
    set: (v: string) => write(v),
  });
  return node;
}
