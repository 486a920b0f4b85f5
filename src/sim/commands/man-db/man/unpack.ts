// A page's stored renders (scripts/golden/man-pages.ts pack()): the blocks' texts by key (SOH between a key's
// texts, NUL between keys), STX, then one line per line length listing its blocks as `key.text` in base 36.
export function unpack(packed: string, render: number): string {
  const stx = packed.indexOf('\x02');
  const texts = packed.slice(0, stx).split('\0').map((k) => k.split('\x01'));
  const line = packed.slice(stx + 1).split('\n')[render];
  return line
    .split(' ')
    .map((kt) => {
      const [k, t] = kt.split('.');
      return texts[parseInt(k, 36)][parseInt(t, 36)];
    })
    .join('\n\n');
}
