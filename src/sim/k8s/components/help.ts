/**
 * component-base's cliflag.PrintSections over a component's named flag sets (staging/src/k8s.io/component-base/cli/
 * flag/sectioned.go, v1.28) with spf13/pflag v1.0.5's FlagUsagesWrapped (flag.go: the usage column one past the
 * longest "--name type" part, wrap and wrapN). cols is term.TerminalSize of stdout: 0 without a terminal (nothing is
 * wrapped, a newline in a usage continues at the usage column); with one, PrintSections adds a flag named
 * z×(cols-24) to each section so that every usage starts on its own line 16 spaces in, wrapped to the width, and cuts
 * the output where that flag begins.
 */

/** wrapN: the first at most i(+slop) characters of s, broken at a blank or newline, and the rest */
function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** wrap(i, w, s): s wrapped to w columns, continued i columns in */
export function wrap(i: number, w: number, s: string): string {
  if (w === 0) return s.replace(/\n/g, '\n' + ' '.repeat(i));
  let width = w - i;
  let r = '';
  if (width < 24) {
    i = 16;
    width = w - i;
    r += '\n' + ' '.repeat(i);
  }
  if (width < 24) return s.replace(/\n/g, r);
  const slop = 5;
  width -= slop;
  let l: string;
  [l, s] = wrapN(width, slop, s);
  r += l.replace(/\n/g, '\n' + ' '.repeat(i));
  while (s !== '') {
    let t: string;
    [t, s] = wrapN(width, slop, s);
    r += '\n' + ' '.repeat(i) + t.replace(/\n/g, '\n' + ' '.repeat(i));
  }
  return r;
}

/** FlagUsagesWrapped over lines already sorted: [the "  -s, --name type" part, the usage with its default] */
export function flagUsagesWrapped(lines: [string, string][], cols: number): string {
  // the \x00 that marks where the padding goes counts in maxlen
  const maxlen = Math.max(0, ...lines.map(([l]) => l.length + 1));
  return lines.map(([l, usage]) => `${l} ${' '.repeat(maxlen - l.length)} ${wrap(maxlen + 2, cols, usage)}\n`).join('');
}

/** PrintSections: each section that has flags, "\n<Name> flags:\n\n" and its usages */
export function printSections(sections: [string, [string, string][]][], cols: number): string {
  let out = '';
  for (const [name, lines] of sections) {
    if (!lines.length) continue;
    let all = lines;
    const zzz = cols > 24 ? 'z'.repeat(cols - 24) : '';
    // wideFS.Int(zzz, 0, zzz): sorted by name, it comes last
    if (zzz) all = [...lines, [`      --${zzz} int`, zzz]];
    const buf = `\n${name} flags:\n\n${flagUsagesWrapped(all, cols)}`;
    if (zzz) {
      const kept = buf.slice(0, buf.indexOf(zzz)).split('\n');
      out += kept.slice(0, -1).join('\n') + '\n';
    } else out += buf;
  }
  return out;
}
