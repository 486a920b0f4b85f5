/**
 * Writes modprobe's help of kmod 28 (Rocky 9.5 ships kmod-28) into src/sim/commands/kmod/modprobe/help.ts: the
 * help() function of tools/modprobe.c at the v28 tag, evaluated by c-usage.ts (program_invocation_short_name is
 * the name typed, `modprobe`). The option table of the same file is checked against the spec (spec.ts).
 *
 *   npx tsx scripts/golden/kmod-specs.ts <kmod git dir>
 *
 * The git dir is a clone of https://github.com/kmod-project/kmod with its tags.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { usageText } from './c-usage';
import { readOptions } from './c-options';
import { spec } from '../../src/sim/commands/kmod/modprobe/spec';

const TAG = 'v28';
const repo = process.argv[2];
if (!repo) {
  console.error('usage: kmod-specs.ts <kmod git dir>');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '../..');
const src = execFileSync('git', ['-C', repo, 'show', `${TAG}:tools/modprobe.c`], { encoding: 'utf8', maxBuffer: 1 << 26 });

// c-usage reads a function named usage(); kmod calls its help()
const help = usageText({ source: src.replace(/static void help\(void\)/, 'static void usage(void)'), systemH: '', program: 'modprobe' });

// every long option of cmdopts[] and its short letter must be in the spec
const names = new Map<string, string | undefined>();
for (const f of spec.flags ?? []) for (const n of [f.long, ...(f.longAliases ?? [])]) if (n) names.set(n, f.short);
for (const o of readOptions(src, 'cmdopts').flags) {
  if (o.long === 'help') continue; // helpFlags: --help and -h
  if (!names.has(o.long!)) throw new Error(`spec lacks --${o.long}`);
  if (names.get(o.long!) !== o.short) throw new Error(`--${o.long}: short ${o.short} in kmod, ${names.get(o.long!)} in the spec`);
}

writeFileSync(
  path.join(root, 'src/sim/commands/kmod/modprobe/help.ts'),
  `// \`modprobe --help\` of kmod 28 (tools/modprobe.c help()). Written by scripts/golden/kmod-specs.ts.\nexport const help = ${JSON.stringify(help)};\n`,
);
console.log('modprobe: help written, options agree with the spec');
