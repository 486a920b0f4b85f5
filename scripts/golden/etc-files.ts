/**
 * Checks the guest's packaged /etc files against their el9 sources, or writes them again with --write:
 * /etc/DIR_COLORS{,.lightbgcolor} (coreutils v8.32 src/dircolors.hin through the el9 spec's sed lines, then
 * coreutils-8.32-DIR_COLORS.patch), /etc/sudoers (sudo el9 SOURCES/sudoers), /etc/profile.d/less.sh (less el9
 * SOURCES/less.sh) and bash_completion.sh (bash-completion 2.11's bash_completion.sh.in as its Makefile fills it).
 * /etc/profile and /etc/bashrc (src/sim/data/etc-setup.ts) are checked by applying setup's el9 patches in reverse.
 *
 *   npx tsx scripts/golden/etc-files.ts <coreutils git> <openela coreutils git> <openela sudo git> <openela less git> \
 *     <bash-completion git> <openela setup git> [--write]
 * (openela-main/{coreutils,sudo,less,setup} branch el9; coreutils/coreutils; scop/bash-completion)
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DIR_COLORS, DIR_COLORS_LIGHTBG } from '../../src/sim/data/dir-colors';
import { SUDOERS } from '../../src/sim/data/sudoers';
import { PROFILE_D_MORE } from '../../src/sim/data/profile-d-more';
import { ETC_BASHRC, ETC_PROFILE } from '../../src/sim/data/etc-setup';

const [cu, elCu, elSudo, elLess, bc, elSetup] = process.argv.slice(2);
const write = process.argv.includes('--write');
if (!elSetup) {
  console.error('usage: etc-files.ts <coreutils> <el coreutils> <el sudo> <el less> <bash-completion> <el setup> [--write]');
  process.exit(2);
}
const show = (repo: string, rev: string) => execFileSync('git', ['-C', repo, 'show', rev], { encoding: 'utf8', maxBuffer: 1 << 24 });
const tmp = mkdtempSync(path.join(tmpdir(), 'etc-files-'));

// coreutils.spec %prep: the two sed lines, then the downstream patch
const hin = show(cu, 'v8.32:src/dircolors.hin');
writeFileSync(path.join(tmp, 'DIR_COLORS'), hin.replace(/ 00;36$/gm, ' 01;36'));
writeFileSync(path.join(tmp, 'DIR_COLORS.lightbgcolor'), hin.replace(/ 01;31$/gm, ' 00;31').replace(/ 01;35$/gm, ' 00;35'));
writeFileSync(path.join(tmp, 'p.patch'), show(elCu, 'el9:SOURCES/coreutils-8.32-DIR_COLORS.patch'));
execSync('patch -s -p1 < p.patch', { cwd: tmp });
const want: Record<string, [string, string]> = {
  DIR_COLORS: [readFileSync(path.join(tmp, 'DIR_COLORS'), 'utf8'), DIR_COLORS],
  'DIR_COLORS.lightbgcolor': [readFileSync(path.join(tmp, 'DIR_COLORS.lightbgcolor'), 'utf8'), DIR_COLORS_LIGHTBG],
  sudoers: [show(elSudo, 'el9:SOURCES/sudoers'), SUDOERS],
  'less.sh': [show(elLess, 'el9:SOURCES/less.sh'), PROFILE_D_MORE['less.sh']],
  'bash_completion.sh': [show(bc, '2.11:bash_completion.sh.in').replace(/@datadir@/g, '/usr/share').replace(/@PACKAGE@/g, 'bash-completion'), PROFILE_D_MORE['bash_completion.sh']],
};
let bad = 0;
for (const [name, [source, model]] of Object.entries(want))
  if (source !== model) {
    console.log(`${name}: differs from its source`);
    bad++;
  }

// setup: the el9 patches must come off /etc/bashrc and /etc/profile at their exact lines
writeFileSync(path.join(tmp, 'bashrc'), ETC_BASHRC);
writeFileSync(path.join(tmp, 'profile'), ETC_PROFILE);
const only = (patch: string, file: string) =>
  show(elSetup, `el9:SOURCES/${patch}`).split(/(?=^diff --git )/m).filter((p) => p.startsWith(`diff --git a/${file} `)).join('');
for (const [patch, file] of [['dont-set-hardcoded-umask.patch', 'bashrc'], ['bashrc-remove-VTE-specific-PROMPT_COMMAND.patch', 'bashrc'], ['setup-hostname.patch', 'profile']]) {
  writeFileSync(path.join(tmp, 'r.patch'), only(patch, file));
  const out = execSync('patch -R -p1 < r.patch', { cwd: tmp, encoding: 'utf8' });
  if (/offset|fuzz|FAILED/.test(out)) {
    console.log(`${patch}: does not come off ${file} cleanly\n${out}`);
    bad++;
  }
}

if (write) {
  const j = JSON.stringify;
  const f = 'src/sim/data/dir-colors.ts';
  const text = readFileSync(f, 'utf8');
  writeFileSync(f, text.replace(/export const DIR_COLORS = .*\n/, `export const DIR_COLORS = ${j(want.DIR_COLORS[0])};\n`).replace(/export const DIR_COLORS_LIGHTBG = .*\n/, `export const DIR_COLORS_LIGHTBG = ${j(want['DIR_COLORS.lightbgcolor'][0])};\n`));
  const s = 'src/sim/data/sudoers.ts';
  writeFileSync(s, readFileSync(s, 'utf8').replace(/export const SUDOERS = .*\n/, `export const SUDOERS = ${j(want.sudoers[0])};\n`));
  console.log('wrote dir-colors.ts and sudoers.ts');
} else console.log(bad ? `${bad} difference(s)` : 'all match their sources');
process.exit(bad && !write ? 1 : 0);
