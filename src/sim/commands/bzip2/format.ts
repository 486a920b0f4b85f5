// The bzip2 file format as bzip2 1.0.8 writes it (bzlib.c, compress.c, huffman.c): "BZh" and the block size digit;
// blocks of at most 100000*N-19 bytes after the first run-length pass (runs of 4 to 255 as 4 bytes and a count),
// each with its magic, CRC, the Burrows-Wheeler origin pointer, the symbol map, 2 to 6 Huffman tables chosen per 50
// symbols (four refinement passes, code lengths at most 17), the MTF/RUNA/RUNB symbols; then the end magic and
// the combined CRC. The sort orders the block's rotations as bzip2's block sort does, so the bytes are bzip2's
// (rotations that are all equal, a block that repeats one pattern, may give another origin pointer).
// Reading takes one stream after another, as bunzip2 does.

const CRC = new Uint32Array(256);
for (let i = 0; i < 256; i++) {
  let c = i << 24;
  for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
  CRC[i] = c >>> 0;
}
const crcByte = (crc: number, b: number) => ((crc << 8) ^ CRC[((crc >>> 24) ^ b) & 0xff]) >>> 0;

class BitWriter {
  out: number[] = [];
  private buf = 0;
  private live = 0;
  bits(n: number, v: number): void {
    for (let i = n - 1; i >= 0; i--) {
      this.buf = (this.buf << 1) | ((v >>> i) & 1);
      if (++this.live === 8) {
        this.out.push(this.buf & 0xff);
        this.buf = 0;
        this.live = 0;
      }
    }
  }
  bytes(list: number[]): void {
    for (const b of list) this.bits(8, b);
  }
  u32(v: number): void {
    this.bits(16, v >>> 16);
    this.bits(16, v & 0xffff);
  }
  finish(): Uint8Array {
    if (this.live) this.out.push((this.buf << (8 - this.live)) & 0xff);
    return Uint8Array.from(this.out);
  }
}

/** BZ2_hbMakeCodeLengths: Huffman code lengths by bzip2's heap, rescaling the counts while a code is too long. */
function makeCodeLengths(freq: Int32Array, alphaSize: number, maxLen: number): Uint8Array {
  const len = new Uint8Array(alphaSize);
  const heap = new Int32Array(alphaSize + 2);
  const weight = new Int32Array(alphaSize * 2);
  const parent = new Int32Array(alphaSize * 2);
  for (let i = 0; i < alphaSize; i++) weight[i + 1] = (freq[i] === 0 ? 1 : freq[i]) << 8;
  for (;;) {
    let nNodes = alphaSize;
    let nHeap = 0;
    heap[0] = 0;
    weight[0] = 0;
    parent[0] = -2;
    const up = (z: number) => {
      const tmp = heap[z];
      while (weight[tmp] < weight[heap[z >> 1]]) {
        heap[z] = heap[z >> 1];
        z >>= 1;
      }
      heap[z] = tmp;
    };
    const down = (z: number) => {
      const tmp = heap[z];
      for (;;) {
        let y = z << 1;
        if (y > nHeap) break;
        if (y < nHeap && weight[heap[y + 1]] < weight[heap[y]]) y++;
        if (weight[tmp] < weight[heap[y]]) break;
        heap[z] = heap[y];
        z = y;
      }
      heap[z] = tmp;
    };
    for (let i = 1; i <= alphaSize; i++) {
      parent[i] = -1;
      heap[++nHeap] = i;
      up(nHeap);
    }
    while (nHeap > 1) {
      const n1 = heap[1];
      heap[1] = heap[nHeap--];
      down(1);
      const n2 = heap[1];
      heap[1] = heap[nHeap--];
      down(1);
      nNodes++;
      parent[n1] = parent[n2] = nNodes;
      const a = weight[n1];
      const b = weight[n2];
      weight[nNodes] = (((a & 0xffffff00) + (b & 0xffffff00)) | (1 + Math.max(a & 0xff, b & 0xff))) >>> 0;
      parent[nNodes] = -1;
      heap[++nHeap] = nNodes;
      up(nHeap);
    }
    let tooLong = false;
    for (let i = 1; i <= alphaSize; i++) {
      let j = 0;
      let k = i;
      while (parent[k] >= 0) (k = parent[k]), j++;
      len[i - 1] = j;
      if (j > maxLen) tooLong = true;
    }
    if (!tooLong) return len;
    for (let i = 1; i <= alphaSize; i++) weight[i] = (1 + Math.floor((weight[i] >> 8) / 2)) << 8;
  }
}

