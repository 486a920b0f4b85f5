// The options, commands and usage errors of dnf 4.14.0 (Rocky 9.5: dnf-4.14.0-17.el9, dnf-plugins-core-4.3.0-16.el9), from the output recorded in
// tests/golden/dnf. Written by scripts/golden/dnf-spec.ts; edit that script, not this file.
// dnf parses with argparse: options anywhere (unique prefixes too), the general ones before or after the command;
// an unknown option without a command prints the help; within a command it is "dnf CMD: error: unrecognized
// arguments", exit 2; an option without its value is "Command line error" after the general usage, exit 1.
// `dnf --version` prints the version, then the installed rpm and dnf packages with their dates: only the first line is kept.
import type { CommandSpec, FlagSpec, UsageError } from '../../spec/types';
import { asYum } from './yum-words';

const MAIN_USAGE = "usage: dnf [-c [config file]] [-q] [-v] [--version] [--installroot [path]]\n           [--nodocs] [--noplugins] [--enableplugin [plugin]]\n           [--disableplugin [plugin]] [--releasever RELEASEVER]\n           [--setopt SETOPTS] [--skip-broken] [-h] [--allowerasing]\n           [-b | --nobest] [-C] [-R [minutes]] [-d [debug level]]\n           [--debugsolver] [--showduplicates] [-e ERRORLEVEL] [--obsoletes]\n           [--rpmverbosity [debug level name]] [-y] [--assumeno]\n           [--enablerepo [repo]] [--disablerepo [repo] | --repo [repo]]\n           [--enable | --disable] [-x [package]] [--disableexcludes [repo]]\n           [--repofrompath [repo,path]] [--noautoremove] [--nogpgcheck]\n           [--color COLOR] [--refresh] [-4] [-6] [--destdir DESTDIR]\n           [--downloadonly] [--comment COMMENT] [--bugfix] [--enhancement]\n           [--newpackage] [--security] [--advisory ADVISORY] [--bz BUGZILLA]\n           [--cve CVES] [--sec-severity {Critical,Important,Moderate,Low}]\n           [--forcearch ARCH]\n";
/** Each command's usage lines (argparse wraps them under its name). */
export const USAGE: Record<string, string> = {
  "install": "usage: dnf install [-c [config file]] [-q] [-v] [--version]\n                   [--installroot [path]] [--nodocs] [--noplugins]\n                   [--enableplugin [plugin]] [--disableplugin [plugin]]\n                   [--releasever RELEASEVER] [--setopt SETOPTS]\n                   [--skip-broken] [-h] [--allowerasing] [-b | --nobest] [-C]\n                   [-R [minutes]] [-d [debug level]] [--debugsolver]\n                   [--showduplicates] [-e ERRORLEVEL] [--obsoletes]\n                   [--rpmverbosity [debug level name]] [-y] [--assumeno]\n                   [--enablerepo [repo]] [--disablerepo [repo] | --repo\n                   [repo]] [--enable | --disable] [-x [package]]\n                   [--disableexcludes [repo]] [--repofrompath [repo,path]]\n                   [--noautoremove] [--nogpgcheck] [--color COLOR] [--refresh]\n                   [-4] [-6] [--destdir DESTDIR] [--downloadonly]\n                   [--comment COMMENT] [--bugfix] [--enhancement]\n                   [--newpackage] [--security] [--advisory ADVISORY]\n                   [--bz BUGZILLA] [--cve CVES]\n                   [--sec-severity {Critical,Important,Moderate,Low}]\n                   [--forcearch ARCH]\n                   PACKAGE [PACKAGE ...]\n",
  "remove": "usage: dnf remove [-c [config file]] [-q] [-v] [--version]\n                  [--installroot [path]] [--nodocs] [--noplugins]\n                  [--enableplugin [plugin]] [--disableplugin [plugin]]\n                  [--releasever RELEASEVER] [--setopt SETOPTS] [--skip-broken]\n                  [-h] [--allowerasing] [-b | --nobest] [-C] [-R [minutes]]\n                  [-d [debug level]] [--debugsolver] [--showduplicates]\n                  [-e ERRORLEVEL] [--obsoletes]\n                  [--rpmverbosity [debug level name]] [-y] [--assumeno]\n                  [--enablerepo [repo]] [--disablerepo [repo] | --repo [repo]]\n                  [--enable | --disable] [-x [package]]\n                  [--disableexcludes [repo]] [--repofrompath [repo,path]]\n                  [--noautoremove] [--nogpgcheck] [--color COLOR] [--refresh]\n                  [-4] [-6] [--destdir DESTDIR] [--downloadonly]\n                  [--comment COMMENT] [--bugfix] [--enhancement]\n                  [--newpackage] [--security] [--advisory ADVISORY]\n                  [--bz BUGZILLA] [--cve CVES]\n                  [--sec-severity {Critical,Important,Moderate,Low}]\n                  [--forcearch ARCH] [--duplicates | --oldinstallonly]\n                  [PACKAGE ...]\n",
  "list": "usage: dnf list [-c [config file]] [-q] [-v] [--version]\n                [--installroot [path]] [--nodocs] [--noplugins]\n                [--enableplugin [plugin]] [--disableplugin [plugin]]\n                [--releasever RELEASEVER] [--setopt SETOPTS] [--skip-broken]\n                [-h] [--allowerasing] [-b | --nobest] [-C] [-R [minutes]]\n                [-d [debug level]] [--debugsolver] [--showduplicates]\n                [-e ERRORLEVEL] [--obsoletes]\n                [--rpmverbosity [debug level name]] [-y] [--assumeno]\n                [--enablerepo [repo]] [--disablerepo [repo] | --repo [repo]]\n                [--enable | --disable] [-x [package]]\n                [--disableexcludes [repo]] [--repofrompath [repo,path]]\n                [--noautoremove] [--nogpgcheck] [--color COLOR] [--refresh]\n                [-4] [-6] [--destdir DESTDIR] [--downloadonly]\n                [--comment COMMENT] [--bugfix] [--enhancement] [--newpackage]\n                [--security] [--advisory ADVISORY] [--bz BUGZILLA]\n                [--cve CVES]\n                [--sec-severity {Critical,Important,Moderate,Low}]\n                [--forcearch ARCH]\n                [--all | --available | --installed | --extras | --updates | --upgrades | --autoremove | --recent]\n                [PACKAGE ...]\n",
  "info": "usage: dnf info [-c [config file]] [-q] [-v] [--version]\n                [--installroot [path]] [--nodocs] [--noplugins]\n                [--enableplugin [plugin]] [--disableplugin [plugin]]\n                [--releasever RELEASEVER] [--setopt SETOPTS] [--skip-broken]\n                [-h] [--allowerasing] [-b | --nobest] [-C] [-R [minutes]]\n                [-d [debug level]] [--debugsolver] [--showduplicates]\n                [-e ERRORLEVEL] [--obsoletes]\n                [--rpmverbosity [debug level name]] [-y] [--assumeno]\n                [--enablerepo [repo]] [--disablerepo [repo] | --repo [repo]]\n                [--enable | --disable] [-x [package]]\n                [--disableexcludes [repo]] [--repofrompath [repo,path]]\n                [--noautoremove] [--nogpgcheck] [--color COLOR] [--refresh]\n                [-4] [-6] [--destdir DESTDIR] [--downloadonly]\n                [--comment COMMENT] [--bugfix] [--enhancement] [--newpackage]\n                [--security] [--advisory ADVISORY] [--bz BUGZILLA]\n                [--cve CVES]\n                [--sec-severity {Critical,Important,Moderate,Low}]\n                [--forcearch ARCH]\n                [--all | --available | --installed | --extras | --updates | --upgrades | --autoremove | --recent]\n                [PACKAGE ...]\n",
  "repolist": "usage: dnf repolist [-c [config file]] [-q] [-v] [--version]\n                    [--installroot [path]] [--nodocs] [--noplugins]\n                    [--enableplugin [plugin]] [--disableplugin [plugin]]\n                    [--releasever RELEASEVER] [--setopt SETOPTS]\n                    [--skip-broken] [-h] [--allowerasing] [-b | --nobest] [-C]\n                    [-R [minutes]] [-d [debug level]] [--debugsolver]\n                    [--showduplicates] [-e ERRORLEVEL] [--obsoletes]\n                    [--rpmverbosity [debug level name]] [-y] [--assumeno]\n                    [--enablerepo [repo]] [--disablerepo [repo] | --repo\n                    [repo]] [--enable | --disable] [-x [package]]\n                    [--disableexcludes [repo]] [--repofrompath [repo,path]]\n                    [--noautoremove] [--nogpgcheck] [--color COLOR]\n                    [--refresh] [-4] [-6] [--destdir DESTDIR] [--downloadonly]\n                    [--comment COMMENT] [--bugfix] [--enhancement]\n                    [--newpackage] [--security] [--advisory ADVISORY]\n                    [--bz BUGZILLA] [--cve CVES]\n                    [--sec-severity {Critical,Important,Moderate,Low}]\n                    [--forcearch ARCH] [--all | --enabled | --disabled]\n                    [REPOSITORY ...]\n",
  "makecache": "usage: dnf makecache [-c [config file]] [-q] [-v] [--version]\n                     [--installroot [path]] [--nodocs] [--noplugins]\n                     [--enableplugin [plugin]] [--disableplugin [plugin]]\n                     [--releasever RELEASEVER] [--setopt SETOPTS]\n                     [--skip-broken] [-h] [--allowerasing] [-b | --nobest]\n                     [-C] [-R [minutes]] [-d [debug level]] [--debugsolver]\n                     [--showduplicates] [-e ERRORLEVEL] [--obsoletes]\n                     [--rpmverbosity [debug level name]] [-y] [--assumeno]\n                     [--enablerepo [repo]] [--disablerepo [repo] | --repo\n                     [repo]] [--enable | --disable] [-x [package]]\n                     [--disableexcludes [repo]] [--repofrompath [repo,path]]\n                     [--noautoremove] [--nogpgcheck] [--color COLOR]\n                     [--refresh] [-4] [-6] [--destdir DESTDIR]\n                     [--downloadonly] [--comment COMMENT] [--bugfix]\n                     [--enhancement] [--newpackage] [--security]\n                     [--advisory ADVISORY] [--bz BUGZILLA] [--cve CVES]\n                     [--sec-severity {Critical,Important,Moderate,Low}]\n                     [--forcearch ARCH] [--timer]\n",
  "upgrade": "usage: dnf upgrade [-c [config file]] [-q] [-v] [--version]\n                   [--installroot [path]] [--nodocs] [--noplugins]\n                   [--enableplugin [plugin]] [--disableplugin [plugin]]\n                   [--releasever RELEASEVER] [--setopt SETOPTS]\n                   [--skip-broken] [-h] [--allowerasing] [-b | --nobest] [-C]\n                   [-R [minutes]] [-d [debug level]] [--debugsolver]\n                   [--showduplicates] [-e ERRORLEVEL] [--obsoletes]\n                   [--rpmverbosity [debug level name]] [-y] [--assumeno]\n                   [--enablerepo [repo]] [--disablerepo [repo] | --repo\n                   [repo]] [--enable | --disable] [-x [package]]\n                   [--disableexcludes [repo]] [--repofrompath [repo,path]]\n                   [--noautoremove] [--nogpgcheck] [--color COLOR] [--refresh]\n                   [-4] [-6] [--destdir DESTDIR] [--downloadonly]\n                   [--comment COMMENT] [--bugfix] [--enhancement]\n                   [--newpackage] [--security] [--advisory ADVISORY]\n                   [--bz BUGZILLA] [--cve CVES]\n                   [--sec-severity {Critical,Important,Moderate,Low}]\n                   [--forcearch ARCH]\n                   [PACKAGE ...]\n",
  "check-update": "usage: dnf check-update [-c [config file]] [-q] [-v] [--version]\n                        [--installroot [path]] [--nodocs] [--noplugins]\n                        [--enableplugin [plugin]] [--disableplugin [plugin]]\n                        [--releasever RELEASEVER] [--setopt SETOPTS]\n                        [--skip-broken] [-h] [--allowerasing] [-b | --nobest]\n                        [-C] [-R [minutes]] [-d [debug level]] [--debugsolver]\n                        [--showduplicates] [-e ERRORLEVEL] [--obsoletes]\n                        [--rpmverbosity [debug level name]] [-y] [--assumeno]\n                        [--enablerepo [repo]] [--disablerepo [repo] | --repo\n                        [repo]] [--enable | --disable] [-x [package]]\n                        [--disableexcludes [repo]]\n                        [--repofrompath [repo,path]] [--noautoremove]\n                        [--nogpgcheck] [--color COLOR] [--refresh] [-4] [-6]\n                        [--destdir DESTDIR] [--downloadonly]\n                        [--comment COMMENT] [--bugfix] [--enhancement]\n                        [--newpackage] [--security] [--advisory ADVISORY]\n                        [--bz BUGZILLA] [--cve CVES]\n                        [--sec-severity {Critical,Important,Moderate,Low}]\n                        [--forcearch ARCH] [--changelogs]\n                        [PACKAGE ...]\n",
  "reinstall": "usage: dnf reinstall [-c [config file]] [-q] [-v] [--version]\n                     [--installroot [path]] [--nodocs] [--noplugins]\n                     [--enableplugin [plugin]] [--disableplugin [plugin]]\n                     [--releasever RELEASEVER] [--setopt SETOPTS]\n                     [--skip-broken] [-h] [--allowerasing] [-b | --nobest]\n                     [-C] [-R [minutes]] [-d [debug level]] [--debugsolver]\n                     [--showduplicates] [-e ERRORLEVEL] [--obsoletes]\n                     [--rpmverbosity [debug level name]] [-y] [--assumeno]\n                     [--enablerepo [repo]] [--disablerepo [repo] | --repo\n                     [repo]] [--enable | --disable] [-x [package]]\n                     [--disableexcludes [repo]] [--repofrompath [repo,path]]\n                     [--noautoremove] [--nogpgcheck] [--color COLOR]\n                     [--refresh] [-4] [-6] [--destdir DESTDIR]\n                     [--downloadonly] [--comment COMMENT] [--bugfix]\n                     [--enhancement] [--newpackage] [--security]\n                     [--advisory ADVISORY] [--bz BUGZILLA] [--cve CVES]\n                     [--sec-severity {Critical,Important,Moderate,Low}]\n                     [--forcearch ARCH]\n                     PACKAGE [PACKAGE ...]\n",
  "downgrade": "usage: dnf downgrade [-c [config file]] [-q] [-v] [--version]\n                     [--installroot [path]] [--nodocs] [--noplugins]\n                     [--enableplugin [plugin]] [--disableplugin [plugin]]\n                     [--releasever RELEASEVER] [--setopt SETOPTS]\n                     [--skip-broken] [-h] [--allowerasing] [-b | --nobest]\n                     [-C] [-R [minutes]] [-d [debug level]] [--debugsolver]\n                     [--showduplicates] [-e ERRORLEVEL] [--obsoletes]\n                     [--rpmverbosity [debug level name]] [-y] [--assumeno]\n                     [--enablerepo [repo]] [--disablerepo [repo] | --repo\n                     [repo]] [--enable | --disable] [-x [package]]\n                     [--disableexcludes [repo]] [--repofrompath [repo,path]]\n                     [--noautoremove] [--nogpgcheck] [--color COLOR]\n                     [--refresh] [-4] [-6] [--destdir DESTDIR]\n                     [--downloadonly] [--comment COMMENT] [--bugfix]\n                     [--enhancement] [--newpackage] [--security]\n                     [--advisory ADVISORY] [--bz BUGZILLA] [--cve CVES]\n                     [--sec-severity {Critical,Important,Moderate,Low}]\n                     [--forcearch ARCH]\n                     [package ...]\n",
  "config-manager": "usage: dnf config-manager [-c [config file]] [-q] [-v] [--version]\n                          [--installroot [path]] [--nodocs] [--noplugins]\n                          [--enableplugin [plugin]] [--disableplugin [plugin]]\n                          [--releasever RELEASEVER] [--setopt SETOPTS]\n                          [--skip-broken] [-h] [--allowerasing]\n                          [-b | --nobest] [-C] [-R [minutes]]\n                          [-d [debug level]] [--debugsolver]\n                          [--showduplicates] [-e ERRORLEVEL] [--obsoletes]\n                          [--rpmverbosity [debug level name]] [-y]\n                          [--assumeno] [--enablerepo [repo]]\n                          [--disablerepo [repo] | --repo [repo]]\n                          [--enable | --disable] [-x [package]]\n                          [--disableexcludes [repo]]\n                          [--repofrompath [repo,path]] [--noautoremove]\n                          [--nogpgcheck] [--color COLOR] [--refresh] [-4] [-6]\n                          [--destdir DESTDIR] [--downloadonly]\n                          [--comment COMMENT] [--bugfix] [--enhancement]\n                          [--newpackage] [--security] [--advisory ADVISORY]\n                          [--bz BUGZILLA] [--cve CVES]\n                          [--sec-severity {Critical,Important,Moderate,Low}]\n                          [--forcearch ARCH] [--save] [--add-repo URL]\n                          [--dump] [--dump-variables]\n                          [--set-enabled | --set-disabled]\n                          [repo ...]\n"
};

