// A command described as data: names, flags, operands, sub-commands, help. One parser (parse.ts) reads argv
// from it in the style of the tool family; errors, help and flag completion come from the spec alone.
import type { CommandContext, CompleteContext } from '../context';

/**
 * How a tool family reads its argv.
 * - gnu: getopt_long (bundled `-la`, `-n5`, `--opt=v`, `--opt v`, `--`, unique long prefixes, operands anywhere);
 * - cobra: spf13/pflag (`--flag=v`, `--flag v`, `-n v`, `-nv`, bool `--x=false`, `--`, flags anywhere, no prefixes);
 * - ruby: Ruby OptionParser (like gnu, `--[no-]x` negation, unique prefixes);
 * - cmd: cmd.exe `/X`, `/X:value`, `/-X`, case-insensitive, `/?`;
 * - builtin: bash builtins (short options only, `--help`, `--` ends options);
 * - urfave: urfave/cli v2 over Go's flag package (`-x` and `--x` alike, `=value` or the next word, each level's
 *   flags end at its first other word, `-h`/`--help` at every level, `help <command>`; see urfave.ts).
 */
export type SpecStyle = 'gnu' | 'cobra' | 'ruby' | 'cmd' | 'builtin' | 'urfave';

export interface FlagSpec {
  /** One character without the dash (`l`); for cmd the switch letters (`W`, `A`). */
  short?: string;
  /** Long name without dashes (`all`, `namespace`). */
  long?: string;
  /** More long names for the same flag (`quiet`, `silent`). */
  longAliases?: string[];
  /** Whether the flag takes a value: never, always, or only when attached (`--color=auto`, `-ofoo`). */
  value?: 'none' | 'required' | 'optional';
  /** An optional value the tool also takes from the next word when that word matches (journalctl's `-b -1`). */
  nextWord?: RegExp;
  /** Name of the value in help and completion (`WHEN`, `NAME`). */
  arg?: string;
  /** Value type for cobra's checks (bool flags accept `--x=false`; int flags reject words). */
  type?: 'bool' | 'string' | 'int' | 'duration' | 'stringArray' | 'stringSlice' | 'count';
  /** Allowed values (checked by the command or an `invalid` hook; offered by completion). */
  choices?: string[];
  /** The flag may be given more than once (values accumulate); informative, every flag keeps all its values. */
  repeatable?: boolean;
  default?: string | number | boolean;
  description?: string;
  /** Ruby OptionParser `--[no-]x`: `--no-x` gives the value 'false'. */
  negatable?: boolean;
  /** Key in the parsed options (default: long, else short). */
  key?: string;
  /** Hidden from completion (deprecated flags). */
  hidden?: boolean;
  /** The flag prints the help or the version (`-V, --version` of procps) instead of being passed on. */
  action?: 'help' | 'version';
}

export interface OperandSpec {
  /** Name in messages (`FILE`). */
  name?: string;
  /** Fewer operands: a usage error with `missing` as its text (GNU: `missing file operand`). */
  min?: number;
  missing?: string;
  /** More operands: `extra operand 'x'` (GNU) or the style's own message. */
  max?: number;
}

/** A usage error the parser found. `option` is the word as the user typed it. */
export interface UsageError {
  code: 'unknown-option' | 'missing-value' | 'needless-value' | 'ambiguous' | 'invalid-value' | 'missing-operand' | 'extra-operand' | 'unknown-command';
  /** The option as typed (`--bogus=3`, `z` for a short one, `/Z` for cmd). */
  option?: string;
  /** Whether it was a short option (one letter). */
  short?: boolean;
  /** The flag it resolved to (for missing/needless value and invalid values). */
  flag?: FlagSpec;
  /** Long-name candidates of an ambiguous prefix. */
  candidates?: string[];
  value?: string;
  operand?: string;
  /** The tool's own words for the error, when the parser knows them (Go's flag package). */
  message?: string;
}

/** What a usage error prints: stderr text, optional stdout text, exit status. */
export interface ErrorOutput {
  stderr: string;
  stdout?: string;
  status: number;
  /** Print the help text (loaded on demand) after `stderr`, to stderr (sed, free) or stdout (vagrant). */
  withHelp?: 'stderr' | 'stdout';
  /** Print that help before `stderr` (urfave/cli: the help, then the program's fatal log line). */
  helpFirst?: boolean;
}

