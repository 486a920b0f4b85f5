// What a command's output reads as without its colours: the SGR sequences (ls, grep and the like colour their output
// on a terminal, as the guest's aliases ask with --color=auto) and grep's erase to end of line left out, as the
// lab terminal's transcript has it. For tests that check the words, not the colours.
const SGR = /\x1b\[[0-9;]*m|\x1b\[K/g;

export const plain = (s: string): string => s.replace(SGR, '');

/** An exec() result with its stdout and output read without colours. */
export function plainRun<T extends { stdout: string; output?: string }>(r: T): T {
  return { ...r, stdout: plain(r.stdout), ...(r.output !== undefined ? { output: plain(r.output) } : {}) };
}