const GLOBAL: FlagSpec[] = [
  { short: "c", long: "config", value: 'required' },
  { short: "q", long: "quiet" },
  { short: "v", long: "verbose" },
  { long: "version", action: 'version' },
  { long: "installroot", value: 'required' },
  { long: "nodocs" },
  { long: "noplugins" },
  { long: "enableplugin", value: 'required' },
  { long: "disableplugin", value: 'required' },
  { long: "releasever", value: 'required' },
  { long: "setopt", value: 'required' },
  { long: "skip-broken" },
  { short: "h", long: "help", longAliases: ["help-cmd"], action: 'help' },
  { long: "allowerasing" },
  { short: "b", long: "best" },
  { long: "nobest" },
  { short: "C", long: "cacheonly" },
  { short: "R", long: "randomwait", value: 'required' },
  { short: "d", long: "debuglevel", value: 'required' },
  { long: "debugsolver" },
  { long: "showduplicates" },
  { short: "e", long: "errorlevel", value: 'required' },
  { long: "obsoletes" },
  { long: "rpmverbosity", value: 'required' },
  { short: "y", long: "assumeyes" },
  { long: "assumeno" },
  { long: "enablerepo", value: 'required' },
  { long: "disablerepo", value: 'required' },
  { long: "repo", longAliases: ["repoid"], value: 'required' },
  { long: "enable" },
  { long: "disable" },
  { short: "x", long: "exclude", longAliases: ["excludepkgs"], value: 'required' },
  { long: "disableexcludes", longAliases: ["disableexcludepkgs"], value: 'required' },
  { long: "repofrompath", value: 'required' },
  { long: "noautoremove" },
  { long: "nogpgcheck" },
  { long: "color", value: 'required' },
  { long: "refresh" },
  { short: "4" },
  { short: "6" },
  { long: "destdir", longAliases: ["downloaddir"], value: 'required' },
  { long: "downloadonly" },
  { long: "comment", value: 'required' },
  { long: "bugfix" },
  { long: "enhancement" },
  { long: "newpackage" },
  { long: "security" },
  { long: "advisory", longAliases: ["advisories"], value: 'required' },
  { long: "bz", longAliases: ["bzs"], value: 'required' },
  { long: "cve", longAliases: ["cves"], value: 'required' },
  { long: "sec-severity", longAliases: ["secseverity"], value: 'required' },
  { long: "forcearch", value: 'required' },
];

