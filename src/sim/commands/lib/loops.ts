// The block devices a mkfs tool, blkid, lsblk and mount may be given besides the box's disk: loop devices losetup
// attached to image files (sys.loops; the loop driver of Rocky 9's kernel makes /dev/loopN on demand through
// /dev/loop-control, and a detached device stays until the module goes), and the free BIOS boot partition sda1,
// whose bytes are kept in sys.sda1 once something is written there. Everything else of sda is in use.
import type { FileNode } from '../../fs';
import type { Host } from '../../types';
import { mounts } from './mounts';

export type Loop = NonNullable<NonNullable<Host['sys']>['loops']>[number];

/** The loop devices made since boot, attached or not (sorted by number). */
export function loopDevices(host: Host): Loop[] {
  const since = host.bootedAt;
  const seen = new Map<number, Loop>();
  for (const l of host.sys?.loops ?? []) if (l.at >= since) seen.set(l.n, l);
  return [...seen.values()].sort((a, b) => a.n - b.n);
}

/** The attached loop devices (an autoclear one, set up by mount for an image file, only while it is mounted). */
export const attachedLoops = (host: Host) => {
  const table = host.sys?.loops?.some((l) => l.autoclear) ? mounts(host) : [];
  return loopDevices(host).filter((l) => l.gone === undefined && (!l.autoclear || table.some((m) => m.source === `/dev/loop${l.n}`)));
};

/** The first loop device not in use, or the number the kernel would make next (loop_control_get_free()). */
export function firstFree(host: Host): { n: number; exists: boolean } {
  const all = loopDevices(host);
  const used = attachedLoops(host);
  const free = all.find((l) => !used.includes(l));
  return free ? { n: free.n, exists: true } : { n: all.length ? all[all.length - 1].n + 1 : 0, exists: false };
}

/** The loop device a path names (/dev/loopN), attached or not; undefined when no such device exists. */
export function loopOf(host: Host, abs: string): Loop | undefined {
  const m = /^\/dev\/loop(\d+)$/.exec(abs);
  return m ? loopDevices(host).find((l) => l.n === Number(m[1])) : undefined;
}

export type Target =
  | { kind: 'file'; node: FileNode }
  | { kind: 'loop'; loop: Loop; node: FileNode | undefined }
  | { kind: 'sda1'; node: FileNode }
  | { kind: 'busy'; dev: string }
  | { kind: 'dir' }
  | { kind: 'none' };

const SDA1_BYTES = 1024 * 1024;

/** sda1's bytes as a file node (changes are kept by `keepSda1`). */
function sda1Node(host: Host): FileNode {
  const s = host.sys?.sda1;
  return { type: 'file', name: 'sda1', content: s?.content ?? '', zeros: s ? s.zeros : SDA1_BYTES, mtime: s?.at ?? host.bootedAt, mode: 0o660 } as FileNode;
}

export function keepSda1(host: Host, node: FileNode, now: number): void {
  if (host.sys) host.sys.sda1 = { content: node.content, zeros: node.zeros, at: now };
}

/** What a device or file operand is to a tool that writes or probes it. */
export function targetOf(host: Host, abs: string): Target {
  if (abs === '/dev/sda1') return { kind: 'sda1', node: sda1Node(host) };
  if (/^\/dev\/sda[234]?$/.test(abs)) return { kind: 'busy', dev: abs };
  const loop = loopOf(host, abs);
  if (loop) {
    const node = attachedLoops(host).includes(loop) ? host.fs.get(loop.file) : undefined;
    return { kind: 'loop', loop, node: node?.type === 'file' ? (node as FileNode) : undefined };
  }
  const node = host.fs.get(abs);
  if (!node) return { kind: 'none' };
  if (node.type === 'dir') return { kind: 'dir' };
  return node.type === 'file' ? { kind: 'file', node: node as FileNode } : { kind: 'none' };
}

/** Where the device is mounted (or "[SWAP]" for the swap partition in use): what mkfs tools refuse. */
export function mountedAt(host: Host, abs: string): string | undefined {
  if (abs === '/dev/sda2' && host.sys?.swapOn) return '[SWAP]';
  return mounts(host).find((m) => m.source === abs)?.target;
}

/** The loop device an image file is attached to. */
export function loopOfFile(host: Host, file: string): Loop | undefined {
  return attachedLoops(host).find((l) => l.file === file);
}
