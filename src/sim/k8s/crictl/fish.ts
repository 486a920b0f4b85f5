// `crictl completion fish`: urfave/cli v2.25.7's App.ToFishCompletion (fish.go, FishCompletionTemplate in template.go)
// over crictl's command tree as the app holds it when the completion command runs: the global flags sorted by name
// (main.go) with the help and version flags App.Setup appends, then the help and version flags ToFishCompletion adds
// again; each visible command with its help flag, its line and its flags sorted by name; the `completion` command
// itself has been set up (Command.setup: the help flag appended again, the `help` sub-command added); last the
// app's `help` command. Each flag is `-f` (no flag takes a file), `-l NAME`, `-s ALIAS` per alias, `-r` when it takes
// a value, `-d 'USAGE'`; fishCompletion prints it with Fprintln.
import { COMMANDS, GLOBAL_FLAGS, type CrictlCommand, type CrictlFlag } from './data';
import { HELP_COMMAND, HELP_FLAG, VERSION_FLAG, sortFlags } from './help';

const esc = (s: string) => s.replace(/'/g, "\\'");
const helper = (prev: string[]) => (prev.length ? `__fish_seen_subcommand_from ${prev.join(' ')}` : '__fish_crictl_no_subcommand');

function flags(fs: CrictlFlag[], prev: string[]): string[] {
  return fs
    .filter((f) => !f.hidden)
    .map((f) => {
      let s = `complete -c crictl -n '${helper(prev)}' -f`;
      [f.name, ...f.aliases].forEach((n, i) => (s += i === 0 ? ` -l ${n.trim()}` : ` -s ${n.trim()}`));
      if (f.kind !== 'BoolFlag') s += ' -r';
      if (f.usage) s += ` -d '${esc(f.usage)}'`;
      return s;
    });
}

function commands(cmds: { c: CrictlCommand; flags: CrictlFlag[]; subs: CrictlCommand[] }[], all: string[], prev: string[]): string[] {
  const out: string[] = [];
  for (const { c, flags: fs, subs } of cmds) {
    const names = [c.name, ...c.aliases];
    out.push(...flags([HELP_FLAG], names));
    all.push(...names);
    out.push(`complete -r -c crictl -n '${helper(prev)}' -a '${names.join(' ')}'${c.usage ? ` -d '${esc(c.usage)}'` : ''}`);
    out.push(...flags(fs, names));
    if (subs.length) out.push(...commands(subs.map((s) => ({ c: s, flags: s.flags, subs: [] })), all, names));
  }
  return out;
}

export function fishCompletion(): string {
  const all: string[] = [];
  const lines = [...flags([...sortFlags(GLOBAL_FLAGS), HELP_FLAG, VERSION_FLAG], []), ...flags([HELP_FLAG], []), ...flags([VERSION_FLAG], [])];
  const cmds = [
    ...COMMANDS.map((c) => (c.name === 'completion' ? { c, flags: [...sortFlags(c.flags), HELP_FLAG], subs: [HELP_COMMAND] } : { c, flags: sortFlags(c.flags), subs: c.subcommands })),
    { c: HELP_COMMAND, flags: [], subs: [] },
  ];
  lines.push(...commands(cmds, all, []));
  const head = `# crictl fish shell completion\n\nfunction __fish_crictl_no_subcommand --description 'Test if there has been any subcommand yet'\n    for i in (commandline -opc)\n        if contains -- $i${all.map((n) => ' ' + n).join('')}\n            return 1\n        end\n    end\n    return 0\nend\n\n`;
  return head + lines.map((l) => l + '\n').join('') + '\n';
}
