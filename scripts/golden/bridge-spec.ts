/**
 * Writes the usage texts of iproute2 6.2's bridge (Rocky 9.5 ships iproute-6.2.0) into
 * src/sim/commands/iproute/bridge/help.ts: usage() of bridge/bridge.c, link.c, vlan.c, fdb.c and mdb.c at the
 * v6.2.0 tag (each prints to stderr and exits -1), and the version string of include/version.h.
 *
 *   npx tsx scripts/golden/bridge-spec.ts <iproute2 git dir>
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const repo = process.argv[2];
if (!repo) throw new Error('usage: bridge-spec.ts <iproute2 git dir>');
const show = (f: string) => execFileSync('git', ['-C', repo, 'show', `v6.2.0:${f}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
const lits = (s: string) => [...s.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1].replace(/\t/g, '\\t')}"`)).join('');

const usage: Record<string, string> = {};
for (const f of ['bridge', 'link', 'vlan', 'fdb', 'mdb']) {
  const src = show(`bridge/${f}.c`);
  const m = /\nstatic void usage\(void\)\n\{\n\tfprintf\(stderr,([\s\S]*?)\);\n\texit\(-1\);\n\}/.exec(src);
  if (!m) throw new Error(`no usage() in bridge/${f}.c`);
  usage[f] = lits(m[1]);
}
const version = /version\[\] = "([^"]+)"/.exec(show('include/version.h'))![1];
writeFileSync(
  path.resolve(import.meta.dirname, '../../src/sim/commands/iproute/bridge/help.ts'),
  `// usage() of iproute2 6.2's bridge/{bridge,link,vlan,fdb,mdb}.c and include/version.h. Written by scripts/golden/bridge-spec.ts.\nexport const usage: Record<string, string> = ${JSON.stringify(usage, null, 2)};\nexport const version = ${JSON.stringify(version)};\n`,
);
for (const [k, v] of Object.entries(usage)) console.log(`== ${k}\n${v}`);
