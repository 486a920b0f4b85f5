// Reading the words of IF and FOR as cmd.exe does: spaces, commas and semicolons separate them, quotes keep
// them together, parentheses nest; MSG_SYNERR_GENL for a word out of place.
/** The word at `pos` (delimiters skipped); with stopAtEq it also ends before `==`. */
export function nextWord(text: string, pos: number, stopAtEq = false): { word: string; end: number } {
  let i = pos;
  while (i < text.length && /[\s,;]/.test(text[i])) i++;
  let w = '';
  let q = false;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '"') q = !q;
    else if (!q && /[\s,;]/.test(c)) break;
    else if (!q && stopAtEq && c === '=' && text[i + 1] === '=' && w !== '') break;
    w += c;
  }
  return { word: w, end: i };
}

/** Index of the `)` closing the `(` at `open`, quotes respected; -1 when it is not closed. */
export function closing(text: string, open: number): number {
  let depth = 0;
  let q = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') q = !q;
    else if (!q && c === '^') i++;
    else if (!q && c === '(') depth++;
    else if (!q && c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** `x was unexpected at this time.` */
export const unexpected = (word: string) => `${word} was unexpected at this time.\n`;
