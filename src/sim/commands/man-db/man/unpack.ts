// A page's stored renders (scripts/golden/man-fill.ts pack()): per block key (NUL between keys) its units for
// fill.ts (empty when it has none) then, after SOH, the renders of it that the filling does not give (SOH between
// them); STX, then one line per line length listing its blocks: `k` (key k filled at the line length), `!k` (the
// same, with distribute_space()'s direction turned first) or `k.t` (its stored text t), numbers in base 36.
import { fillBlock } from './fill';

export function unpack(packed: string, render: number, ll: number): string {
  const stx = packed.indexOf('\x02');
  const keys = packed.slice(0, stx).split('\0').map((k) => k.split('\x01'));
  const line = packed.slice(stx + 1).split('\n')[render];
  const st = { reverse: false };
  return line
    .split(' ')
    .map((e) => {
      if (e.startsWith('!')) {
        st.reverse = !st.reverse;
        e = e.slice(1);
      }
      const [k, t] = e.split('.');
      const texts = keys[parseInt(k, 36)];
      return t === undefined ? fillBlock(texts[0], ll, st) : texts[1 + parseInt(t, 36)];
    })
    .join('\n\n');
}
