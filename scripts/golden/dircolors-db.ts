/**
 * Writes dircolors' built-in database (G_line of coreutils 8.32: src/dircolors.hin as src/dcgen turns it into
 * src/dircolors.h, each run of blanks made one space and empty lines dropped) into
 * src/sim/commands/coreutils/dircolors/db.ts.
 *
 *   npx tsx scripts/golden/dircolors-db.ts <coreutils git dir>
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const repo = process.argv[2];
if (!repo) {
  console.error('usage: dircolors-db.ts <coreutils git dir>');
  process.exit(2);
}
const hin = execSync(`git -C ${repo} show v8.32:src/dircolors.hin`, { encoding: 'utf8' });
const lines = hin
  .split('\n')
  .map((l) => l.replace(/[ \t]+/g, ' '))
  .filter((l) => l !== '' && l !== '0');
const out = path.resolve(import.meta.dirname, '../../src/sim/commands/coreutils/dircolors/db.ts');
writeFileSync(
  out,
  "// dircolors' built-in database of GNU coreutils 8.32 (src/dircolors.hin as src/dcgen compiles it), written by\n" +
    '// scripts/golden/dircolors-db.ts; loaded with dircolors.\n' +
    `export const DATABASE: readonly string[] = ${JSON.stringify(lines, null, 2)};\n`,
);
console.log(`wrote ${lines.length} lines`);
