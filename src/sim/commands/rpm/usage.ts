// popt's poptPrintUsage() (popt 1.18 popthelp.c) for rpm 4.16.1.3: `Usage: rpm`, the short options that take no
// argument, then every option of the tables that help shows, in table order (help's sections, popt's own help
// options last), then the aliases of rpmpopt that carry a description; ` [item]` each, a new line of seven spaces
// before an item that would pass the width (79, or the terminal's less one when wider: maxColumnWidth()).
import { help } from './help';

/** showShortOptions(): the letters of the shown options of type POPT_ARG_NONE (-c, -d, -L, -A and -h are BIT_SETs). */
const SHORT = 'afgplsiv?';

function items(help: string): string[] {
  const table: string[] = [];
  const aliases: string[] = [];
  let section = '';
  for (const l of help.split('\n')) {
    if (/^\S.*:$/.test(l)) section = l;
    const m = /^  (?:-(\S), |    )--([^\s=]+)(?:=(\S+(?: \S+)*?))?(?: {2,}|$)/.exec(l);
    if (!m) continue;
    const [, s, long, arg] = m;
    const item = (s ? `-${s}|--${long}` : `--${long}`) + (arg ? '=' + arg : '');
    (section.startsWith('Options implemented via popt alias') ? aliases : table).push(item);
  }
  return [...table, ...aliases];
}

/** poptPrintUsage() over the options a popt help text shows, for a device `cols` wide (undefined: not a terminal). */
export function usageOf(help: string, short: string, cols?: number): string {
  const max = cols !== undefined && cols - 1 > 79 && cols < 256 ? cols - 1 : 79;
  let out = 'Usage: rpm';
  let cur = out.length;
  out += ` [-${short}]`;
  cur += short.length + 4;
  for (const it of items(help)) {
    const len = it.length + 3;
    if (cur + len > max) {
      out += '\n       ';
      cur = 7;
    }
    out += ` [${it}]`;
    cur += len + 1;
  }
  return out + '\n';
}

/** rpm 4.16.1.3's usage. */
export const usage = (cols?: number) => usageOf(help, SHORT, cols);

/** printUsage() of cliutils.c: rpm's version and banner before popt's usage. */
export const banner = 'RPM version 4.16.1.3\nCopyright (C) 1998-2002 - Red Hat, Inc.\nThis program may be freely redistributed under the terms of the GNU GPL\n\n';

/**
 * popt's help laid out for a terminal `cols` wide (singleOptionHelp with maxColumnWidth(): the terminal's width less
 * one when it is over 80 and under 256, else 79): each option's description, unwrapped from the 79-column text, is
 * wrapped again at the last blank before its line would pass that width.
 */
export function widenHelp(help: string, cols?: number): string {
  const max = cols !== undefined && cols > 79 && cols < 256 ? cols - 1 : 79;
  if (max === 79) return help;
  const lines = help.split('\n');
  const indent = Math.max(0, ...lines.map((l) => /^ {2}(?: {4})?-.*? {3,}(?=\S)/.exec(l)?.[0].length ?? 0));
  const lineLength = max - indent;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!/^ {2}(?: {4})?-/.test(l) || l.length <= indent) {
      out.push(l);
      continue;
    }
    let desc = l.slice(indent);
    while (i + 1 < lines.length && lines[i + 1].startsWith(' '.repeat(indent)) && lines[i + 1].trim()) desc += ' ' + lines[++i].trim();
    let first = l.slice(0, indent);
    while (desc.length > lineLength) {
      let ch = lineLength - 1;
      while (ch > 0 && desc[ch] !== ' ') ch--;
      if (ch === 0) break;
      while (ch > 1 && desc[ch] === ' ') ch--;
      ch++;
      out.push(first + desc.slice(0, ch));
      first = ' '.repeat(indent);
      desc = desc.slice(ch).replace(/^ +/, '');
    }
    out.push(first + desc);
  }
  return out.join('\n');
}
