/**
 * Writes the guest's mount table, /etc/fstab and kernel buffer, as the simulator holds them right after
 * `vagrant up` of the 'vm' lab (seed 1), into tests/golden/util-linux/files/: `mountinfo` in /proc/self/mountinfo's
 * format, `fstab`, and `kmsg` in the syslog buffer format `dmesg -r` prints. `record.sh util-linux` runs the host's
 * findmnt and dmesg over them (`-F`), so the layout (tree, columns, stamps, decoding) is the real tools' while the
 * rows are the simulator's; tests/unit/sim/guest/util-linux-golden.test.ts checks the files still match the model.
 *
 *   npx tsx scripts/golden/util-linux-tables.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createSession } from '../../src/sim/index';
import { tables } from '../../tests/unit/sim/guest/util-linux-tables';

const dir = path.resolve(import.meta.dirname, '../../tests/golden/util-linux/files');
const s = await createSession({ lab: 'vm', seed: 1 });
const t = await tables(s);
writeFileSync(path.join(dir, 'mountinfo'), t.mountinfo);
writeFileSync(path.join(dir, 'kmsg'), t.kmsg);
writeFileSync(path.join(dir, 'fstab'), t.fstab);
console.log('wrote mountinfo, fstab and kmsg');
