/**
 * Writes the sudoers Defaults table of sudo 1.9.5p2 (plugins/sudoers/def_data.in: each name, its type and, for a
 * tuple, its values) into src/sim/commands/sudo/visudo/defaults.ts, for visudo's checks.
 *
 *   npx tsx scripts/golden/sudoers-defaults.ts <sudo git dir>
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const TAG = 'SUDO_1_9_5p2';
const repo = process.argv[2];
if (!repo) {
  console.error('usage: sudoers-defaults.ts <sudo git dir>');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '../..');
const text = execSync(`git --git-dir=${repo} show ${TAG}:plugins/sudoers/def_data.in`, { encoding: 'utf8' });
const rows: string[] = [];
const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
for (let i = 0; i < lines.length; i++) {
  if (lines[i].startsWith('\t')) continue;
  const name = lines[i].trim();
  const type = lines[i + 1].trim();
  let values = '';
  if (type.includes('T_TUPLE')) values = lines[i + 3].trim();
  rows.push(`  ['${name}', '${type}'${values ? `, '${values}'` : ''}],`);
}
const out = [
  `// The Defaults of sudoers in sudo 1.9.5p2 (plugins/sudoers/def_data.in of ${TAG}): name, type, the values of a tuple.`,
  '// Written by scripts/golden/sudoers-defaults.ts; edit that script, not this file.',
  'export const DEFAULTS: [name: string, type: string, values?: string][] = [',
  ...rows,
  '];',
  '',
];
writeFileSync(path.join(root, 'src/sim/commands/sudo/visudo/defaults.ts'), out.join('\n'));
console.log(`wrote ${rows.length} defaults`);
