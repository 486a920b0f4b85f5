// The kubelet's help texts load with the kubelet command: the modules on the lab page's first load (the k8s
// registration, the node runtime that writes the kubelet's journal, the world) reach neither the help module nor its
// flag table through static imports; the journal's deprecation lines use the small compact flag list.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SIM = path.resolve(import.meta.dirname, '../../../../src/sim');

function staticImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(?!type\b)([^'";]*?\bfrom\s+)?['"](\.[^'"]+)['"]/gm;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    if (m[1] === 'export' && !m[2]) continue;
    const base = path.resolve(path.dirname(file), m[3]);
    const target = [base + '.ts', path.join(base, 'index.ts'), base].find((c) => existsSync(c) && c.endsWith('.ts'));
    if (target) out.push(target);
  }
  return out;
}

function closure(start: string): Set<string> {
  const seen = new Set<string>();
  const todo = [start];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...staticImports(f));
  }
  return seen;
}

describe('kubelet help loads lazily', () => {
  for (const entry of ['k8s/register.ts', 'k8s/node-runtime.ts', 'k8s/world.ts']) {
    it(`${entry} does not import the help or its flag table`, () => {
      const reached = [...closure(path.join(SIM, entry))].map((f) => path.relative(SIM, f));
      expect(reached.length).toBeGreaterThan(1);
      expect(reached.filter((f) => /^k8s\/kubelet\/(help|help-v1-28|run)\.ts$/.test(f))).toEqual([]);
    });
  }
  it('the node runtime gets the deprecation messages from the small flag list', () => {
    const reached = [...closure(path.join(SIM, 'k8s/node-runtime.ts'))].map((f) => path.relative(SIM, f));
    expect(reached).toContain('k8s/kubelet/flag-names.ts');
    expect(readFileSync(path.join(SIM, 'k8s/kubelet/flag-names.ts'), 'utf8').length).toBeLessThan(8000);
  });
});