/** The rotations of the block in sorted order (prefix doubling over cyclic ranks; equal rotations by position). */
function sortRotations(block: Uint8Array): Int32Array {
  const n = block.length;
  let rank = Int32Array.from(block);
  const sa = new Int32Array(n);
  for (let i = 0; i < n; i++) sa[i] = i;
  const next = new Int32Array(n);
  for (let k = 1; ; k <<= 1) {
    const key = (i: number) => rank[(i + k) % n];
    const r = rank;
    Array.prototype.sort.call(sa, (a: number, b: number) => r[a] - r[b] || key(a) - key(b) || a - b);
    next[sa[0]] = 0;
    for (let i = 1; i < n; i++) next[sa[i]] = next[sa[i - 1]] + (r[sa[i]] !== r[sa[i - 1]] || key(sa[i]) !== key(sa[i - 1]) ? 1 : 0);
    rank = Int32Array.from(next);
    if (rank[sa[n - 1]] === n - 1 || k >= n) break;
  }
  return sa;
}

/** compressBlock(): one block's bits after its CRC is known. */
function writeBlock(w: BitWriter, block: Uint8Array, inUse: boolean[], crc: number): void {
  const n = block.length;
  const ptr = sortRotations(block);
  let origPtr = 0;
  for (let i = 0; i < n; i++) if (ptr[i] === 0) origPtr = i;
  w.bytes([0x31, 0x41, 0x59, 0x26, 0x53, 0x59]);
  w.u32(crc);
  w.bits(1, 0);
  w.bits(24, origPtr);
  // generateMTFValues()
  const seq = new Int32Array(256);
  let nInUse = 0;
  for (let i = 0; i < 256; i++) if (inUse[i]) seq[i] = nInUse++;
  const EOB = nInUse + 1;
  const alphaSize = nInUse + 2;
  const mtfFreq = new Int32Array(258);
  const mtfv: number[] = [];
  const yy = new Uint8Array(256);
  for (let i = 0; i < nInUse; i++) yy[i] = i;
  let zPend = 0;
  const runs = () => {
    if (zPend <= 0) return;
    zPend--;
    for (;;) {
      const s = zPend & 1;
      mtfv.push(s);
      mtfFreq[s]++;
      if (zPend < 2) break;
      zPend = (zPend - 2) >> 1;
    }
    zPend = 0;
  };
  for (let i = 0; i < n; i++) {
    let j = ptr[i] - 1;
    if (j < 0) j += n;
    const ll = seq[block[j]];
    if (yy[0] === ll) {
      zPend++;
      continue;
    }
    runs();
    let k = 1;
    let tmp = yy[1];
    yy[1] = yy[0];
    while (ll !== tmp) {
      k++;
      const t2 = tmp;
      tmp = yy[k];
      yy[k] = t2;
    }
    yy[0] = tmp;
    mtfv.push(k + 1);
    mtfFreq[k + 1]++;
  }
  runs();
  mtfv.push(EOB);
  mtfFreq[EOB]++;
  const nMTF = mtfv.length;
  // sendMTFValues()
  const nGroups = nMTF < 200 ? 2 : nMTF < 600 ? 3 : nMTF < 1200 ? 4 : nMTF < 2400 ? 5 : 6;
  const len: Uint8Array[] = [];
  for (let t = 0; t < 6; t++) len.push(new Uint8Array(alphaSize).fill(15));
  let nPart = nGroups;
  let remF = nMTF;
  let gs = 0;
  while (nPart > 0) {
    const tFreq = Math.floor(remF / nPart);
    let ge = gs - 1;
    let aFreq = 0;
    while (aFreq < tFreq && ge < alphaSize - 1) aFreq += mtfFreq[++ge];
    if (ge > gs && nPart !== nGroups && nPart !== 1 && (nGroups - nPart) % 2 === 1) aFreq -= mtfFreq[ge--];
    for (let v = 0; v < alphaSize; v++) len[nPart - 1][v] = v >= gs && v <= ge ? 0 : 15;
    nPart--;
    gs = ge + 1;
    remF -= aFreq;
  }
  const selector: number[] = [];
  for (let iter = 0; iter < 4; iter++) {
    const rfreq: Int32Array[] = [];
    for (let t = 0; t < nGroups; t++) rfreq.push(new Int32Array(alphaSize));
    selector.length = 0;
    for (gs = 0; gs < nMTF; gs += 50) {
      const ge = Math.min(gs + 49, nMTF - 1);
      let bc = 999999999;
      let bt = -1;
      for (let t = 0; t < nGroups; t++) {
        let cost = 0;
        for (let i = gs; i <= ge; i++) cost += len[t][mtfv[i]];
        if (cost < bc) (bc = cost), (bt = t);
      }
      selector.push(bt);
      for (let i = gs; i <= ge; i++) rfreq[bt][mtfv[i]]++;
    }
    for (let t = 0; t < nGroups; t++) len[t] = makeCodeLengths(rfreq[t], alphaSize, 17);
  }
  const code: Int32Array[] = [];
  for (let t = 0; t < nGroups; t++) {
    const c = new Int32Array(alphaSize);
    let vec = 0;
    const lens = len[t];
    for (let l = Math.min(...lens); l <= Math.max(...lens); l++) {
      for (let i = 0; i < alphaSize; i++) if (lens[i] === l) c[i] = vec++;
      vec <<= 1;
    }
    code.push(c);
  }
  const in16: boolean[] = [];
  for (let i = 0; i < 16; i++) in16.push(inUse.slice(i * 16, i * 16 + 16).some(Boolean));
  for (let i = 0; i < 16; i++) w.bits(1, in16[i] ? 1 : 0);
  for (let i = 0; i < 16; i++) if (in16[i]) for (let j = 0; j < 16; j++) w.bits(1, inUse[i * 16 + j] ? 1 : 0);
  w.bits(3, nGroups);
  w.bits(15, selector.length);
  const pos = [0, 1, 2, 3, 4, 5];
  for (const s of selector) {
    const j = pos.indexOf(s);
    pos.splice(j, 1);
    pos.unshift(s);
    for (let k = 0; k < j; k++) w.bits(1, 1);
    w.bits(1, 0);
  }
  for (let t = 0; t < nGroups; t++) {
    let curr = len[t][0];
    w.bits(5, curr);
    for (let i = 0; i < alphaSize; i++) {
      while (curr < len[t][i]) w.bits(2, 2), curr++;
      while (curr > len[t][i]) w.bits(2, 3), curr--;
      w.bits(1, 0);
    }
  }
  for (let g = 0; g < selector.length; g++) {
    const t = selector[g];
    for (let i = g * 50; i < Math.min(g * 50 + 50, nMTF); i++) w.bits(len[t][mtfv[i]], code[t][mtfv[i]]);
  }
}

