/**
 * Writes the usage texts of arping and clockdiff of iputils 20210202 (Rocky 9.5's iputils-20210202) into
 * src/sim/commands/iputils/{arping,clockdiff}/help.ts.
 *
 *   npx tsx scripts/golden/iputils-specs.ts <iputils git dir>
 *
 * arping.c's usage() prints `(DEFAULT_DEVICE)` only when the build sets ARPING_DEFAULT_DEVICE, which meson's
 * default (meson_options.txt: '') leaves unset, so that part is taken out before reading.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printed } from './c-printed';

const TAG = '20210202';
const repo = process.argv[2];
if (!repo) throw new Error('usage: iputils-specs.ts <iputils git dir>');
const root = path.resolve(import.meta.dirname, '../..');
const show = (file: string) => execFileSync('git', ['-C', repo, 'show', `${TAG}:${file}`], { encoding: 'utf8', maxBuffer: 1 << 26 });

const options = show('meson_options.txt');
if (!/option\('ARPING_DEFAULT_DEVICE', type : 'string', value : ''/.test(options)) throw new Error('ARPING_DEFAULT_DEVICE has a default');
const arping = show('arping.c').replace(/#ifdef DEFAULT_DEVICE_STR\n[^#]*#endif\n/, '');
const clockdiff = show('clockdiff.c');

const write = (tool: string, comment: string, text: string) =>
  writeFileSync(path.join(root, 'src/sim/commands/iputils', tool, 'help.ts'), `// ${comment} Written by scripts/golden/iputils-specs.ts.\nexport const help = ${JSON.stringify(text)};\n`);
write('arping', `\`arping -h\` of iputils ${TAG} (arping.c usage(): stderr, exit 2).`, printed(arping, 'usage', 'arping'));
write('clockdiff', `\`clockdiff -h\` of iputils ${TAG} (clockdiff.c usage(): stderr; exit 0 for -h, 1 without a destination).`, printed(clockdiff, 'usage', 'clockdiff'));
console.log('wrote arping and clockdiff usage from iputils', TAG);