export interface CommandSpec {
  name: string;
  aliases?: string[];
  style: SpecStyle;
  /** One-line usage (`ls [OPTION]... [FILE]...`). */
  synopsis?: string;
  /** One-line description (summaries, `kubectl help` lists). */
  summary?: string;
  flags?: FlagSpec[];
  /** Flags shared with every sub-command (cobra persistent flags, vagrant's global ones). */
  globalFlags?: FlagSpec[];
  subcommands?: CommandSpec[];
  operands?: OperandSpec;
  /** The full help text, loaded with the command on first `--help` (not up front). */
  help?: string | (() => Promise<string>);
  /** `--version` text (GNU tools). */
  version?: string | (() => Promise<string>);
  /** The program name in usage errors when the command runs under another name (egrep and fgrep exec grep). */
  errorName?: string;
  /** Where the help goes and the exit status after it, for tools whose help is their usage() (ping -h, ip help: stderr, 2 / 255). */
  helpStream?: 'stdout' | 'stderr';
  helpStatus?: number;
  /** Which words ask for help. Defaults: gnu/builtin `--help`, cobra/ruby `-h` `--help`, cmd `/?`. */
  helpFlags?: string[];
  /** Also accept `help <sub>` (cobra, vagrant). */
  helpCommand?: boolean;
  /** Unique prefixes of long options are accepted (default: gnu, ruby yes; cobra no). */
  abbreviations?: boolean;
  /** Options after the first operand (default true except builtin). false: the first operand ends the options (sudo, env). */
  permute?: boolean;
  /** `-5` means `--<key> 5` (head, tail). */
  numberFlag?: string;
  /** Exit status of a usage error (GNU default 1, ls and grep 2, cobra 1). */
  usageStatus?: number;
  /**
   * Text after a GNU usage error instead of `Try 'NAME --help' for more information.` (grep adds its Usage line);
   * 'help' prints the whole help to stderr (sed, free); 'help-stdout' to stdout (procps sysctl).
   */
  usageTail?: string | 'help' | 'help-stdout';
  /** Tool-specific wording of a usage error; return undefined to use the style's default. */
  onError?: (e: UsageError, path: CommandSpec[]) => ErrorOutput | undefined;
  /** The command reads its own words (bash's echo, test, kill, set): no option parsing, help only from `helpFlags` as the first word. */
  rawArgs?: boolean;
  /** On a terminal the command pages its help itself (less); elsewhere the spec prints it whole. */
  helpPaged?: boolean;
  /** Let the command see `--help` itself (for commands whose real help is unknown or special). */
  ownHelp?: boolean;
  /** Candidates for an operand (flag values complete from `choices`). */
  complete?: (operands: string[], word: string, ctx: CompleteContext) => string[];
  /** complete() gives every candidate there is: Tab offers no file names when it finds none (bash's cd). */
  completeOnly?: boolean;
  /** What complete() needs loaded first (a module it reads), or null when it is there. */
  completeNeeds?: () => Promise<unknown> | null;
  /** A sub-command Tab does not offer (cobra's help topics). */
  hidden?: boolean;
  /** urfave/cli's UseShortOptionHandling: `-aq` is read as `-a -q` when each letter is a flag. */
  bundling?: boolean;
  /** The spec for the host the command runs on (the installed version's texts); completion uses this one. */
  variant?: (ctx: CommandContext) => CommandSpec;
  /** Leave the sub-command unparsed (kubectl plugins, `vagrant ssh -- cmd`): operands after it are kept raw. */
  passThrough?: boolean;
}

export interface ParsedOption {
  key: string;
  /** The flag's value (`true` for a flag without value). */
  value: string | true;
  /** As typed (`-l`, `--all`, `/W`). */
  as: string;
}

/** Flags in the order given and operands, for a command's run. */
export class Options {
  readonly list: ParsedOption[] = [];
  has(key: string): boolean {
    return this.list.some((o) => o.key === key && o.value !== 'false');
  }
  /** The last value given (a flag without value gives `true`). */
  get(key: string): string | true | undefined {
    for (let i = this.list.length - 1; i >= 0; i--) if (this.list[i].key === key) return this.list[i].value;
    return undefined;
  }
  /** The last value as a string (`undefined` when absent or valueless). */
  str(key: string): string | undefined {
    const v = this.get(key);
    return typeof v === 'string' ? v : undefined;
  }
  /** Every value given, in order. */
  all(key: string): string[] {
    return this.list.filter((o) => o.key === key).map((o) => (o.value === true ? 'true' : o.value));
  }
  count(key: string): number {
    return this.list.filter((o) => o.key === key).length;
  }
  /** A cobra-style boolean: absent → dflt, `--x` → true, `--x=false` → false. */
  bool(key: string, dflt = false): boolean {
    const v = this.get(key);
    if (v === undefined) return dflt;
    return v === true || v === 'true' || v === '1' || v === 't' || v === 'T' || v === 'TRUE' || v === 'True';
  }
}

export type ParseResult =
  /** dashAt: how many operands came before a `--` (cobra's ArgsLenAtDash), when there was one */
  | { kind: 'ok'; opts: Options; operands: string[]; path: CommandSpec[]; dashAt?: number }
  | { kind: 'help'; path: CommandSpec[] }
  | { kind: 'version'; path: CommandSpec[] }
  | { kind: 'error'; error: UsageError; path: CommandSpec[] };
