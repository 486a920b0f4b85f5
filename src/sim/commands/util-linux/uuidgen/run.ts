// uuidgen of util-linux 2.37.4 as misc-utils/uuidgen.c runs it (help in spec.ts): a random (version 4) UUID by
// default and with -r, a time-based one (version 1: the world's clock, eth0's MAC as the node) with -t, and the
// name-based ones of RFC 4122 with -m (MD5, version 3) or -s (SHA-1, version 5) over a namespace (-n: a UUID or
// @dns @url @oid @x500) and a name (-N; -x: given in hex). The random parts come from the world's seeded source.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { DIGESTS } from '../../coreutils/md5sum/digest';
import { spec } from './spec';

/** libuuid's uuid_get_template() namespaces (RFC 4122 appendix C). */
const NAMESPACES: Record<string, string> = {
  dns: '6ba7b810-9dad-11d1-80b4-00c04fd430c8',
  url: '6ba7b811-9dad-11d1-80b4-00c04fd430c8',
  oid: '6ba7b812-9dad-11d1-80b4-00c04fd430c8',
  x500: '6ba7b814-9dad-11d1-80b4-00c04fd430c8',
};

const hexOf = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
const bytesOf = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
const format = (b: Uint8Array) => {
  const h = hexOf(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
};
const stamp = (b: Uint8Array, version: number) => {
  b[6] = (b[6] & 0x0f) | (version << 4);
  b[8] = (b[8] & 0x3f) | 0x80;
  return b;
};

function* uuidgen(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  let type: 'time' | 'random' | 'md5' | 'sha1' | null = null;
  let namespace: string | null = null;
  let name: string | null = null;
  let hex = false;
  for (const { key, value } of o.list) {
    if (key === 'time') type = 'time';
    else if (key === 'random') type = 'random';
    else if (key === 'md5') type = 'md5';
    else if (key === 'sha1') type = 'sha1';
    else if (key === 'namespace') namespace = String(value);
    else if (key === 'name') name = String(value);
    else if (key === 'hex') hex = true;
  }
  const fail = (msg: string) => {
    ctx.err(`uuidgen: ${msg}\nTry 'uuidgen --help' for more information.\n`);
    return 1;
  };
  const named = type === 'md5' || type === 'sha1';
  if (namespace !== null) {
    if (name === null) return fail('--namespace requires --name argument');
    if (!named) return fail('--namespace requires --md5 or --sha1');
  } else {
    if (name !== null) return fail('--name requires --namespace argument');
    if (named) return fail('--md5 or --sha1 requires --namespace argument');
  }
  let nameBytes = new TextEncoder().encode(name ?? '');
  if (name !== null && hex) {
    if (name.length % 2 || !/^[0-9a-fA-F]*$/.test(name)) return fail('not a valid hex string');
    nameBytes = bytesOf(name);
  }
  const rng = ctx.world.rng;
  const random = (n: number) => Uint8Array.from({ length: n }, () => rng.int(0, 255));
  let uu: Uint8Array;
  if (named) {
    let ns: string | undefined;
    if (namespace!.startsWith('@') && namespace!.length > 1) {
      ns = NAMESPACES[namespace!.slice(1)];
      if (!ns) return fail(`unknown namespace alias: '${namespace}'`);
    } else {
      if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(namespace!)) return fail(`invalid uuid for namespace: '${namespace}'`);
      ns = namespace!.toLowerCase();
    }
    const msg = new Uint8Array([...bytesOf(ns.replace(/-/g, '')), ...nameBytes]);
    uu = stamp(bytesOf(DIGESTS[type === 'md5' ? 'md5' : 'sha1'](msg).slice(0, 32)), type === 'md5' ? 3 : 5);
  } else if (type === 'time') {
    // 100 ns intervals since 1582-10-15, the clock sequence, the node (eth0's MAC)
    const t = BigInt(ctx.world.now) * 10_000n + 0x01b21dd213814000n + BigInt(rng.int(0, 9999));
    const th = t.toString(16).padStart(15, '0');
    const seq = random(2);
    const mac = (ctx.host.ifaces.find((i) => i.name === 'eth0')?.mac ?? '08:00:27:00:00:00').replace(/:/g, '');
    uu = bytesOf(th.slice(7) + th.slice(3, 7) + '1' + th.slice(0, 3) + hexOf(seq) + mac);
    uu[8] = (uu[8] & 0x3f) | 0x80;
  } else uu = stamp(random(16), 4);
  ctx.out(format(uu) + '\n');
  return 0;
}

def({ name: 'uuidgen', summary: 'create a new UUID value', spec, run: uuidgen });
