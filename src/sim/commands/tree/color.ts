// tree 1.8.0's colours (color.c): parse_dir_colors() reads TREE_COLORS or LS_COLORS (split at ':' and '=' as
// strtok() does, empty fields skipped), falls back to its built-in table with -C, CLICOLOR or CLICOLOR_FORCE
// when neither is set or both are empty, and colours only when TERM is set and stdout is a terminal, unless
// forced (-C, CLICOLOR_FORCE; -n turns it off otherwise). color() picks the code of a name by its mode.
import type { FsNode } from '../../fs';

/** parse_dir_colors()'s table when the environment gives none. */
const BUILTIN =
  ':no=00:fi=00:di=01;34:ln=01;36:pi=40;33:so=01;35:bd=40;33;01:cd=40;33;01:or=40;31;01:ex=01;32:*.bat=01;32:*.BAT=01;32:*.btm=01;32:*.BTM=01;32:*.cmd=01;32:*.CMD=01;32:*.com=01;32:*.COM=01;32:*.dll=01;32:*.DLL=01;32:*.exe=01;32:*.EXE=01;32:*.arj=01;31:*.bz2=01;31:*.deb=01;31:*.gz=01;31:*.lzh=01;31:*.rpm=01;31:*.tar=01;31:*.taz=01;31:*.tb2=01;31:*.tbz2=01;31:*.tbz=01;31:*.tgz=01;31:*.tz2=01;31:*.z=01;31:*.Z=01;31:*.zip=01;31:*.ZIP=01;31:*.zoo=01;31:*.asf=01;35:*.ASF=01;35:*.avi=01;35:*.AVI=01;35:*.bmp=01;35:*.BMP=01;35:*.flac=01;35:*.FLAC=01;35:*.gif=01;35:*.GIF=01;35:*.jpg=01;35:*.JPG=01;35:*.jpeg=01;35:*.JPEG=01;35:*.m2a=01;35:*.M2a=01;35:*.m2v=01;35:*.M2V=01;35:*.mov=01;35:*.MOV=01;35:*.mp3=01;35:*.MP3=01;35:*.mpeg=01;35:*.MPEG=01;35:*.mpg=01;35:*.MPG=01;35:*.ogg=01;35:*.OGG=01;35:*.ppm=01;35:*.rm=01;35:*.RM=01;35:*.tga=01;35:*.TGA=01;35:*.tif=01;35:*.TIF=01;35:*.wav=01;35:*.WAV=01;35:*.wmv=01;35:*.WMV=01;35:*.xbm=01;35:*.xpm=01;35:';

/** cmd()'s two-letter keys. */
const KEYS = ['no', 'fi', 'di', 'ln', 'pi', 'do', 'bd', 'cd', 'or', 'so', 'su', 'sg', 'tw', 'ow', 'st', 'ex', 'mi', 'lc', 'rc', 'ec'];

export interface Colors {
  flags: Record<string, string>;
  /** *.ext entries, the last given first (parse_dir_colors() pushes each on the list's head). */
  ext: [string, string][];
  linkTarget: boolean;
  left: string;
  right: string;
  end: string;
}

/** parse_dir_colors(): null when names are not coloured. */
export function dirColors(env: Record<string, string>, tty: boolean, force: boolean, nocolor: boolean): Colors | null {
  if (env.TERM === undefined) return null;
  let s: string | undefined = env.TREE_COLORS ?? env.LS_COLORS;
  if (env.CLICOLOR_FORCE !== undefined) force = true;
  if (!s && (force || env.CLICOLOR !== undefined)) s = BUILTIN;
  if (s === undefined || (!force && (nocolor || !tty))) return null;
  const flags: Record<string, string> = {};
  const ext: [string, string][] = [];
  let linkTarget = false;
  for (const field of s.split(':').filter(Boolean)) {
    const [key, value] = field.split('=').filter(Boolean);
    if (key === undefined || value === undefined) continue;
    if (key[0] === '*') ext.unshift([key.slice(1), value]);
    else if (key === 'ln' && value.toLowerCase() === 'target') (linkTarget = true), (flags.ln = '01;36');
    else if (KEYS.includes(key)) flags[key] = value;
  }
  const left = flags.lc ?? '\x1b[';
  const right = flags.rc ?? 'm';
  return { flags, ext, linkTarget, left, right, end: flags.ec ?? `${left}${flags.no ?? '00'}${right}` };
}

/** st_mode of a node as lstat() gives it. */
export function stMode(node: FsNode): number {
  const perm = node.mode & 0o7777;
  if (node.type === 'dir') return 0o040000 | perm;
  if (node.type === 'link') return 0o120000 | 0o777;
  return (node.mode & 0o170000 || 0o100000) | perm;
}

/** color(): the code for a name of this mode, or null when it is printed as is. */
export function colorOf(c: Colors, mode: number, name: string, orphan: boolean, islink: boolean): string | null {
  const f = c.flags;
  if (orphan && (islink ? f.mi : f.or)) return islink ? f.mi : f.or;
  switch (mode & 0o170000) {
    case 0o010000: return f.pi ?? null;
    case 0o020000: return f.cd ?? null;
    case 0o040000:
      if (mode & 0o1000) {
        if (mode & 0o002 && f.tw) return f.tw;
        if (!(mode & 0o002) && f.st) return f.st;
      }
      if (mode & 0o002 && f.ow) return f.ow;
      return f.di ?? null;
    case 0o060000: return f.bd ?? null;
    case 0o120000: return f.ln ?? null;
    case 0o140000: return f.so ?? null;
    case 0o100000: {
      if (mode & 0o4000 && f.su) return f.su;
      if (mode & 0o2000 && f.sg) return f.sg;
      // without an ex= entry no extension is looked at (as color.c returns first)
      if (!f.ex) return null;
      if (mode & 0o111) return f.ex;
      const hit = c.ext.find(([e]) => (name.length > e.length ? name.slice(name.length - e.length) : name) === e);
      return hit ? hit[1] : null;
    }
  }
  return null;
}

/** The name between its code and the end code, as tree prints a coloured name. */
export const paint = (c: Colors, code: string | null, text: string): string => (code === null ? text : `${c.left}${code}${c.right}${text}${c.end}`);
