// df of GNU coreutils 8.32 (options and help in spec.ts).
import { padStart } from '../../../util';
import { def } from '../../lib/guest';
import { dfRows } from '../../lib/mounts';
import { human } from '../ls/run';

def({
  name: 'df',
  summary: 'report file system disk space usage',
  *run(ctx) {
    const h = ctx.args.some((a) => /^-\w*h/.test(a));
    // the file systems with blocks, from the guest's one mount table (lib/mounts.ts)
    const fsRows = dfRows(ctx.host);
    const rows: [string, number, number][] = fsRows.map((m) => [m.source, m.kb!.size, m.kb!.used]);
    const mounts = fsRows.map((m) => m.target);
    const v = (kb: number) => (h ? (kb === 0 ? '0' : human(kb * 1024)) : String(kb));
    let out = h ? 'Filesystem      Size  Used Avail Use% Mounted on\n' : 'Filesystem     1K-blocks    Used Available Use% Mounted on\n';
    rows.forEach(([fs, size, used], i) => {
      const pct = Math.ceil((used / size) * 100) + '%';
      out += h
        ? `${fs.padEnd(15)} ${padStart(v(size), 4)} ${padStart(v(used), 5)} ${padStart(v(size - used), 5)} ${padStart(pct, 4)} ${mounts[i]}\n`
        : `${fs.padEnd(14)} ${padStart(v(size), 9)} ${padStart(v(used), 7)} ${padStart(v(size - used), 9)} ${padStart(pct, 4)} ${mounts[i]}\n`;
    });
    ctx.out(out);
    return 0;
  },
});
