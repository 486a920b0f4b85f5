// src/sim/commands/DIFFERENCES-missing.md against the registry: every command listed as missing is one the guest
// does not answer, every one listed as registered is, and every registered guest command is in the table.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestCommands } from '../../../src/sim/commands/guest';

const md = readFileSync(path.resolve(import.meta.dirname, '../../../src/sim/commands/DIFFERENCES-missing.md'), 'utf8');
const rows = md
  .split('\n')
  .filter((l) => l.startsWith('| ') && !l.startsWith('| package') && !l.startsWith('| ---'))
  .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));
const words = (c: string | undefined) => (c ? c.split(/\s+/).filter(Boolean) : []);
const registered = new Set(manifestCommands().flatMap((c) => [c.name, ...c.aliases]));

describe('DIFFERENCES-missing.md and the guest registry', () => {
  it('has the survey', () => expect(rows.length).toBeGreaterThan(40));

  it('no command listed as missing is registered (a registered one moves to the registered column)', () => {
    const wrong = rows.flatMap((r) => words(r[2]).filter((n) => registered.has(n)).map((n) => `${r[0]}: ${n}`));
    expect(wrong).toEqual([]);
  });

  it('every command listed as registered is', () => {
    const wrong = rows.flatMap((r) => words(r[1]).filter((n) => !registered.has(n)).map((n) => `${r[0]}: ${n}`));
    expect(wrong).toEqual([]);
  });

  it('every registered guest command is in the table', () => {
    const listed = new Set(rows.flatMap((r) => words(r[1])));
    expect([...registered].filter((n) => !listed.has(n)).sort()).toEqual([]);
  });
});
