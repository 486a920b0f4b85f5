/**
 * Writes the help and usage texts of whatis and apropos into src/sim/commands/man-db/whatis/help.ts.
 *
 *   npx tsx scripts/golden/man-db-whatis-spec.ts
 *
 * They are this machine's whatis and apropos (man-db 2.11.2; Rocky 9.5 has 2.9.3, see man-db/DIFFERENCES.md),
 * run without a terminal: argp's --help and --usage of src/whatis.c.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const run = (prog: string, arg: string) => execFileSync(prog, [arg], { encoding: 'utf8', env: { ...process.env, COLUMNS: '80', LC_ALL: 'C.UTF-8' } });
const version = run('whatis', '--version').trim().split(' ')[1];
writeFileSync(
  path.join(root, 'src/sim/commands/man-db/whatis/help.ts'),
  `// \`whatis\` and \`apropos\` --help and --usage (argp, stdout, status 0), recorded from man-db ${version} by\n` +
    `// scripts/golden/man-db-whatis-spec.ts; edit that script, not this file.\n` +
    `export const whatisHelp = ${JSON.stringify(run('whatis', '--help'))};\n` +
    `export const whatisUsage = ${JSON.stringify(run('whatis', '--usage'))};\n` +
    `export const aproposHelp = ${JSON.stringify(run('apropos', '--help'))};\n` +
    `export const aproposUsage = ${JSON.stringify(run('apropos', '--usage'))};\n`,
);
