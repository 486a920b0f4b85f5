// The shape of src/sim: no import cycle, no file over about 600 lines. Today's exceptions are named with their
// owner's area and may only shrink: a test fails when one is fixed, so the list is cut as it happens.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SIM = path.resolve(import.meta.dirname, '../../../../src/sim');

function files(dir: string, out: string[] = []): string[] {
  for (const n of readdirSync(dir)) {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) files(p, out);
    else if (n.endsWith('.ts')) out.push(p);
  }
  return out;
}

const rel = (p: string) => path.relative(SIM, p).split(path.sep).join('/');
const all = files(SIM);

/** Static value imports (type-only imports and dynamic import() do not make a load-time cycle). */
function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(?!type\b)([^'";]*?\bfrom\s+)?['"](\.[^'"]+)['"]/gm;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (m[1] === 'export' && !m[2]) continue;
    const base = path.resolve(path.dirname(file), m[3]);
    const target = [base + '.ts', path.join(base, 'index.ts'), base].find((c) => all.includes(c));
    if (target) out.push(target);
  }
  return out;
}

/** Strongly connected components with more than one file (or a file importing itself). */
function cycles(): string[][] {
  const graph = new Map(all.map((f) => [f, imports(f)]));
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const comp: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1 || graph.get(v)!.includes(v)) out.push(comp.map(rel).sort());
    }
  };
  for (const f of all) if (!idx.has(f)) visit(f);
  return out.sort((a, b) => a[0].localeCompare(b[0]));
}

/** Import cycles known today (known-cycles.json: the files of each), being removed by their owners. */
const KNOWN_CYCLES = JSON.parse(readFileSync(path.join(import.meta.dirname, 'known-cycles.json'), 'utf8')) as string[][];

/** Files over the limit today (oversize.json: lines each); each may only get shorter, and leaves the list once under it. */
const LIMIT = 600;
const OVERSIZE: Record<string, number> = JSON.parse(readFileSync(path.join(import.meta.dirname, 'oversize.json'), 'utf8'));

describe('src/sim layout', () => {
  it('has no import cycle beyond the known ones', () => {
    expect(cycles()).toEqual(KNOWN_CYCLES);
  });

  it(`has no file over ${LIMIT} lines beyond the known ones, and those do not grow`, () => {
    const over: Record<string, number> = {};
    for (const f of all) {
      const n = readFileSync(f, 'utf8').split('\n').length - 1;
      if (n > LIMIT) over[rel(f)] = n;
    }
    for (const [f, n] of Object.entries(over)) {
      expect(OVERSIZE[f], `${f} has ${n} lines (limit ${LIMIT})`).toBeDefined();
      expect(n, `${f} grew`).toBeLessThanOrEqual(OVERSIZE[f]);
    }
    for (const f of Object.keys(OVERSIZE)) expect(over[f], `${f} is under ${LIMIT} lines now: take it off oversize.json`).toBeDefined();
  });
});