/** What bzip2 -1 ... -9 writes for the data. */
export function bzip2Bytes(data: Uint8Array, level = 9): Uint8Array {
  const w = new BitWriter();
  w.bytes([0x42, 0x5a, 0x68, 0x30 + level]);
  const max = 100000 * level - 19;
  let combined = 0;
  let block: number[] = [];
  let inUse: boolean[] = new Array(256).fill(false);
  let crc = 0xffffffff;
  let ch = 256;
  let run = 0;
  const pair = () => {
    for (let i = 0; i < run; i++) crc = crcByte(crc, ch);
    inUse[ch] = true;
    if (run < 4) for (let i = 0; i < run; i++) block.push(ch);
    else {
      inUse[run - 4] = true;
      block.push(ch, ch, ch, ch, run - 4);
    }
  };
  // a full block is written as it stands; a run not yet written goes to the next block (handle_compress)
  const write = () => {
    if (!block.length) return;
    const c = (crc ^ 0xffffffff) >>> 0;
    combined = (((combined << 1) | (combined >>> 31)) ^ c) >>> 0;
    writeBlock(w, Uint8Array.from(block), inUse, c);
    block = [];
    inUse = new Array(256).fill(false);
    crc = 0xffffffff;
  };
  for (let i = 0; i < data.length; i++) {
    const b = data[i];
    if (b !== ch && run === 1) {
      crc = crcByte(crc, ch);
      inUse[ch] = true;
      block.push(ch);
      ch = b;
    } else if (b !== ch || run === 255) {
      if (ch < 256) pair();
      ch = b;
      run = 1;
    } else run++;
    if (block.length >= max) write();
  }
  if (ch < 256) pair();
  write();
  w.bytes([0x17, 0x72, 0x45, 0x38, 0x50, 0x90]);
  w.u32(combined);
  return w.finish();
}

