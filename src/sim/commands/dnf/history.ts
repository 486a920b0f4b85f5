// `dnf history` (list, info) over the transactions the simulated dnf ran (guest-state dnfHistory), as dnf 4.14
// prints them: output.py historyListCmd (the Command line column as wide as the terminal less 55, at least 24;
// `%6u | %s | %-16.16s | %s | %4u` and the two marks), _history_uiactions (one action's name, or the short names
// of several), historyInfoCmd / historyInfoCmdPkgsAltered; commands/history.py's transaction ids (N, last, last-N).
// Loaded on the command's first use.
import type { CommandContext } from '../../context';
import type { DnfTransaction } from '../../guest-state';
import type { Host, InstalledPackage } from '../../types';
import { localTm } from '../lib/clock';
import { globMatch, two } from '../../util';

const SHORT: Record<string, string> = { Install: 'I', Upgrade: 'U', Removed: 'E', Downgrade: 'D', Reinstall: 'R' };

/** libdnf's rpmdb version: the number of installed packages and a digest of them (sha1-sized, from their NEVRAs). */
export function rpmdbVersion(pkgs: Iterable<InstalledPackage>): string {
  const list = [...pkgs].map((p) => `${p.name}-${p.epoch ? p.epoch + ':' : ''}${p.version}-${p.release}.${p.arch}`).sort();
  const words = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  for (const s of list)
    for (let i = 0; i < s.length; i++)
      for (let w = 0; w < 5; w++) words[w] = (Math.imul(words[w] ^ s.charCodeAt(i), 0x01000193 + w * 2) + (words[(w + 1) % 5] >>> 7)) >>> 0;
  return `${list.length}:${words.map((w) => w.toString(16).padStart(8, '0')).join('')}`;
}

const fill = (s: string, w: number) => (s.length > w ? s.slice(0, w) : s.padEnd(w));

/** `%c` in the box's en_US.UTF-8 locale: `Wed 10 Dec 2025 01:12:56 AM UTC`. */
function ctime(host: Host, ms: number): string {
  const t = localTm(host, ms);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `${t.dayName} ${two(t.d)} ${t.monName} ${t.y} ${two(h12)}:${two(t.mi)}:${two(t.s)} ${t.h < 12 ? 'AM' : 'PM'} ${t.abbr}`;
}

function uiactions(tx: DnfTransaction): [number, string] {
  const items = tx.items.filter((i) => i.action !== 'Upgraded');
  const names = [...new Set(items.map((i) => i.action))];
  if (names.length > 1) return [items.length, names.map((n) => SHORT[n] ?? n).sort().join(', ')];
  return [items.length, names.join('')];
}

/** historyListCmd. `cols`: the terminal's width (stdout's, else stdin's), undefined when neither is one. */
export function list(host: Host, txs: DnfTransaction[], cols: number | undefined, reverse: boolean): string {
  const real = cols ?? 24;
  const nameWidth = real > 79 ? real - 55 : 24;
  let out = `${fill('ID', 6)} | ${fill('Command line', nameWidth)} | ${fill('Date and time', 16)} | ${fill('Action(s)', 14)} | ${fill('Altered', 7)}\n`;
  out += '-'.repeat(6 + 3 + nameWidth + 3 + 16 + 3 + 14 + 3 + 7) + '\n';
  const rows = [...txs].sort((a, b) => b.id - a.id);
  if (reverse) rows.reverse();
  for (const tx of rows) {
    const t = localTm(host, tx.begin);
    const when = `${t.y}-${two(t.mo + 1)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}`;
    const [n, acts] = uiactions(tx);
    out += `${String(tx.id).padStart(6)} | ${fill(tx.cmdline, nameWidth)} | ${when.padEnd(16)} | ${fill(acts, 14)} | ${String(n).padStart(4)}   \n`;
  }
  return out;
}

/**
 * The transaction ids the words name (N, last, last-N, N..M; another word is a package name: the transactions that
 * altered it, or a notice that none did). A range end that is no id is an error's text.
 */
export function ids(words: string[], txs: DnfTransaction[]): { ids: number[]; notes: string } | string {
  const last = txs.length ? txs[txs.length - 1].id : 0;
  const num = (s: string): number | null => {
    if (!/^(last|last-\d+|-?\d+)$/.test(s)) return null;
    const v = s === 'last' ? 0 : s.startsWith('last-') ? Number(s.slice(4)) : Number(s);
    return v <= 0 ? v + last : v;
  };
  const out = new Set<number>();
  let notes = '';
  for (const w of words) {
    if (w.includes('..')) {
      const [a, b] = w.split('..');
      for (const end of [a, b])
        if (num(end) === null) return `Can't convert '${end}' to transaction ID.\nUse '<number>', 'last', 'last-<number>'.\n`;
      let x = num(a)!;
      let y = num(b)!;
      if (x > y) [x, y] = [y, x];
      for (let i = x; i <= y; i++) out.add(i);
      continue;
    }
    const n = num(w);
    if (n !== null) {
      out.add(n);
      continue;
    }
    const hits = txs.filter((t) => t.items.some((i) => globMatch(w, i.nevra.replace(/-[^-]+-[^-]+$/, ''))));
    if (hits.length) for (const t of hits) out.add(t.id);
    else notes += `No transaction which manipulates package '${w}' was found.\n`;
  }
  return { ids: [...out].sort((a, b) => b - a), notes };
}

/** historyInfoCmd for one transaction. */
export function info(host: Host, tx: DnfTransaction): string {
  const user = [...host.users.values()].find((u) => u.uid === tx.loginuid);
  const name = user ? `${(user.gecos ?? '').split(';')[0]} <${user.name}>` : 'System <unset>';
  const secs = Math.floor((tx.end - tx.begin) / 1000);
  let out = `Transaction ID : ${tx.id}\nBegin time     : ${ctime(host, tx.begin)}\nBegin rpmdb    : ${tx.rpmdbBegin}\n`;
  out += `End time       : ${ctime(host, tx.end)} (${secs} seconds)\nEnd rpmdb      : ${tx.rpmdbEnd}\n`;
  out += `User           : ${name}\nReturn-Code    : Success\nReleasever     : 9\nCommand Line   : ${tx.cmdline}\nComment        : \n`;
  out += 'Packages Altered:\n';
  const w = Math.max(...tx.items.map((i) => i.action.length));
  const pw = Math.max(...tx.items.map((i) => i.nevra.length));
  for (const i of tx.items) out += `    ${i.action.padEnd(w)} ${i.nevra.padEnd(pw)} ${i.repo}\n`;
  return out;
}
