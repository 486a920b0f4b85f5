/**
 * Writes the help of kmod 28's modprobe, modinfo, insmod, rmmod and depmod (Rocky 9.5 ships kmod-28) into
 * src/sim/commands/kmod/<tool>/help.ts: the help() function of tools/<tool>.c at the v28 tag, evaluated by c-usage.ts (program_invocation_short_name is
 * the name typed). The option table of each file is checked against the tool's spec (spec.ts).
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
import type { FlagSpec } from '../../src/sim/spec/types';
import { spec as modprobe } from '../../src/sim/commands/kmod/modprobe/spec';
import { spec as modinfo } from '../../src/sim/commands/kmod/modinfo/spec';
import { spec as insmod } from '../../src/sim/commands/kmod/insmod/spec';
import { spec as rmmod } from '../../src/sim/commands/kmod/rmmod/spec';
import { spec as depmod } from '../../src/sim/commands/kmod/depmod/spec';

const TAG = 'v28';
const repo = process.argv[2];
if (!repo) {
  console.error('usage: kmod-specs.ts <kmod git dir>');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '../..');
const show = (file: string) => execFileSync('git', ['-C', repo, 'show', `${TAG}:${file}`], { encoding: 'utf8', maxBuffer: 1 << 26 });

// c-usage reads a function named usage(); kmod calls its help()
const helpOf = (src: string, program: string) =>
  usageText({ source: src.replace(/static void help\(void\)/, 'static void usage(void)'), systemH: '', program });

// every long option of cmdopts[] and its short letter must be in the spec
function agree(tool: string, src: string, flags: FlagSpec[]) {
  const names = new Map<string, string | undefined>();
  for (const f of flags) for (const n of [f.long, ...(f.longAliases ?? [])]) if (n) names.set(n, f.short);
  for (const o of readOptions(src, 'cmdopts').flags) {
    if (o.long === 'help' || o.short === 'h') continue; // helpFlags: --help and -h
    if (!o.long) {
      if (!flags.some((f) => f.short === o.short)) throw new Error(`${tool}: spec lacks -${o.short}`);
      continue;
    }
    if (!names.has(o.long!)) throw new Error(`${tool}: spec lacks --${o.long}`);
    if (names.get(o.long!) !== o.short) throw new Error(`${tool} --${o.long}: short ${o.short} in kmod, ${names.get(o.long!)} in the spec`);
  }
}

const TOOLS: [name: string, file: string, flags: FlagSpec[]][] = [
  ['modprobe', 'tools/modprobe.c', modprobe.flags ?? []],
  ['modinfo', 'tools/modinfo.c', modinfo.flags ?? []],
  ['insmod', 'tools/insmod.c', insmod.flags ?? []],
  ['rmmod', 'tools/rmmod.c', rmmod.flags ?? []],
  ['depmod', 'tools/depmod.c', depmod.flags ?? []],
];
for (const [name, file, flags] of TOOLS) {
  const src = show(file);
  agree(name, src, flags);
  writeFileSync(
    path.join(root, `src/sim/commands/kmod/${name}/help.ts`),
    `// \`${name} --help\` of kmod 28 (${file} help()). Written by scripts/golden/kmod-specs.ts.\nexport const help = ${JSON.stringify(helpOf(src, name))};\n`,
  );
  console.log(`${name}: help written, options agree with the spec`);
}
