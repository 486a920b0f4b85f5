// What find's parser (parse.ts), its tests and actions (predicates.ts, printf.ts) and its walk (run.ts) share:
// a file as the walk reaches it, a node of the expression (find/defs.h struct predicate) and the options.
import type { FsNode } from '../../../fs';
import type { Yield } from '../../../types';
import type { Syntax } from '../../lib/posix-regex';

/** A file as the walk meets it (find's state: the path shown, its depth, the starting point it is under). */
export interface Entry {
  /** the name find prints: the starting point with the names below it */
  path: string;
  /** the absolute path in the file system */
  abs: string;
  /** what stat(2) or lstat(2) gives under -P/-H/-L (a link's own node when not followed or broken) */
  node: FsNode;
  /** lstat(2): the link itself */
  lnode: FsNode;
  depth: number;
  /** the starting point (argv element) the file was found under */
  start: string;
  /** the directory the file is in (for -execdir and -okdir) and its name there */
  dir: string;
  base: string;
}

export type Step = Generator<Yield, boolean, unknown>;

/** p_type and p_prec of find/defs.h. */
export type PType = 'prim' | 'uni' | 'bi' | 'open' | 'close';
export const NO_PREC = 0;
export const COMMA_PREC = 1;
export const OR_PREC = 2;
export const AND_PREC = 3;
export const NEGATE_PREC = 4;

export interface Pred {
  type: PType;
  prec: number;
  /** the name as typed (`-name`, `-a`, `(`), or find's own for the ones it inserts */
  name: string;
  artificial?: boolean;
  sideEffects?: boolean;
  noDefaultPrint?: boolean;
  op?: 'and' | 'or' | 'comma' | 'not';
  /** a test that needs no time to pass */
  test?: (e: Entry) => boolean;
  /** an action that may run commands or ask (-exec, -ok) */
  act?: (e: Entry) => Step;
  /** -exec … + : what is left to run when the walk ends */
  flush?: () => Generator<Yield, void, unknown>;
  isPrune?: boolean;
  isDelete?: boolean;
  left?: Pred;
  right?: Pred;
}

export type Follow = 'P' | 'H' | 'L';

export interface Options {
  maxdepth: number;
  mindepth: number;
  /** do_dir_first: false under -depth and -delete */
  dirFirst: boolean;
  explicitDepth: boolean;
  follow: Follow;
  xdev: boolean;
  warnings: boolean;
  regex: Syntax;
  /** the instant find started (ms) and cur_day_start (start - 1 day, or today's midnight after -daystart) */
  start: number;
  dayStart: number;
  fullDays: boolean;
  ignoreRace: boolean;
}

/** die(): find prints `find: TEXT` and exits (1 unless said). */
export class FindError extends Error {
  constructor(
    public text: string,
    public code = 1,
  ) {
    super(text);
  }
}

/** Mutable run state the actions reach (exit status, -prune, -quit). */
export interface RunState {
  status: number;
  prune: boolean;
  quit: boolean;
}