export const isBzip2 = (b: Uint8Array): boolean => b.length >= 3 && b[0] === 0x42 && b[1] === 0x5a && b[2] === 0x68;

/** Why reading stopped, in bzlib's terms: magic (BZ_DATA_ERROR_MAGIC), data (BZ_DATA_ERROR, a CRC too), eof (BZ_UNEXPECTED_EOF). */
export type Expanded = { ok: true; data: Uint8Array; streams: number; trailing: boolean } | { ok: false; why: 'magic' | 'data' | 'eof'; data: Uint8Array };

class Eof extends Error {}
class Bad extends Error {}

class BitReader {
  pos = 0;
  constructor(private b: Uint8Array) {}
  bits(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) {
      const byte = this.pos >> 3;
      if (byte >= this.b.length) throw new Eof();
      v = (v * 2) + ((this.b[byte] >> (7 - (this.pos & 7))) & 1);
      this.pos++;
    }
    return v;
  }
}

/** One block's data (BZ2_decompress and unRLE_obuf_to_output), from just after its magic. */
function readBlock(r: BitReader, level: number, out: number[]): number {
  const want = r.bits(32);
  if (r.bits(1)) throw new Bad(); // randomised blocks (bzip2 before 0.9.5) are not read here
  const origPtr = r.bits(24);
  const used: number[] = [];
  const in16 = r.bits(16);
  for (let i = 0; i < 16; i++) if (in16 & (0x8000 >> i)) for (let j = 0; j < 16; j++) if (r.bits(1)) used.push(i * 16 + j);
  if (!used.length) throw new Bad();
  const alphaSize = used.length + 2;
  const nGroups = r.bits(3);
  const nSelectors = r.bits(15);
  if (nGroups < 2 || nGroups > 6 || nSelectors < 1) throw new Bad();
  const pos = Array.from({ length: nGroups }, (_, i) => i);
  const selectors: number[] = [];
  for (let i = 0; i < nSelectors; i++) {
    let j = 0;
    while (r.bits(1)) if (++j >= nGroups) throw new Bad();
    const v = pos.splice(j, 1)[0];
    pos.unshift(v);
    selectors.push(v);
  }
  const tables: { limit: number[]; base: number[]; perm: number[]; min: number }[] = [];
  for (let t = 0; t < nGroups; t++) {
    const lens: number[] = [];
    let curr = r.bits(5);
    for (let i = 0; i < alphaSize; i++) {
      for (;;) {
        if (curr < 1 || curr > 20) throw new Bad();
        if (!r.bits(1)) break;
        curr += r.bits(1) ? -1 : 1;
      }
      lens.push(curr);
    }
    const min = Math.min(...lens);
    const max = Math.max(...lens);
    const perm: number[] = [];
    for (let l = min; l <= max; l++) for (let j = 0; j < alphaSize; j++) if (lens[j] === l) perm.push(j);
    const base = new Array(23).fill(0);
    for (const l of lens) base[l + 1]++;
    for (let i = 1; i < 23; i++) base[i] += base[i - 1];
    const limit = new Array(23).fill(0);
    let vec = 0;
    for (let i = min; i <= max; i++) {
      vec += base[i + 1] - base[i];
      limit[i] = vec - 1;
      vec <<= 1;
    }
    for (let i = min + 1; i <= max; i++) base[i] = ((limit[i - 1] + 1) << 1) - base[i];
    tables.push({ limit, base, perm, min });
  }
  const EOB = used.length + 1;
  const tt: number[] = [];
  const yy = used.slice();
  const max = level * 100000;
  let group = -1;
  let left = 0;
  let runLen = 0;
  let runBit = 1;
  for (;;) {
    if (left === 0) {
      if (++group >= nSelectors) throw new Bad();
      left = 50;
    }
    left--;
    const t = tables[selectors[group]];
    let n = t.min;
    let v = r.bits(n);
    while (n <= 20 && v > t.limit[n]) (v = (v << 1) | r.bits(1)), n++;
    if (n > 20) throw new Bad();
    const sym = t.perm[v - t.base[n]];
    if (sym === undefined) throw new Bad();
    if (sym <= 1) {
      runLen += (sym + 1) * runBit;
      runBit <<= 1;
      if (runLen > max) throw new Bad();
      continue;
    }
    if (runLen) {
      for (let i = 0; i < runLen; i++) tt.push(yy[0]);
      runLen = 0;
      runBit = 1;
    }
    if (sym === EOB) break;
    const c = yy.splice(sym - 1, 1)[0];
    yy.unshift(c);
    tt.push(c);
    if (tt.length > max) throw new Bad();
  }
  const n = tt.length;
  if (origPtr >= n) throw new Bad();
  // the inverse transform
  const count = new Int32Array(256);
  for (const c of tt) count[c]++;
  const start = new Int32Array(256);
  for (let i = 1; i < 256; i++) start[i] = start[i - 1] + count[i - 1];
  const next = new Int32Array(n);
  for (let i = 0; i < n; i++) next[start[tt[i]]++] = i;
  let p = next[origPtr];
  let crc = 0xffffffff;
  let last = -1;
  let same = 0;
  for (let i = 0; i < n; i++) {
    const c = tt[p];
    p = next[p];
    if (same === 4) {
      for (let k = 0; k < c; k++) out.push(last), (crc = crcByte(crc, last));
      same = 0;
      last = -1;
      continue;
    }
    same = c === last ? same + 1 : 1;
    last = c;
    out.push(c);
    crc = crcByte(crc, c);
  }
  crc = (crc ^ 0xffffffff) >>> 0;
  if (crc !== want) throw new Bad();
  return crc;
}