/** argparse's name of an option in its messages (`-x/--exclude/--excludepkgs`). */
const argName = (f?: FlagSpec) => (f ? [f.short && '-' + f.short, f.long && '--' + f.long, ...(f.longAliases ?? []).map((l) => '--' + l)].filter(Boolean).join('/') : '');

function onError(name: string, e: UsageError, path: CommandSpec[]) {
  const words = (t: string) => (name === 'yum' ? asYum(t) : t);
  const cmd = path.length > 1 ? path[path.length - 1].name : undefined;
  const opt = e.short ? '-' + e.option : (e.option ?? '');
  if (e.code === 'unknown-command')
    return { stderr: words(`No such command: ${e.operand}. Please use /usr/bin/dnf --help\nIt could be a DNF plugin command, try: "dnf install 'dnf-command(${e.operand})'"\n`), status: 1 };
  if (e.code === 'unknown-option' && !cmd) return { stderr: '', status: 0, withHelp: 'stdout' as const };
  const line = (msg: string) => ({ stdout: words(MAIN_USAGE), stderr: `Command line error: ${msg}\n`, status: 1 });
  if (e.code === 'missing-value') return line(`argument ${argName(e.flag)}: expected one argument`);
  if (e.code === 'needless-value') return line(`argument ${argName(e.flag)}: ignored explicit argument '${e.value ?? ''}'`);
  if (e.code === 'ambiguous') return line(`ambiguous option: ${opt.split('=')[0]} could match ${(e.candidates ?? []).map((c) => '--' + c).join(', ')}`);
  if (!cmd) return undefined;
  const usage = words(USAGE[cmd]) + `${name} ${cmd}: error: `;
  if (e.code === 'missing-operand') return { stderr: usage + `the following arguments are required: ${path[path.length - 1].operands?.name}\n`, status: 2 };
  return { stderr: usage + `unrecognized arguments: ${opt}\n`, status: 2 };
}

