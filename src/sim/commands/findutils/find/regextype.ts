// -regextype's names and the syntax each stands for in the simulator's POSIX matcher.
import type { Syntax } from '../../lib/posix-regex';

/**
 * -regextype's names (lib/regextype.c regex_map, in its order) and the gnulib syntax each stands for, as the
 * POSIX matcher reads it: RE_SYNTAX_EMACS (the default) is its own flavour; ed, sed, grep and the basic ones BRE;
 * the egrep and extended ones ERE; the awk ones awk's.
 */
export const REGEX_TYPES: Record<string, Syntax> = {
  'findutils-default': { kind: 'emacs' },
  ed: { kind: 'bre' },
  emacs: { kind: 'emacs' },
  'gnu-awk': { kind: 'awk' },
  grep: { kind: 'bre' },
  'posix-awk': { kind: 'awk' },
  awk: { kind: 'awk' },
  'posix-basic': { kind: 'bre' },
  'posix-egrep': { kind: 'ere', intervalOrd: true },
  egrep: { kind: 'ere', intervalOrd: true },
  'posix-extended': { kind: 'ere', invalidOps: true, parenOrd: true },
  'posix-minimal-basic': { kind: 'bre' },
  sed: { kind: 'bre' },
};
