// How break, continue, return and exit leave the commands they are in: thrown values the interpreter catches
// at the loop, the function, or the script (or subshell, or background job) that they end.
export class LoopSignal {
  constructor(
    readonly kind: 'break' | 'continue',
    /** How many enclosing loops it leaves (`break 2`). */
    readonly levels: number,
  ) {}
}

export class ReturnSignal {
  constructor(readonly code: number) {}
}

/** An expansion error in an interactive shell: the rest of the line is not run (`$?` is 1). */
export class LineAbort {
  constructor(readonly code = 1) {}
}

/** After an expansion or assignment error: a script or subshell exits, an interactive shell drops the line. */
export function fatal(frame: { script?: unknown; subshell?: boolean }): never {
  if (frame.script || frame.subshell) throw new ExitSignal(1);
  throw new LineAbort(1);
}

export class ExitSignal {
  constructor(readonly code: number) {}
}

/** What `-bash: ` becomes in a script: `./x.sh: line 3: `. */
export function errPrefix(frame: { script?: { name: string; line: number }; argv0?: string }): string {
  return frame.script ? `${frame.script.name}: line ${frame.script.line}: ` : frame.argv0 ? `${frame.argv0}: ` : '-bash: ';
}
