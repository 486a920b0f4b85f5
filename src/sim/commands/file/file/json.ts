// file_is_json() of file 5.39 (src/is_json.c, JSON_COUNT 0), step by step: the first value only (what follows it
// is not looked at), an object or an array somewhere in it, and its parser's own leniencies (`[1,]` passes,
// json_parse_const() takes any letters of the right length).
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

interface P {
  b: Uint8Array;
  at: number;
  objects: number;
  arrays: number;
}

function skip(p: P): void {
  while (p.at < p.b.length && isSpace(p.b[p.at])) p.at++;
}

function str(p: P): boolean {
  const { b } = p;
  while (p.at < b.length) {
    const c = b[p.at++];
    if (c === 0) return false;
    if (c === 0x5c) {
      if (p.at === b.length) return false;
      const e = b[p.at++];
      if (e === 0) return false;
      if ('"\\/bfnrt'.includes(String.fromCharCode(e))) continue;
      if (e === 0x75) {
        if (b.length - p.at < 4) {
          p.at = b.length;
          return false;
        }
        for (let i = 0; i < 4; i++) if (!isHex(b[p.at++])) return false;
        continue;
      }
      return false;
    }
    if (c === 0x22) return true;
  }
  return false;
}

function array(p: P, lvl: number): boolean {
  const { b } = p;
  while (p.at < b.length) {
    if (b[p.at] === 0x5d) {
      p.arrays++;
      p.at++;
      return true;
    }
    if (!value(p, lvl + 1)) return false;
    if (p.at === b.length) return false;
    if (b[p.at] === 0x2c) {
      p.at++;
      continue;
    }
    if (b[p.at] === 0x5d) {
      p.arrays++;
      p.at++;
      return true;
    }
    return false;
  }
  return false;
}

function object(p: P, lvl: number): boolean {
  const { b } = p;
  while (p.at < b.length) {
    skip(p);
    if (p.at === b.length) return false;
    if (b[p.at] === 0x7d) {
      p.at++;
      return true;
    }
    if (b[p.at++] !== 0x22) return false;
    if (!str(p)) return false;
    skip(p);
    if (p.at === b.length) return false;
    if (b[p.at++] !== 0x3a) return false;
    if (!value(p, lvl + 1)) return false;
    if (p.at === b.length) return false;
    const c = b[p.at++];
    if (c === 0x2c) continue;
    if (c === 0x7d) return true;
    p.at--;
    return false;
  }
  return false;
}

function num(p: P): boolean {
  const { b } = p;
  let got = false;
  if (p.at === b.length) return false;
  if (b[p.at] === 0x2d) p.at++;
  for (; p.at < b.length && isDigit(b[p.at]); p.at++) got = true;
  if (p.at === b.length) return got;
  if (b[p.at] === 0x2e) p.at++;
  for (; p.at < b.length && isDigit(b[p.at]); p.at++) got = true;
  if (p.at === b.length) return got;
  if (got && (b[p.at] === 0x65 || b[p.at] === 0x45)) {
    p.at++;
    got = false;
    if (p.at === b.length) return got;
    if (b[p.at] === 0x2b || b[p.at] === 0x2d) p.at++;
    for (; p.at < b.length && isDigit(b[p.at]); p.at++) got = true;
  }
  return got;
}

/** json_parse_const(): it compares nothing, it only needs sizeof(str) - 2 more bytes. */
function constant(p: P, word: string): boolean {
  let len = word.length;
  while (p.at < p.b.length && --len) p.at++;
  return len === 0;
}

function value(p: P, lvl: number): boolean {
  skip(p);
  if (p.at === p.b.length) return false;
  if (lvl > 20) return false;
  const c = p.b[p.at++];
  let rv: boolean;
  if (c === 0x22) rv = str(p);
  else if (c === 0x5b) rv = array(p, lvl + 1);
  else if (c === 0x7b) {
    rv = object(p, lvl + 1);
    if (rv) p.objects++;
  } else if (c === 0x74 || c === 0x6e) rv = constant(p, 'true');
  else if (c === 0x66) rv = constant(p, 'false');
  else {
    p.at--;
    rv = num(p);
  }
  skip(p);
  return rv;
}

/** Whether file 5.39 calls the bytes "JSON data". */
export function json(b: Uint8Array): boolean {
  const p: P = { b, at: 0, objects: 0, arrays: 0 };
  return value(p, 0) && (p.arrays > 0 || p.objects > 0);
}
