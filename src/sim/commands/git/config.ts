// git's configuration files (~/.gitconfig, .git/config) as config.c reads and writes them, and what the commands
// take from them: the identity (ident.c), dates (date.c's raw and ISO forms), advice switches.
import type { CommandContext } from '../../context';
import type { Repo } from './repo';
import { fatal, readText as readFs } from './repo';

export interface ConfigLine {
  section: string;
  /** The subsection (`[remote "origin"]`), or null. */
  sub: string | null;
  key: string;
  value: string | null;
}

/** Parse a config file: its variables in order, keys as git canonicalises them (section.sub.key, lower-cased). */
export function parseConfig(text: string): ConfigLine[] {
  const out: ConfigLine[] = [];
  let section = '';
  let sub: string | null = null;
  for (const raw of text.split('\n')) {
    const l = raw.trim();
    if (!l || l.startsWith('#') || l.startsWith(';')) continue;
    const h = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\](.*)$/.exec(l);
    if (h) {
      const dot = h[1].indexOf('.');
      section = (dot < 0 ? h[1] : h[1].slice(0, dot)).toLowerCase();
      sub = h[2] !== undefined ? h[2].replace(/\\(.)/g, '$1') : dot < 0 ? null : h[1].slice(dot + 1).toLowerCase();
      continue;
    }
    const kv = /^([A-Za-z][A-Za-z0-9-]*)\s*(?:=\s*(.*))?$/.exec(l);
    if (!kv) continue;
    out.push({ section, sub, key: kv[1].toLowerCase(), value: kv[2] === undefined ? null : unquote(kv[2]) });
  }
  return out;
}

function unquote(v: string): string {
  let out = '';
  let q = false;
  for (let i = 0; i < v.length; i++) {
    const c = v[i];
    if (c === '"') q = !q;
    else if (c === '\\' && i + 1 < v.length) {
      const n = v[++i];
      out += n === 'n' ? '\n' : n === 't' ? '\t' : n;
    } else if (!q && (c === '#' || c === ';')) break;
    else out += c;
  }
  return q ? out : out.replace(/\s+$/, '');
}

export const fullKey = (c: ConfigLine) => (c.sub === null ? `${c.section}.${c.key}` : `${c.section}.${c.sub}.${c.key}`);

/** A key as the user typed it, canonical: section and variable lower-cased, the subsection kept. Null: no section. */
export function canonicalKey(key: string): string | null {
  const first = key.indexOf('.');
  const last = key.lastIndexOf('.');
  if (first <= 0 || last === key.length - 1) return null;
  const section = key.slice(0, first).toLowerCase();
  const name = key.slice(last + 1).toLowerCase();
  return first === last ? `${section}.${name}` : `${section}.${key.slice(first + 1, last)}.${name}`;
}

export const globalPath = (ctx: CommandContext) => `${ctx.frame.env.HOME ?? ctx.user.home}/.gitconfig`;

function readText(ctx: CommandContext, path: string): string | null {
  return readFs(ctx.host.fs, path);
}

/** Every variable that applies: ~/.gitconfig, then the repository's (later wins). */
export function allConfig(ctx: CommandContext, repo: Repo | null): { scope: string; lines: ConfigLine[] }[] {
  const out = [{ scope: 'global', lines: parseConfig(readText(ctx, globalPath(ctx)) ?? '') }];
  if (repo) out.push({ scope: 'local', lines: parseConfig(readText(ctx, `${repo.git}/config`) ?? '') });
  return out;
}

export function getConfig(ctx: CommandContext, repo: Repo | null, key: string): string | null {
  let v: string | null = null;
  for (const f of allConfig(ctx, repo)) for (const l of f.lines) if (fullKey(l) === key) v = l.value ?? 'true';
  return v;
}

export function configBool(ctx: CommandContext, repo: Repo | null, key: string, dflt: boolean): boolean {
  const v = getConfig(ctx, repo, key);
  if (v === null) return dflt;
  return !['false', 'no', 'off', '0', ''].includes(v.toLowerCase());
}

