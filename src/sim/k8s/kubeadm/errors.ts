// kubeadm's usage errors (cmd/kubeadm/app/cmd/util SubCmdRun, cobra's unknown-command error and its suggestions).

/** The commands `kubeadm --help` lists, cobra's help among them. */
export const ROOT_COMMANDS = ['certs', 'completion', 'config', 'help', 'init', 'join', 'kubeconfig', 'reset', 'token', 'upgrade', 'version'];

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

/** cobra's findSuggestions: commands within two edits (case-insensitive) or starting with what was typed. */
export function suggestions(typed: string, names: string[]): string {
  const t = typed.toLowerCase();
  const hits = names.filter((n) => levenshtein(t, n.toLowerCase()) <= 2 || n.toLowerCase().startsWith(t));
  return hits.length ? `\n\nDid you mean this?\n${hits.map((h) => `\t${h}\n`).join('')}` : '';
}

/** A command of subcommands given an unknown one: kubeadm prints this without the stack-trace hint. */
export function invalidSubcommand(path: string, args: string[]): string {
  return `invalid subcommand "${args.join(' ')}"\nSee '${path} -h' for help and examples`;
}
