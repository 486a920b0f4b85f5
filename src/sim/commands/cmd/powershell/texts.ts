// Windows PowerShell 5.1's own texts as the console host prints them (sources: cmd/DIFFERENCES.md, "powershell").
// The error records follow ConsoleHost's NormalView: the message, `At line:1 char:N`, the line and its `~` marks,
// then the CategoryInfo and FullyQualifiedErrorId lines and an empty line.

export const BANNER =
  'Windows PowerShell\nCopyright (C) Microsoft Corporation. All rights reserved.\n\n' +
  'Install the latest PowerShell for new features and improvements! https://aka.ms/PSWindows\n\n';

/** `$PSVersionTable` of Windows PowerShell 5.1.22621.4391 (Windows 11 22H2/23H2 with the late-2024 updates). */
export const PS_VERSION_TABLE =
  '\nName                           Value\n' +
  '----                           -----\n' +
  'PSVersion                      5.1.22621.4391\n' +
  'PSEdition                      Desktop\n' +
  'PSCompatibleVersions           {1.0, 2.0, 3.0, 4.0...}\n' +
  'BuildVersion                   10.0.22621.4391\n' +
  'CLRVersion                     4.0.30319.42000\n' +
  'WSManStackVersion              3.0\n' +
  'PSRemotingProtocolVersion      2.3\n' +
  'SerializationVersion           1.1.0.1\n\n\n';

/** The console window's width the error view wraps messages at (a Windows Terminal tab opens 120 columns wide). */
export const WIDTH = 120;

/** Word-wrap a message as the console host does: a line keeps its trailing blank before the break. */
export function wrap(text: string, width = WIDTH): string {
  const words = text.split(/(?<= )/);
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur !== '' && (cur + w).length > width) {
      lines.push(cur);
      cur = '';
    }
    cur += w;
  }
  lines.push(cur);
  return lines.join('\n');
}

/** ErrorCategoryInfo shortens a target over 40 characters to its first and last 15 with `...` between. */
export const ellipsize = (s: string) => (s.length > 40 ? `${s.slice(0, 15)}...${s.slice(-15)}` : s);

export interface ErrorRecord {
  /** What the message starts with (`x : `): the command as typed. */
  command: string;
  message: string;
  /** The statement's line, where its command starts (1-based) and how many characters the marks cover. */
  line: string;
  col: number;
  span: number;
  category: string;
  target: string;
  activity: string;
  reason: string;
  id: string;
}

export function errorRecord(e: ErrorRecord): string {
  return (
    wrap(`${e.command} : ${e.message}`) +
    `\nAt line:1 char:${e.col}\n+ ${e.line}\n+ ${' '.repeat(e.col - 1)}${'~'.repeat(Math.max(1, e.span))}\n` +
    `    + CategoryInfo          : ${e.category}: (${ellipsize(e.target)}:String) [${e.activity}], ${e.reason}\n` +
    `    + FullyQualifiedErrorId : ${e.id}\n\n`
  );
}

export const notRecognized = (name: string, line: string, col: number) =>
  errorRecord({
    command: name,
    message: `The term '${name}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
    line,
    col,
    span: name.length,
    category: 'ObjectNotFound',
    target: name,
    activity: '',
    reason: 'CommandNotFoundException',
    id: 'CommandNotFoundException',
  });

/** `Cannot find path '...' because it does not exist.` of Set-Location, Get-Content and Get-ChildItem. */
export const pathNotFound = (typed: string, cmdlet: string, path: string, line: string, col: number, span: number) =>
  errorRecord({
    command: typed,
    message: `Cannot find path '${path}' because it does not exist.`,
    line,
    col,
    span,
    category: 'ObjectNotFound',
    target: path,
    activity: cmdlet,
    reason: 'ItemNotFoundException',
    id: `PathNotFound,Microsoft.PowerShell.Commands.${cmdlet.replace('-', '')}Command`,
  });
