// locale of glibc 2.34 (options and help in spec.ts), after locale/programs/locale.c: with no name the locale
// variables (show_locale_vars(): LANG, each category, implied values quoted, LC_ALL); -a the locales the box has
// (C, POSIX, glibc-minimal-langpack's C.utf8 and glibc-langpack-en's en_* locales of 2.34's localedata/SUPPORTED,
// sorted as en_US.UTF-8's strcoll does); -m nothing (the charmaps are glibc-locale-source's, not installed);
// `charmap` the codeset (-k: as charmap="...", -c: after its category). A locale the box does not have makes
// setlocale fail: "Cannot set LC_CTYPE to default locale" and the others on stderr.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { KEYWORDS } from './keywords';

const P = 'locale';
const CATEGORIES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION'];

/** glibc 2.34's localedata/SUPPORTED lines of glibc-langpack-en (name/charset). */
const EN = [
  'en_AG/UTF-8', 'en_AU.UTF-8/UTF-8', 'en_AU/ISO-8859-1', 'en_BW.UTF-8/UTF-8', 'en_BW/ISO-8859-1', 'en_CA.UTF-8/UTF-8',
  'en_CA/ISO-8859-1', 'en_DK.UTF-8/UTF-8', 'en_DK/ISO-8859-1', 'en_GB.UTF-8/UTF-8', 'en_GB/ISO-8859-1', 'en_HK.UTF-8/UTF-8',
  'en_HK/ISO-8859-1', 'en_IE.UTF-8/UTF-8', 'en_IE/ISO-8859-1', 'en_IE@euro/ISO-8859-15', 'en_IL/UTF-8', 'en_IN/UTF-8',
  'en_NG/UTF-8', 'en_NZ.UTF-8/UTF-8', 'en_NZ/ISO-8859-1', 'en_PH.UTF-8/UTF-8', 'en_PH/ISO-8859-1', 'en_SC.UTF-8/UTF-8',
  'en_SG.UTF-8/UTF-8', 'en_SG/ISO-8859-1', 'en_US.UTF-8/UTF-8', 'en_US/ISO-8859-1', 'en_ZA.UTF-8/UTF-8', 'en_ZA/ISO-8859-1',
  'en_ZM/UTF-8', 'en_ZW.UTF-8/UTF-8', 'en_ZW/ISO-8859-1',
];

/** Each installed locale by the name `locale -a` prints (the codeset normalized: UTF-8 → utf8) with its codeset. */
const LOCALES = new Map<string, string>([
  ['C', 'ANSI_X3.4-1968'], ['POSIX', 'ANSI_X3.4-1968'], ['C.utf8', 'UTF-8'],
  ...EN.map((l): [string, string] => {
    const [name, charset] = l.split('/');
    return [name.replace(/\.UTF-8$/, '.utf8'), charset];
  }),
]);

/** _nl_normalize_codeset: a name's codeset lower-cased without punctuation ("UTF-8" → "utf8"). */
function installed(name: string): string | undefined {
  const m = /^([^.@]*)(?:\.([^@]*))?(@.*)?$/.exec(name);
  if (!m) return undefined;
  const codeset = m[2] === undefined ? '' : '.' + (/^\d+$/.test(m[2].replace(/[^A-Za-z0-9]/g, '')) ? 'iso' : '') + m[2].replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const key = `${m[1]}${codeset}${m[3] ?? ''}`;
  if (LOCALES.has(key)) return LOCALES.get(key);
  return m[2] === undefined && LOCALES.has(name) ? LOCALES.get(name) : undefined;
}

/** en_US.UTF-8's strcoll for these names: letters and digits first (punctuation ignored, case folded), then the rest. */
function collate(a: string, b: string): number {
  const k = (s: string) => s.replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  const [x, y] = [k(a), k(b)];
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** print_assignment(): the value, quoted as the shell would need it. */
function assignment(name: string, val: string, dquote: boolean): string {
  const special = dquote ? /[$`"\\]/g : /[~|&;<>()$`\\"' \t\n]/g;
  const body = val.replace(special, (c) => '\\' + c);
  return dquote ? `${name}="${body}"\n` : `${name}=${body}\n`;
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  if (o.has('usage')) {
    ctx.out(((yield { load: () => import('./help') }) as typeof import('./help')).usage);
    return 0;
  }
  const env = ctx.frame.env;
  const lcall = env.LC_ALL ?? '';
  const lang = env.LANG ?? '';
  const effective = (cat: string) => lcall || env[cat] || lang || 'C';
  const tries = (cats: string[]) => {
    for (const c of cats) if (!installed(effective(c))) ctx.err(`${P}: Cannot set ${c} to default locale: No such file or directory\n`);
  };
  tries(['LC_CTYPE', 'LC_MESSAGES']);
  if (o.has('all-locales')) {
    ctx.out([...LOCALES.keys()].sort(collate).map((n) => n + '\n').join(''));
    return 0;
  }
  if (o.has('charmaps')) return 0;
  // setlocale (LC_ALL, ""): every category must load
  if (CATEGORIES.some((c) => !installed(effective(c)))) ctx.err(`${P}: Cannot set LC_ALL to default locale: No such file or directory\n`);
  const names = ctx.operands ?? [];
  const showCat = o.has('category-name');
  const showKey = o.has('keyword-name');
  if (!names.length && !showCat && !showKey) {
    let out = assignment('LANG', lang, false);
    for (const c of CATEGORIES) {
      const v = env[c];
      out += lcall || v === undefined ? assignment(c, lcall || lang || 'POSIX', true) : assignment(c, v, false);
    }
    ctx.out(out + assignment('LC_ALL', lcall, false));
    return 0;
  }
  for (const name of names) {
    if (name === 'charmap') {
      // LC_CTYPE's CODESET, of the locale setlocale could load (else the C locale's)
      const codeset = installed(effective('LC_CTYPE')) ?? 'ANSI_X3.4-1968';
      ctx.out(`${showCat ? 'LC_CTYPE\n' : ''}${showKey ? `charmap="${codeset}"` : codeset}\n`);
      continue;
    }
    // the other categories and keywords of categories.def are not modelled (DIFFERENCES.md)
    if (CATEGORIES.includes(name) || KEYWORDS.has(name)) continue;
    ctx.err(`${P}: unknown name "${name}"\n`);
    return 1;
  }
  return 0;
}
