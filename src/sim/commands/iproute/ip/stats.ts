// Interface counters for `ip -s link` / `ip -s addr` and their layout: print_stats64() of iproute2 6.2
// ip/ipaddress.c (size_columns() widens a column to its longest number; the default widths are those of
// "*X errors:", "packets", "errors", "dropped", "heartbt", "overrun", "compressed", "otherhost"; every number is
// printed "%*llu " so each number line ends in a space). The world keeps no traffic, so the counters are
// deterministic plausible ones (DIFFERENCES.md): they grow with the time since boot, eth0 also with the bytes dnf
// downloaded (the installed packages' sizes), lo's received equal its sent.
import type { Host } from '../../../types';
import type { World } from '../../../world';
import { PACKAGES } from '../../../data/packages';

export interface LinkStats {
  rx: { bytes: number; packets: number; errors: number; dropped: number; missed: number; mcast: number; length: number; crc: number; frame: number; fifo: number; over: number };
  tx: { bytes: number; packets: number; errors: number; dropped: number; carrier: number; collisions: number; aborted: number; fifo: number; window: number; heartbeat: number };
  carrierChanges?: number;
}

const zeroRx = { errors: 0, dropped: 0, missed: 0, mcast: 0, length: 0, crc: 0, frame: 0, fifo: 0, over: 0 };
const zeroTx = { errors: 0, dropped: 0, carrier: 0, collisions: 0, aborted: 0, fifo: 0, window: 0, heartbeat: 0 };

/** A small number from the seed and a name, the same each time. */
function jitter(seed: number, name: string, mod: number): number {
  let h = seed >>> 0;
  for (const c of name) h = (Math.imul(h ^ c.charCodeAt(0), 16777619) + 0x9e3779b9) >>> 0;
  return h % mod;
}

/** The counters of one interface of a guest now. */
export function linkStats(world: World, host: Host, iface: string): LinkStats {
  const up = Math.max(0, Math.floor((world.now - host.bootedAt) / 1000));
  const j = (m: number) => jitter(world.seed, `${host.id}:${iface}`, m);
  if (iface === 'lo') {
    const packets = 40 + j(30) + Math.floor(up / 20);
    const bytes = packets * 74 + j(5000);
    return { rx: { bytes, packets, ...zeroRx }, tx: { bytes, packets, ...zeroTx }, carrierChanges: 0 };
  }
  if (iface === 'eth0') {
    // the box's packages fetched since boot, through the NAT
    let downloaded = 0;
    for (const [name, p] of host.sys?.packages ?? []) {
      if (p.repo === '@anaconda') continue;
      const cat = PACKAGES.find((x) => x.name === name && x.version === p.version) ?? PACKAGES.find((x) => x.name === name);
      if (cat) downloaded += cat.sizeKb * 1024;
    }
    const rxPackets = 900 + j(400) + Math.floor(up * 0.9) + Math.floor(downloaded / 1448);
    const txPackets = 620 + j(300) + Math.floor(up * 0.7) + Math.floor(downloaded / 1448 / 2);
    return {
      rx: { bytes: 150_000 + j(60_000) + up * 130 + downloaded + Math.floor(downloaded / 1448) * 66, packets: rxPackets, ...zeroRx },
      tx: { bytes: 95_000 + j(40_000) + up * 110 + Math.floor(downloaded / 1448 / 2) * 66, packets: txPackets, ...zeroTx },
      carrierChanges: 2,
    };
  }
  // a host-only network: neighbour discovery and the other machines' broadcasts
  const rxPackets = 12 + j(20) + Math.floor(up / 45);
  const txPackets = 18 + j(12) + Math.floor(up / 120);
  return {
    rx: { bytes: rxPackets * 86 + j(900), packets: rxPackets, ...zeroRx, mcast: Math.floor(rxPackets / 3) },
    tx: { bytes: txPackets * 90 + j(700), packets: txPackets, ...zeroTx },
    carrierChanges: 2,
  };
}

/** print_stats64()'s text for `-s` (level 1) and `-s -s` (2), each line ending in "\n". */
export function statsText(s: LinkStats, level: number): string {
  const cols = ['*X errors:', 'packets', 'errors', 'dropped', 'heartbt', 'overrun', 'compressed', 'otherhost'].map((x) => x.length);
  const size = (...vals: number[]) => vals.forEach((v, i) => (cols[i] = Math.max(cols[i], String(v).length)));
  const { rx, tx } = s;
  size(rx.bytes, rx.packets, rx.errors, rx.dropped, rx.missed, rx.mcast, 0, 0);
  if (level > 1) size(0, rx.length, rx.crc, rx.frame, rx.fifo, rx.over, 0, 0);
  size(tx.bytes, tx.packets, tx.errors, tx.dropped, tx.carrier, tx.collisions, 0, 0);
  if (level > 1) size(0, 0, tx.aborted, tx.fifo, tx.window, tx.heartbeat, s.carrierChanges ?? 0, 0);
  const num = (w: number, v: number) => String(v).padStart(w) + ' ';
  let out = `    RX: ${'bytes'.padStart(cols[0] - 4)} ${'packets'.padStart(cols[1])} ${'errors'.padStart(cols[2])} ${'dropped'.padStart(cols[3])} ${'missed'.padStart(cols[4])} ${'mcast'.padStart(cols[5])} ${''.padStart(cols[6])}\n`;
  out += '    ' + [rx.bytes, rx.packets, rx.errors, rx.dropped, rx.missed, rx.mcast].map((v, i) => num(cols[i], v)).join('') + '\n';
  if (level > 1) {
    out += `    RX errors:${''.padStart(cols[0] - 10)} ${'length'.padStart(cols[1])} ${'crc'.padStart(cols[2])} ${'frame'.padStart(cols[3])} ${'fifo'.padStart(cols[4])} ${'overrun'.padStart(cols[5])}\n`;
    out += ''.padStart(cols[0] + 5) + [rx.length, rx.crc, rx.frame, rx.fifo, rx.over].map((v, i) => num(cols[i + 1], v)).join('') + '\n';
  }
  out += `    TX: ${'bytes'.padStart(cols[0] - 4)} ${'packets'.padStart(cols[1])} ${'errors'.padStart(cols[2])} ${'dropped'.padStart(cols[3])} ${'carrier'.padStart(cols[4])} ${'collsns'.padStart(cols[5])} ${''.padStart(cols[6])}\n`;
  out += '    ' + [tx.bytes, tx.packets, tx.errors, tx.dropped, tx.carrier, tx.collisions].map((v, i) => num(cols[i], v)).join('') + '\n';
  if (level > 1) {
    const cc = s.carrierChanges;
    out += `    TX errors:${''.padStart(cols[0] - 10)} ${'aborted'.padStart(cols[1])} ${'fifo'.padStart(cols[2])} ${'window'.padStart(cols[3])} ${'heartbt'.padStart(cols[4])} ${(cc !== undefined ? 'transns' : '').padStart(cols[5])}\n`;
    out += ''.padStart(cols[0] + 5) + [tx.aborted, tx.fifo, tx.window, tx.heartbeat].map((v, i) => num(cols[i + 1], v)).join('') + (cc !== undefined ? num(cols[5], cc) : '') + '\n';
  }
  return out;
}
