// df of GNU coreutils 8.32 (options and help in spec.ts).
import { padStart } from '../../../util';
import { def } from '../../lib/guest';
import { human } from '../ls/run';

def({
  name: 'df',
  summary: 'report file system disk space usage',
  *run(ctx) {
    const h = ctx.args.some((a) => /^-\w*h/.test(a));
    const rows: [string, number, number][] = [
      ['devtmpfs', 4096, 0],
      ['tmpfs', 908468, 0],
      ['tmpfs', 363388, 5120],
      ['/dev/sda4', 9420800, 1572864],
      ['/dev/sda3', 983040, 215040],
      ['tmpfs', 181692, 0],
    ];
    const mounts = ['/dev', '/dev/shm', '/run', '/', '/boot', '/run/user/1000'];
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
