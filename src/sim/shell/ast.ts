// The syntax tree of a bash command line: words, redirections, commands, pipelines, lists.

export type WordPart =
  | { k: 'lit'; t: string; q: boolean } // q: came from quotes (no globbing/splitting)
  | {
      k: 'var';
      name: string;
      q: boolean;
      /** ${#name}, ${!name}, ${!prefix*} (prefix: the `*` or `@`), ${name[index]} */
      length?: boolean;
      indirect?: boolean;
      prefix?: string;
      index?: string;
      /** the operator (:- - := # ## % %% / // /# /% ^ ^^ , ,, @ :) and its words */
      op?: string;
      arg?: Word;
      arg2?: Word;
      offset?: string;
      len?: string;
      transform?: string;
      /** `${...}` as typed */
      text?: string;
      /** a form bash does not know: `bad substitution` when expanded */
      bad?: boolean;
    }
  | { k: 'sub'; src: string; q: boolean; proc?: boolean; out?: boolean } // proc: `<(list)`, a file the list's output is read from; with out, `>(list)`, a file the list reads
  | { k: 'tilde'; user: string }
  | { k: 'arith'; src: string; q: boolean };

export interface Word {
  parts: WordPart[];
  /** The word as typed. */
  raw: string;
  /** `name=(...)`: the words between the parentheses */
  list?: Word[];
  /** the regular expression after =~ in [[ ]]: its quoted parts match as plain text */
  regex?: boolean;
}

export type RedirOp = '>' | '>>' | '<' | '2>' | '2>>' | '&>' | '&>>' | '2>&1' | '>&2' | '<<' | '<<-' | '<<<' | '>&' | '<&' | '<>';

export interface Redir {
  op: RedirOp;
  /** The file descriptor typed in front of the operator, where it is not the operator's own (`6>`, `0<&7`, `5<>`) */
  fd?: number;
  /** `{name}>file`: a new descriptor from 10 up, its number put in the variable */
  varFd?: string;
  target?: Word;
  heredoc?: { delim: string; quoted: boolean; body: string };
  /** `>|`: written over even with noclobber */
  force?: boolean;
}

export interface SimpleCommand {
  assigns: { name: string; value: Word; index?: string; append?: boolean; list?: Word[] }[];
  words: Word[];
  redirs: Redir[];
  /** Line of the script it starts on (error messages of scripts name it). */
  line?: number;
}

/** A compound command; it may carry redirections after its end (`done < file`). */
export type CompoundCommand = { redirs?: Redir[] } & (
  | { kind: 'for'; name: string; words: Word[] | null; body: AndOr[]; select?: boolean }
  | { kind: 'cfor'; init: string; cond: string; step: string; body: AndOr[] }
  | { kind: 'if'; clauses: { cond: AndOr[]; body: AndOr[] }[]; otherwise: AndOr[] | null }
  | { kind: 'while'; until: boolean; cond: AndOr[]; body: AndOr[] }
  | { kind: 'arith'; expr: string }
  | { kind: 'group'; body: AndOr[] }
  | { kind: 'subshell'; body: AndOr[] }
  | { kind: 'cond'; items: (Word | string)[] }
  | { kind: 'case'; word: Word; items: { patterns: Word[]; body: AndOr[] }[] }
  | { kind: 'func'; name: string; body: CompoundCommand }
);

export type Command = SimpleCommand | CompoundCommand;

export function isCompound(c: Command): c is CompoundCommand {
  return 'kind' in c;
}

export interface Pipeline {
  cmds: Command[];
  negate: boolean;
  /** `time` (bash's format or TIMEFORMAT) or `time -p` (POSIX's) in front of it */
  time?: 'bash' | 'posix';
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; p: Pipeline }[];
  background: boolean;
  /** The text as typed (a background job is named by it). */
  text?: string;
}

export type ParseResult =
  | { ok: true; list: AndOr[] }
  | { ok: false; incomplete: true; reason: 'quote' | 'heredoc' | 'operator' | 'escape' }
  | { ok: false; incomplete: false; error: string };