const needsQuotes = (v: string) => /^\s|\s$|[;#]/.test(v) || v === '';

function quoteValue(v: string): string {
  const esc = v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
  return needsQuotes(v) ? `"${esc}"` : esc;
}

/** git config KEY VALUE: replace the variable's last line in its section, or add it (and the section). */
export function setConfig(ctx: CommandContext, path: string, key: string, value: string | null): boolean {
  const fs = ctx.host.fs;
  const text = readText(ctx, path) ?? '';
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const first = key.indexOf('.');
  const last = key.lastIndexOf('.');
  const section = key.slice(0, first);
  const sub = first === last ? null : key.slice(first + 1, last);
  const name = key.slice(last + 1);
  let inSection = false;
  let sectionEnd = -1;
  let found = -1;
  lines.forEach((raw, i) => {
    const l = raw.trim();
    const h = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(l);
    if (h) {
      inSection = h[1].toLowerCase() === section && (h[2] ?? null) === sub;
      if (inSection) sectionEnd = i;
      return;
    }
    if (!inSection) return;
    sectionEnd = i;
    const kv = /^([A-Za-z][A-Za-z0-9-]*)/.exec(l);
    if (kv && kv[1].toLowerCase() === name) found = i;
  });
  if (value === null) {
    if (found < 0) return false;
    lines.splice(found, 1);
  } else if (found >= 0) lines[found] = `\t${name} = ${quoteValue(value)}`;
  else if (sectionEnd >= 0) lines.splice(sectionEnd + 1, 0, `\t${name} = ${quoteValue(value)}`);
  else lines.push(sub === null ? `[${section}]` : `[${section} "${sub}"]`, `\t${name} = ${quoteValue(value)}`);
  fs.write(path, lines.join('\n') + '\n');
  return true;
}

// ---- identity (ident.c) ----

const ENV_HINT =
  '\n*** Please tell me who you are.\n\nRun\n\n  git config --global user.email "you@example.com"\n  git config --global user.name "Your Name"\n\n' +
  "to set your account's default identity.\nOmit --global to set the identity only in this repository.\n\n";

export interface Ident {
  name: string;
  email: string;
  /** `name <email> seconds +zone` */
  line: string;
  /** name and email were both given (config or environment), not made up from the account and host. */
  given: boolean;
}

/** fmt_ident with IDENT_STRICT for the author or the committer, at `now` (ms) unless GIT_*_DATE says otherwise. */
export function ident(ctx: CommandContext, repo: Repo | null, who: 'author' | 'committer', nowMs: number): Ident {
  const env = ctx.frame.env;
  const W = who.toUpperCase();
  let given = true;
  let email = env[`GIT_${W}_EMAIL`] || getConfig(ctx, repo, `${who}.email`) || getConfig(ctx, repo, 'user.email') || '';
  const hint = () => (who === 'author' ? 'Author' : 'Committer') + ' identity unknown\n' + ENV_HINT;
  if (!email) {
    if (env.EMAIL) email = env.EMAIL;
    else {
      given = false;
      const host = ctx.host.hostname;
      const bogus = !host.includes('.');
      email = `${ctx.user.name}@${bogus ? host + '.(none)' : host}`;
      if (bogus) fatalWithHint(hint(), `unable to auto-detect email address (got '${email}')`);
    }
  }
  let name = env[`GIT_${W}_NAME`] || getConfig(ctx, repo, `${who}.name`) || getConfig(ctx, repo, 'user.name');
  if (!name) {
    given = false;
    name = (ctx.user.gecos ?? '').split(',')[0].replace(/&/g, ctx.user.name.charAt(0).toUpperCase() + ctx.user.name.slice(1));
    if (!name) fatalWithHint(hint(), `empty ident name (for <${email}>) not allowed`);
  }
  const date = parseDate(env[`GIT_${W}_DATE`]) ?? `${Math.floor(nowMs / 1000)} +0000`;
  return { name, email, line: `${name} <${email}> ${date}`, given };
}

function fatalWithHint(hint: string, msg: string): never {
  try {
    fatal(msg);
  } catch (e) {
    (e as Error).message = hint + (e as Error).message;
    throw e;
  }
  throw new Error('unreachable');
}

/** GIT_AUTHOR_DATE / GIT_COMMITTER_DATE: `@seconds zone`, `seconds zone`, or an ISO 8601 date. */
export function parseDate(v: string | undefined): string | null {
  if (!v) return null;
  let m = /^@?(\d+)(?:\s+([+-]\d{4}))?$/.exec(v.trim());
  if (m) return `${m[1]} ${m[2] ?? '+0000'}`;
  m = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d))?\s*(Z|[+-]\d\d:?\d\d)?$/.exec(v.trim());
  if (m) {
    const zone = !m[7] || m[7] === 'Z' ? '+0000' : m[7].replace(':', '');
    const off = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
    const t = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] ?? 0)) / 1000 - off * 60;
    return `${t} ${zone}`;
  }
  return null;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** date.c's DATE_NORMAL: `Wed Dec 10 01:04:55 2025 +0000` in the commit's own zone. */
export function showDate(secs: number, zone: string): string {
  const off = (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3, 5)));
  const d = new Date((secs + off * 60) * 1000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()} ${zone}`;
}

/** An ident line split: name, email, seconds, zone. */
export function splitIdent(line: string): { name: string; email: string; secs: number; zone: string } {
  const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line);
  if (!m) return { name: line, email: '', secs: 0, zone: '+0000' };
  return { name: m[1], email: m[2], secs: Number(m[3]), zone: m[4] };
}

/** advice.c: whether `advice.<key>` leaves the hint on. */
export const adviceOn = (ctx: CommandContext, repo: Repo | null, key: string) => configBool(ctx, repo, `advice.${key.toLowerCase()}`, true);

/** sequencer.c implicit_ident_advice: whether ~/.gitconfig (or $XDG_CONFIG_HOME/git/config) exists. */
export function globalConfigExists(ctx: CommandContext): boolean {
  const home = ctx.frame.env.HOME ?? ctx.user.home;
  const xdg = ctx.frame.env.XDG_CONFIG_HOME || `${home}/.config`;
  return ctx.host.fs.exists(`${home}/.gitconfig`) || ctx.host.fs.exists(`${xdg}/git/config`);
}
