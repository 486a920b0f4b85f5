// What systemd 252's get_locales() (src/basic/locale-util.c) lists on the box: the locales of the locale archive and
// of /usr/lib/locale, `.utf8` names turned into `.UTF-8`, the UTF-8 ones only, in strcmp order. The archive is
// glibc-langpack-en's (the kickstart's `%packages --inst-langs=en`): the `en_` lines of glibc 2.34's
// localedata/SUPPORTED, each under its name and, for those without a codeset, the `.utf8` alias localedef adds;
// C.utf8 is glibc-minimal-langpack's directory in /usr/lib/locale.
const EN_UTF8 = 'AG AU BW CA DK GB HK IE IL IN NG NZ PH SC SG US ZA ZM ZW';
export const LOCALES: readonly string[] = ['C.UTF-8', ...EN_UTF8.split(' ').map((c) => `en_${c}.UTF-8`)];
/** The other (non-UTF-8) locales of the archive: ISO-8859-1, and en_IE@euro in ISO-8859-15. */
const EN_LATIN1 = 'AU BW CA DK GB HK IE NZ PH SG US ZA ZW';

/** locale_is_installed(): whether newlocale() finds the name (glibc matches codesets case- and punctuation-blind). */
export function localeInstalled(name: string): boolean {
  if (name === 'C' || name === 'POSIX') return true;
  const m = /^([A-Za-z]+(?:_[A-Z]+)?)(?:\.([^@]+))?(?:@(.+))?$/.exec(name);
  if (!m) return false;
  const [, base, codeset, mod] = m;
  const cs = codeset?.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (base === 'C') return !mod && (cs === 'utf8');
  const c = base.startsWith('en_') ? base.slice(3) : '';
  if (mod) return mod === 'euro' && c === 'IE' && (!cs || cs === 'iso885915');
  if (!cs) return EN_UTF8.split(' ').includes(c) || EN_LATIN1.split(' ').includes(c);
  if (cs === 'utf8') return EN_UTF8.split(' ').includes(c);
  return cs === 'iso88591' && EN_LATIN1.split(' ').includes(c);
}
