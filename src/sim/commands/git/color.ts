// color.c as git 2.43.5 uses it: color.ui (default auto) and color.status / color.diff / color.branch, each
// always, never or auto (true is auto); --color[=<when>] / --no-color of diff, log and branch. Auto colours when
// stdout is the terminal (ctx.tty, as ls and dmesg decide) and TERM is not dumb, which includes output for the pager.
// The default palette: wt-status.c, diff.c, log-tree.c (decorations) and branch.c.
import type { CommandContext } from '../../context';
import type { Repo } from './repo';
import { getConfig } from './config';

export const RESET = '\x1b[m';
export const BOLD = '\x1b[1m';
export const RED = '\x1b[31m';
export const GREEN = '\x1b[32m';
export const YELLOW = '\x1b[33m';
export const BLUE = '\x1b[34m';
export const CYAN = '\x1b[36m';
export const BOLD_RED = '\x1b[1;31m';
export const BOLD_GREEN = '\x1b[1;32m';
export const BOLD_YELLOW = '\x1b[1;33m';
export const BOLD_CYAN = '\x1b[1;36m';
export const BG_RED = '\x1b[41m';

/** A colour around a text, or the text alone when colour is off. */
export type Paint = (color: string, text: string) => string;

export const painter = (on: boolean): Paint => (on ? (color, text) => color + text + RESET : (_c, text) => text);
export const plain: Paint = (_c, text) => text;

/** git_config_colorbool: 1 always, 0 never, -1 auto; null when the value says nothing. */
function colorBool(v: string | boolean | null | undefined): 1 | 0 | -1 | null {
  if (v === undefined || v === null) return null;
  if (v === true) return 1;
  if (v === false) return 0;
  const s = v.toLowerCase();
  if (s === 'never') return 0;
  if (s === 'always') return 1;
  if (s === 'auto') return -1;
  if (['true', 'yes', 'on', '1', ''].includes(s)) return -1;
  if (['false', 'no', 'off', '0'].includes(s)) return 0;
  return null;
}

export interface ColorSource {
  ctx: CommandContext;
  overrides: Map<string, string>;
}

/**
 * want_color for one command: its option (`--color`, `--color=<when>`, `--no-color`: a string or boolean) first,
 * then color.<slot>, then color.ui; auto is the terminal's answer.
 */
export function wantColor(g: ColorSource, r: Repo | null, slot: 'status' | 'diff' | 'branch', option?: string | boolean): boolean {
  const conf = (key: string) => g.overrides.get(key) ?? getConfig(g.ctx, r, key);
  let v = colorBool(option);
  if (v === null) v = colorBool(conf(`color.${slot}`));
  if (v === null) v = colorBool(conf('color.ui'));
  if (v === null) v = -1;
  if (v !== -1) return v === 1;
  const term = g.ctx.frame.env.TERM;
  return g.ctx.tty && !!term && term !== 'dumb';
}

/** The value of --color / --color=<when> / --no-color among a command's arguments (the last wins), removed. */
export function takeColorOption(args: string[]): { args: string[]; color?: string | boolean } {
  let color: string | boolean | undefined;
  const rest: string[] = [];
  let dd = false;
  for (const a of args) {
    if (dd || a === '--') {
      dd = true;
      rest.push(a);
    } else if (a === '--color' || a === '--colour') color = 'always';
    else if (a.startsWith('--color=') || a.startsWith('--colour=')) color = a.slice(a.indexOf('=') + 1);
    else if (a === '--no-color' || a === '--no-colour') color = 'never';
    else rest.push(a);
  }
  return { args: rest, color };
}
