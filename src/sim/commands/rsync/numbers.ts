// rsync 3.2.3's numbers: do_big_num()/do_big_dnum() of lib/compat.c (commas by default, -h units of 1000, -hh of
// 1024) and the byte counts of its protocol 31 stream (flist.c send_file_entry(), io.c write_varint/varlong,
// sender.c/token.c), as far as they were checked against 3.2.3 itself (DIFFERENCES.md).

import { byteLength } from '../../fs';
/** do_big_num(num, human_flag, fract): human_flag 1 gives commas, 2 and 3 give K/M/G in 1000s or 1024s. */
export function bigNum(num: number, human: number, fract = ''): string {
  if (human > 1) {
    const mult = human === 2 ? 1000 : 1024;
    if (Math.abs(num) >= mult) {
      let d = Math.abs(num) / mult;
      let units = 'K';
      for (const u of ['M', 'G', 'T']) {
        if (d < mult) break;
        d /= mult;
        units = u;
      }
      return `${num < 0 ? '-' : ''}${d.toFixed(2)}${units}`;
    }
  }
  const digits = String(Math.trunc(Math.abs(num)));
  const grouped = human ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : digits;
  return `${num < 0 ? '-' : ''}${grouped}${fract}`;
}

/** do_big_dnum(): `%.*f`, grouped only from 1000 up. */
export function bigDnum(d: number, human: number, decimals: number): string {
  const text = d.toFixed(decimals);
  if (!human || Math.abs(d) < 1000) return text;
  const dot = text.indexOf('.');
  return bigNum(Math.trunc(d), human, dot >= 0 ? text.slice(dot) : '');
}

/** Bytes write_varint() uses for a 32-bit value. */
export function varintSize(x: number): number {
  let cnt = 4;
  const b = [x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff, (x >>> 24) & 0xff];
  while (cnt > 1 && b[cnt - 1] === 0) cnt--;
  const bit = 1 << (7 - cnt + 1);
  return b[cnt - 1] >= bit ? cnt + 1 : cnt;
}

/** Bytes write_varlong(x, min) uses. */
export function varlongSize(x: number, min: number): number {
  const b: number[] = [];
  let v = x;
  for (let i = 0; i < 8; i++) {
    b.push(v % 256);
    v = Math.floor(v / 256);
  }
  let cnt = 8;
  while (cnt > min && b[cnt - 1] === 0) cnt--;
  const bit = 1 << (7 - cnt + min);
  return b[cnt - 1] >= bit ? cnt + 1 : cnt;
}

/** What one entry of a file list costs (send_file_entry), given the state the previous entry left. */
export interface EntryState {
  lastName: string;
  mode: number;
  mtime: number;
  names: Set<string>;
}

export interface WireEntry {
  /** The name as sent: relative to the transfer's top, `.` for the top directory. */
  name: string;
  mode: number;
  size: number;
  mtimeSec: number;
  nsec: number;
  link?: string;
  user: string;
  group: string;
  uid: number;
  gid: number;
}

export function entryBytes(e: WireEntry, st: EntryState, preserveIds: boolean, first: boolean): number {
  let n = 0;
  // each list starts without a previous name (and so resends the owner and group)
  if (first) st.lastName = '';
  let l1 = 0;
  while (l1 < 255 && l1 < st.lastName.length && l1 < e.name.length && st.lastName[l1] === e.name[l1]) l1++;
  const l2 = byteLength(e.name.slice(l1));
  const sameTime = e.mtimeSec === st.mtime;
  // xflags as a varint: XMIT_SAME_TIME is bit 7, XMIT_MOD_NSEC bit 13
  let flags = 1;
  if (sameTime) flags |= 0x80;
  if (e.nsec) flags |= 1 << 13;
  n += varintSize(flags);
  if (l1) n += 1;
  n += l2 > 255 ? varintSize(l2) : 1;
  n += l2;
  n += varlongSize(e.size, 3);
  if (!sameTime) n += varlongSize(e.mtimeSec, 4);
  if (e.nsec) n += varintSize(e.nsec);
  if (e.mode !== st.mode) n += 4;
  if (preserveIds && first) {
    n += varintSize(e.uid) + varintSize(e.gid);
    if (!st.names.has('u:' + e.user)) n += 1 + e.user.length;
    if (!st.names.has('g:' + e.group)) n += 1 + e.group.length;
    st.names.add('u:' + e.user).add('g:' + e.group);
  }
  if (e.link !== undefined) n += varintSize(byteLength(e.link)) + byteLength(e.link) + 3;
  st.lastName = e.name;
  st.mode = e.mode;
  st.mtime = e.mtimeSec;
  return n;
}

/** Bytes the sender writes for one regular file sent whole: ndx, iflags, sum head, data tokens, end, checksum. */
export function fileDataBytes(size: number, literal: number): number {
  const tokens = Math.ceil(literal / 32768);
  return 39 + literal + 4 * tokens + 4 * Math.floor(size / 34000);
}
