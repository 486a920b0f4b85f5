// printf's `%.Nf` as glibc prints it: the exact binary value rounded to N decimals, an exact half to even (JS's
// toFixed takes a tie up: 1.125 gives 1.13 where C prints 1.12).

export function cFixed(x: number, prec: number): string {
  const s = x.toFixed(prec);
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21) return s;
  // toFixed with 25 more digits is exact for the values printed here: a tie shows as 5 then zeros
  const longer = x.toFixed(prec + 25);
  const dot = longer.indexOf('.');
  if (/^50*$/.test(longer.slice(dot + 1 + prec))) {
    const cut = prec === 0 ? longer.slice(0, dot) : longer.slice(0, dot + 1 + prec);
    if (Number(cut.slice(-1)) % 2 === 0) return cut;
  }
  return s;
}
