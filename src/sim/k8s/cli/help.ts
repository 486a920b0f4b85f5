/** kubectl's help template (k8s.io/kubectl/pkg/util/templates), rendered from a command's spec. */
import type { FlagSpec, HelpText } from './spec';

export function flagBlock(flags: FlagSpec[], usage: Record<string, string>): string {
  return flags.map((f) => `    ${f.short ? `-${f.short}, ` : ''}--${f.name}=${f.def}:\n\t${usage[f.name] ?? ''}\n`).join('\n');
}

/** Available Commands lines: names padded as cobra does (at least 11, then three spaces). */
export function commandList(children: { name: string; short: string }[]): string {
  const pad = Math.max(11, ...children.map((c) => c.name.length));
  return children.map((c) => `  ${c.name.padEnd(pad)}   ${c.short}\n`).join('');
}

export interface HelpInput {
  path: string;
  aliases?: string[];
  flags: FlagSpec[];
  children: { name: string; short: string }[];
  help: HelpText;
}

export function kubectlHelpText({ path, aliases, flags, children, help }: HelpInput): string {
  let out = help.long + '\n';
  if (aliases?.length) out += `\nAliases:\n${[path.split(' ').pop(), ...aliases].join(', ')}\n`;
  if (help.examples) out += `\nExamples:\n${help.examples}\n`;
  if (children.length) out += `\nAvailable Commands:\n${commandList(children)}`;
  if (flags.length) out += `\nOptions:\n${flagBlock(flags, help.usage)}`;
  out += `\nUsage:\n  ${help.use}\n\n`;
  if (children.length) out += `Use "kubectl ${path} <command> --help" for more information about a given command.\n`;
  out += 'Use "kubectl options" for a list of global command-line options (applies to all commands).\n';
  return out;
}
