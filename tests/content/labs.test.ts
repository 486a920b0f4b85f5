/**
 * Every lab in content/labs: valid against the schema, and its solution, replayed headlessly against the
 * simulator, makes every step's check hold (and no check holds before its step ran).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createSession } from '../../src/sim/index';
import '../../src/sim/k8s/register';
import { labSchema, describeIssues } from '../../src/sim/lab/schema';
import { replayLab } from '../../src/sim/lab/replay';

const dir = join(process.cwd(), 'content/labs');
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

function lessonFiles(d: string): string[] {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? lessonFiles(join(d, e.name)) : e.name.endsWith('.mdx') ? [join(d, e.name)] : [],
  );
}

describe('content/labs', () => {
  it('has labs', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('every lab a lesson names (frontmatter `lab:` or <Lab id="…" />) exists', () => {
    const known = new Set(files.map((f) => f.replace(/\.yaml$/, '')));
    const missing: string[] = [];
    let used = 0;
    for (const file of lessonFiles(join(process.cwd(), 'content/lessons'))) {
      const text = readFileSync(file, 'utf8');
      const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      const ids = [
        ...[...front.matchAll(/^lab:\s*['"]?([\w-]+)['"]?\s*$/gm)].map((m) => m[1]),
        ...[...text.matchAll(/<Lab\s+id=["']([\w-]+)["']/g)].map((m) => m[1]),
      ];
      for (const id of ids) {
        used++;
        if (!known.has(id)) missing.push(`${file}: ${id}`);
      }
    }
    expect(missing).toEqual([]);
    expect(used).toBeGreaterThan(0);
  });

  for (const file of files) {
    describe(file, () => {
      const raw = parse(readFileSync(join(dir, file), 'utf8'));
      const parsed = labSchema.safeParse(raw);

      it('is valid', () => {
        expect(parsed.success ? [] : describeIssues(parsed.error)).toEqual([]);
      });

      it('replays its solution and every check holds', async () => {
        if (!parsed.success) throw new Error('invalid lab');
        const lab = parsed.data;
        const results = await replayLab(lab, (l) =>
          createSession({
            lab: l.start.lab,
            files: Object.fromEntries(l.start.files.map((f) => [f.host ? `${f.host}:${f.path}` : f.path, f.content])),
          }),
        );
        expect(results.map((r) => r.id)).toEqual(lab.steps.map((s) => s.id));
        for (const r of results) {
          expect({ step: r.id, ok: r.ok, reason: r.reason }).toEqual({ step: r.id, ok: true, reason: undefined });
          expect({ step: r.id, heldBefore: r.heldBefore }).toEqual({ step: r.id, heldBefore: false });
        }
      }, 30_000);
    });
  }
});