/** The spec of dnf under the name `dnf` or `yum`. */
export function dnfSpec(name: string): CommandSpec {
  const sub = (s: string, aliases: string[], flags: FlagSpec[], required?: string): CommandSpec => ({
    name: s, aliases, style: 'gnu', flags, helpFlags: ['-h', '--help', '--help-cmd'],
    ...(required ? { operands: { name: required, min: 1 } } : {}),
    help: () => import('./help').then((m) => m.help(name, s, words(USAGE[s]))),
  });
  const words = (t: string) => (name === 'yum' ? asYum(t) : t);
  return {
    name,
    style: 'gnu',
    synopsis: `${name} [options] COMMAND`,
    helpFlags: ['-h', '--help', '--help-cmd'],
    helpCommand: true,
    globalFlags: GLOBAL,
    onError: (e, path) => onError(name, e, path),
    help: () => import('./help').then((m) => m.help(name)),
    version: '4.14.0\n',
    subcommands: [
      sub("install", ["localinstall","in"], [], "PACKAGE"),
      sub("remove", ["erase","rm"], [{ long: "duplicates" }, { long: "oldinstallonly" }]),
      sub("list", ["ls"], [{ long: "all" }, { long: "available" }, { long: "installed" }, { long: "extras" }, { long: "updates" }, { long: "upgrades" }, { long: "autoremove" }, { long: "recent" }]),
      sub("info", ["if"], [{ long: "all" }, { long: "available" }, { long: "installed" }, { long: "extras" }, { long: "updates" }, { long: "upgrades" }, { long: "autoremove" }, { long: "recent" }]),
      sub("repolist", ["repoinfo"], [{ long: "all" }, { long: "enabled" }, { long: "disabled" }]),
      sub("makecache", ["mc"], [{ long: "timer" }]),
      sub("upgrade", ["update","upgrade-to","update-to","localupdate","up"], []),
      sub("check-update", ["check-upgrade"], [{ long: "changelogs" }]),
      sub("reinstall", ["rei"], [], "PACKAGE"),
      sub("downgrade", ["dg"], []),
      sub("config-manager", [], [{ long: "save" }, { long: "add-repo", value: 'required' }, { long: "dump" }, { long: "dump-variables" }, { long: "set-enabled" }, { long: "set-disabled" }]),
    ],
  };
}
