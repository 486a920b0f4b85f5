/**
 * Writes the policy modules of Rocky 9.5's targeted policy store (selinux-policy 38.1.45) into
 * src/sim/commands/selinux/modules.ts: `base` (the modules policy/modules.conf marks `= base` are built into it)
 * and every module marked `= module`, in strcmp() order as libsemanage's semanage_get_active_modules() sorts them.
 *
 *   npx tsx scripts/golden/selinux-modules.ts <selinux-policy git dir>
 *
 * The git dir is a clone of https://github.com/fedora-selinux/selinux-policy with its tags. The el9 package builds
 * from its own modules-targeted-*.conf (distribution package sources, not in this repository), so a module it
 * leaves out or adds shows differently here (DIFFERENCES.md).
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const TAG = 'v38.1.45';
const repo = process.argv[2];
if (!repo) {
  console.error('usage: selinux-modules.ts <selinux-policy git dir>');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '../..');
const conf = execSync(`git --git-dir=${repo} show ${TAG}:policy/modules.conf`, { encoding: 'utf8', maxBuffer: 1 << 26 });
const names = new Set<string>(['base']);
for (const l of conf.split('\n')) {
  const m = /^([A-Za-z0-9_-]+)\s*=\s*module\s*$/.exec(l);
  if (m) names.add(m[1]);
}
const sorted = [...names].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : a === b ? 0 : 1));
const lines = [
  `// The modules of Rocky 9.5's targeted policy store: base and the \`= module\` entries of selinux-policy ${TAG}`,
  '// policy/modules.conf, in strcmp() order. Written by scripts/golden/selinux-modules.ts; edit that script, not this file.',
  'export const MODULES: string[] = [',
];
for (let i = 0; i < sorted.length; i += 8) lines.push('  ' + sorted.slice(i, i + 8).map((n) => `'${n}'`).join(', ') + ',');
lines.push('];', '');
writeFileSync(path.join(root, 'src/sim/commands/selinux/modules.ts'), lines.join('\n'));
console.log(`wrote ${sorted.length} modules`);
