/**
 * Writes lspci's help of pciutils 3.7.0 (Rocky 9.5 ships pciutils-3.7.0) into
 * src/sim/commands/pciutils/lspci/help.ts: help_msg[] of lspci.c at the v3.7.0 tag with GENERIC_HELP of
 * pciutils.h, for the build Fedora's and RHEL's spec file makes on x86_64 Linux: PCI_OS_LINUX, the Intel
 * configuration-port and dump access methods (lib/configure), PCI_USE_DNS (configure finds resolv.h; the spec
 * does not set DNS=no) and the ID file /usr/share/hwdata/pci.ids (IDSDIR=/usr/share/hwdata PCI_IDS=pci.ids).
 *
 *   npx tsx scripts/golden/pciutils-specs.ts <pciutils git dir>
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const repo = process.argv[2];
if (!repo) throw new Error('usage: pciutils-specs.ts <pciutils git dir>');
const show = (f: string) => execFileSync('git', ['-C', repo, 'show', `v3.7.0:${f}`], { encoding: 'utf8' });
const DEFINED = new Set(['PCI_OS_LINUX', 'PCI_USE_DNS', 'PCI_HAVE_PM_INTEL_CONF', 'PCI_HAVE_PM_DUMP']);

/** The string literals of a C initializer, keeping the lines whose #ifdef holds. */
function literals(src: string, macros: Record<string, string>): string {
  let out = '';
  const keep: boolean[] = [];
  for (const line of src.split('\n')) {
    const d = /^#\s*(ifdef|ifndef|if defined\((\w+)\) && !defined\((\w+)\)|else|endif)\s*(\w*)/.exec(line);
    if (d) {
      if (d[1] === 'ifdef') keep.push(DEFINED.has(d[4]));
      else if (d[1] === 'ifndef') keep.push(!DEFINED.has(d[4]));
      else if (d[1] === 'else') keep.push(!keep.pop()!);
      else if (d[1] === 'endif') keep.pop();
      else keep.push(DEFINED.has(d[2]) && !DEFINED.has(d[3]));
      continue;
    }
    if (keep.includes(false)) continue;
    for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"|\b([A-Z_]+)\b/g)) {
      if (m[1] !== undefined) out += JSON.parse(`"${m[1].replace(/\\t/g, '\\t')}"`);
      else if (macros[m[2]] !== undefined) out += macros[m[2]];
    }
  }
  return out;
}

const h = show('pciutils.h');
const macros: Record<string, string> = {};
for (const name of ['GENHELP_INTEL', 'GENHELP_DUMP', 'GENERIC_HELP']) {
  // the first definition is the configured one (the #else branch defines it empty)
  const m = new RegExp(`#define ${name} ((?:.*\\\\\\n)*.*)`).exec(h)!;
  macros[name] = literals(m[1].replace(/\\\n/g, '\n'), macros);
}
const lspci = show('lspci.c');
const body = /static char help_msg\[\] =\n([\s\S]*?)\n;/.exec(lspci)![1];
const help = literals(body, macros).replace('%s', '/usr/share/hwdata/pci.ids');
writeFileSync(
  path.resolve(import.meta.dirname, '../../src/sim/commands/pciutils/lspci/help.ts'),
  `// lspci's help_msg[] of pciutils 3.7.0 (lspci.c, GENERIC_HELP of pciutils.h) as Rocky's build prints it.\n// Written by scripts/golden/pciutils-specs.ts.\nexport const help = ${JSON.stringify(help)};\n`,
);
console.log(help);
