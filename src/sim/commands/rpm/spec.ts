// rpm 4.16.1.3 (Rocky 9.5): popt reads its argv (run.ts), not getopt: no abbreviations, the word as typed in
// `rpm: <word>: unknown option`, and aliases from /usr/lib/rpm/rpmpopt (--info, --requires, ...). The options
// here are the tables of lib/poptQV.c, lib/poptALL.c, lib/poptI.c and rpm.c, and rpmpopt.in's aliases, at the
// rpm-4.16.1.3 tag. popt's generated --help is help.ts and its usage usage.ts, printed by run.ts where popt meets the
// word: helpFlags is empty.
import type { CommandSpec, FlagSpec } from '../../spec/types';

const f = (long: string, short?: string, arg?: string): FlagSpec => ({ long, ...(short ? { short } : {}), ...(arg ? { value: 'required' as const, arg } : {}) });

/** Every option rpm 4.16.1.3 knows, with its letter and whether it takes a value. */
export const RPM_OPTIONS: FlagSpec[] = [
  // lib/poptQV.c: package selection, file selection, query and verify options
  f('all', 'a'), f('checksig', 'K'), f('file', 'f'), f('group', 'g'), f('package', 'p'), f('pkgid'), f('hdrid'), f('query', 'q'),
  f('querybynumber'), f('tid'), f('triggeredby'), f('verify', 'V'), f('whatconflicts'), f('whatrequires'), f('whatobsoletes'),
  f('whatprovides'), f('whatrecommends'), f('whatsuggests'), f('whatsupplements'), f('whatenhances'), f('noglob'), f('nomanifest'),
  f('configfiles', 'c'), f('docfiles', 'd'), f('licensefiles', 'L'), f('artifactfiles', 'A'), f('noghost'), f('noconfig'), f('noartifact'),
  f('dump'), f('list', 'l'), f('qf', undefined, 'QUERYFORMAT'), f('queryformat', undefined, 'QUERYFORMAT'), f('state', 's'), f('nofiledigest'),
  f('nomd5'), f('nosize'), f('nolinkto'), f('nouser'), f('nogroup'), f('nomtime'), f('nomode'), f('nordev'), f('nocontexts'), f('nocaps'),
  f('nofiles'), f('nodeps'), f('noscript'), f('noscripts'),
  // lib/poptALL.c: common options
  f('debug'), f('predefine', undefined, "'MACRO EXPR'"), f('define', 'D', "'MACRO EXPR'"), f('undefine', undefined, 'MACRO'), f('eval', 'E', "'EXPR'"),
  f('target', undefined, 'CPU-VENDOR-OS'), f('macros', undefined, '<FILE:...>'), f('load', undefined, '<FILE>'), f('noplugins'), f('nodigest'),
  f('nohdrchk'), f('nosignature'), f('pipe', undefined, 'CMD'), f('rcfile', undefined, '<FILE:...>'), f('root', 'r', 'ROOT'), f('dbpath', undefined, 'DIRECTORY'),
  f('querytags'), f('showrc'), f('quiet'), f('verbose', 'v'), f('version'), f('fsmdebug'), f('prtpkts'), f('rpmfcdebug'), f('rpmiodebug'),
  f('nouserns'), f('stats'),
  // lib/poptI.c: install, upgrade and erase options
  f('allfiles'), f('allmatches'), f('badreloc'), f('deploops'), f('erase', 'e'), f('excludeartifacts'), f('excludeconfigs'), f('excludedocs'),
  f('excludepath', undefined, '<path>'), f('force'), f('freshen', 'F'), f('hash', 'h'), f('ignorearch'), f('ignoreos'), f('ignoresize'),
  f('noverify'), f('includedocs'), f('install', 'i'), f('justdb'), f('noconfigs'), f('nodocs'), f('noorder'), f('nopre'), f('nopost'),
  f('nopreun'), f('nopostun'), f('nopretrans'), f('noposttrans'), f('notriggers'), f('notriggerprein'), f('notriggerin'), f('notriggerun'),
  f('notriggerpostun'), f('oldpackage'), f('percent'), f('prefix', undefined, '<dir>'), f('relocate', undefined, '<old>=<new>'),
  f('replacefiles'), f('replacepkgs'), f('test'), f('upgrade', 'U'), f('reinstall'),
  // rpmpopt.in aliases
  ...['scripts', 'setperms', 'setugids', 'setcaps', 'restore', 'conflicts', 'obsoletes', 'provides', 'requires', 'recommends', 'suggests',
    'supplements', 'enhances', 'info', 'changelog', 'changes', 'xml', 'triggerscripts', 'triggers', 'filetriggerscripts', 'filetriggers',
    'last', 'dupes', 'filesbypkg', 'fileclass', 'filecolor', 'fileprovide', 'filerequire', 'filecaps', 'i18ndomains', 'color', 'httpport',
    'httpproxy', 'trace'].map((n) => f(n)),
  // popt's own
  f('help', '?'), f('usage'),
];

/** Letters rpmpopt.in defines as aliases (-P: --provides, -R: --requires). */
export const RPM_SHORT_ALIASES: Record<string, string> = { P: 'provides', R: 'requires' };

export const spec: CommandSpec = {
  name: 'rpm',
  style: 'gnu',
  synopsis: 'rpm [OPTION...]',
  rawArgs: true,
  helpFlags: [],
  flags: RPM_OPTIONS,
  version: 'RPM version 4.16.1.3\n',
};
