// gnulib's mode_compile() and mode_adjust() for the modes mkfifo and mknod take (-m): an octal mode, or symbolic
// clauses (`u=rw,go=r`, `a+x`, `+x`) applied to a starting mode; without a who, the umask masks what is added.

/** The mode `spec` makes of `base`, or null when it is not a mode. */
export function adjustMode(spec: string, base: number, umask: number): number | null {
  if (/^[0-7]+$/.test(spec)) return spec.length <= 4 ? parseInt(spec, 8) : null;
  let mode = base;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)((?:[-+=](?:[rwxXst]*|[ugo]))+)$/.exec(clause);
    if (!m) return null;
    const who = m[1] === '' || m[1].includes('a') ? 'ugo' : m[1];
    for (const act of m[2].match(/[-+=](?:[rwxXst]*|[ugo])/g)!) {
      let bits = 0;
      const perm = act.slice(1);
      if (/^[ugo]$/.test(perm)) {
        // copy another class's bits: g=u
        const shift = { u: 6, g: 3, o: 0 }[perm as 'u' | 'g' | 'o'];
        const v = (mode >> shift) & 7;
        bits = (v << 6) | (v << 3) | v;
      } else
        for (const p of perm) {
          if (p === 'r') bits |= 0o444;
          if (p === 'w') bits |= 0o222;
          if (p === 'x' || (p === 'X' && mode & 0o111)) bits |= 0o111;
          if (p === 's') bits |= 0o6000;
          if (p === 't') bits |= 0o1000;
        }
      let mask = (who.includes('u') ? 0o4700 : 0) | (who.includes('g') ? 0o2070 : 0) | (who.includes('o') ? 0o1007 : 0);
      if (m[1] === '') mask &= ~umask;
      bits &= mask;
      if (act[0] === '+') mode |= bits;
      else if (act[0] === '-') mode &= ~bits;
      else mode = (mode & ~mask) | bits;
    }
  }
  return mode;
}

/** The shell's umask (the login's when unset: fs-owner.ts loginUmask). */
export { umaskOf } from '../../../fs-owner';