/** Every stream of a .bz2 file, one after the other; what follows the last one is trailing garbage. */
export function bunzip2Bytes(b: Uint8Array): Expanded {
  const out: number[] = [];
  let streams = 0;
  let at = 0;
  for (;;) {
    if (at >= b.length && streams > 0) return { ok: true, data: Uint8Array.from(out), streams, trailing: false };
    const magicOk = b.length - at >= 4 && b[at] === 0x42 && b[at + 1] === 0x5a && b[at + 2] === 0x68 && b[at + 3] >= 0x31 && b[at + 3] <= 0x39;
    if (!magicOk) {
      // fewer than 4 bytes of a first stream: its header cannot be read either
      if (streams === 0) return b.length - at < 4 && 'BZh'.startsWith(String.fromCharCode(...b.subarray(at))) ? { ok: false, why: 'eof', data: new Uint8Array(0) } : { ok: false, why: 'magic', data: new Uint8Array(0) };
      return { ok: true, data: Uint8Array.from(out), streams, trailing: true };
    }
    const r = new BitReader(b.subarray(at));
    r.pos = 32;
    let combined = 0;
    try {
      for (;;) {
        const m1 = r.bits(24);
        const m2 = r.bits(24);
        if (m1 === 0x314159 && m2 === 0x265359) {
          const c = readBlock(r, b[at + 3] - 0x30, out);
          combined = (((combined << 1) | (combined >>> 31)) ^ c) >>> 0;
        } else if (m1 === 0x177245 && m2 === 0x385090) {
          if (r.bits(32) !== combined) throw new Bad();
          break;
        } else throw new Bad();
      }
    } catch (e) {
      return { ok: false, why: e instanceof Eof ? 'eof' : 'data', data: Uint8Array.from(out) };
    }
    streams++;
    at += (r.pos + 7) >> 3;
  }
}
