/**
 * Writes src/sim/commands/systemd/systemd-analyze/unit-keys.ts: the settings each unit file section takes and the
 * parser that reads each (config_parse_*), from src/core/load-fragment-gperf.gperf.in of the RHEL 9 systemd tree
 * (https://github.com/redhat-plumbers/systemd-rhel9, tag v252-46), its Jinja macros expanded for the unit types
 * that use them and both branches of each build condition kept (a key a build leaves out still parses, with a
 * warning). systemd-analyze verify answers `Unknown key` for any other. Also the names of the units systemd installs.
 *   npx tsx scripts/golden/systemd-unit-keys.ts <systemd-rhel9 git dir>
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const gitDir = process.argv[2];
if (!gitDir) throw new Error('usage: systemd-unit-keys.ts <systemd-rhel9 git dir>');
const text = execFileSync('git', ['--git-dir', gitDir, 'show', 'v252-46:src/core/load-fragment-gperf.gperf.in'], { encoding: 'utf8' });
const lines = text.split('\n');
const macros = new Map<string, string[]>();
const body: string[] = [];
let cur: string[] | null = null;
let inBody = false;
for (const l of lines) {
  const m = /^\{%-? macro (\w+)\(type\) -?%\}/.exec(l);
  if (m) {
    macros.set(m[1], (cur = []));
    continue;
  }
  if (/^\{%-? endmacro -?%\}/.test(l)) {
    cur = null;
    continue;
  }
  if (cur) {
    cur.push(l);
    continue;
  }
  // the keyword list follows the one %% line
  if (l === '%%') {
    inBody = true;
    continue;
  }
  if (inBody) body.push(l);
}
const keys = new Map<string, Map<string, string>>();
const add = (l: string) => {
  const m = /^(\w+)\.(\w+),\s*(\w+)/.exec(l);
  if (!m) return;
  if (!keys.has(m[1])) keys.set(m[1], new Map());
  const parser = m[3] === 'NULL' ? '' : m[3].replace(/^config_parse_/, '');
  if (!keys.get(m[1])!.has(m[2])) keys.get(m[1])!.set(m[2], parser);
};
for (const l of body) {
  const call = /^\{\{ (\w+)\('(\w+)'\) \}\}$/.exec(l);
  if (call) {
    for (const x of macros.get(call[1]) ?? []) add(x.replace(/\{\{type\}\}/g, call[2]));
    continue;
  }
  add(l);
}
// the units systemd itself installs (units/, templates as name@.type), for Requires= of units the box has
const units = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '--name-only', 'v252-46', 'units/'], { encoding: 'utf8' })
  .split('\n')
  .map((f) => f.replace(/^units\//, '').replace(/\.in$/, ''))
  .filter((f) => /\.(service|socket|target|timer|mount|automount|swap|path|slice)$/.test(f));
const obj = Object.fromEntries([...keys].map(([s, m]) => [s, Object.fromEntries(m)]));
const out = path.join(path.dirname(new URL(import.meta.url).pathname), '../../src/sim/commands/systemd/systemd-analyze/unit-keys.ts');
writeFileSync(
  out,
  `// The settings of each unit file section and the parser that reads each (config_parse_*), from
// src/core/load-fragment-gperf.gperf.in of systemd v252-46 (redhat-plumbers/systemd-rhel9).
// Written by scripts/golden/systemd-unit-keys.ts; edit that script, not this file.
export const UNIT_KEYS: Record<string, Record<string, string>> = ${JSON.stringify(obj)};

/** The units systemd v252-46 installs (its units/ directory). */
export const SYSTEMD_UNITS: string[] = ${JSON.stringify(units)};
`,
);
console.log(out, [...keys].map(([s, m]) => `${s}:${m.size}`).join(' '));
