// cmd.exe builtins on the Windows host: each in its folder under cmd/ (run, spec where it has switches, help);
// this module registers them. `/?` prints a builtin's help before it runs.
import { registerCommand, type CommandDef, type LazyCommandDef } from '../registry';
import { byteLength } from '../fs';
import { cmdHelp } from './cmd/help';
import type { CommandSpec } from '../spec/types';
import { spec as dirSpec } from './cmd/dir/spec';
import { run as cdRun } from './cmd/cd/run';
import { run as typeRun } from './cmd/type/run';
import { run as delRun } from './cmd/del/run';
import { run as mkdirRun } from './cmd/mkdir/run';
import { run as rmdirRun } from './cmd/rmdir/run';
import { run as copyRun } from './cmd/copy/run';
import { run as echoRun } from './cmd/echo/run';
import { run as clsRun } from './cmd/cls/run';
import { run as setRun } from './cmd/set/run';
import { run as exitRun } from './cmd/exit/run';
import { run as verRun } from './cmd/ver/run';
import { run as hostnameRun } from './cmd/hostname/run';
import { run as whoamiRun } from './cmd/whoami/run';
import { run as notepadRun } from './cmd/notepad/run';
import { run as moreRun } from './cmd/more/run';
import { run as ipconfigRun } from './cmd/ipconfig/run';
import { run as pingRun } from './cmd/ping/run';
import { run as dirRun } from './cmd/dir/run';
import { spec as whereSpec } from './cmd/where/spec';
import { spec as treeSpec } from './cmd/tree/spec';
import { spec as tasklistSpec } from './cmd/tasklist/spec';
import { spec as hostnameSpec } from './cmd/hostname/spec';
import { spec as cdSpec } from './cmd/cd/spec';
import { spec as typeSpec } from './cmd/type/spec';
import { spec as delSpec } from './cmd/del/spec';
import { spec as mkdirSpec } from './cmd/mkdir/spec';
import { spec as rmdirSpec } from './cmd/rmdir/spec';
import { spec as copySpec } from './cmd/copy/spec';
import { spec as echoSpec } from './cmd/echo/spec';
import { spec as clsSpec } from './cmd/cls/spec';
import { spec as setSpec } from './cmd/set/spec';
import { spec as exitSpec } from './cmd/exit/spec';
import { spec as verSpec } from './cmd/ver/spec';
import { spec as whoamiSpec } from './cmd/whoami/spec';
import { spec as findstrSpec } from './cmd/findstr/spec';
import { spec as moreSpec } from './cmd/more/spec';
import { spec as ipconfigSpec } from './cmd/ipconfig/spec';
import { spec as pingSpec } from './cmd/ping/spec';
import { spec as remSpec } from './cmd/rem/spec';
import { spec as ifSpec } from './cmd/if/spec';
import { spec as forSpec } from './cmd/for/spec';
import { spec as moveSpec } from './cmd/move/spec';
import { spec as renameSpec } from './cmd/rename/spec';
import { spec as pushdSpec } from './cmd/pushd/spec';
import { spec as popdSpec } from './cmd/popd/spec';
import { spec as pauseSpec } from './cmd/pause/spec';
import { spec as titleSpec } from './cmd/title/spec';
import { spec as startSpec } from './cmd/start/spec';
import { spec as pathSpec } from './cmd/path/spec';
import { spec as promptSpec } from './cmd/prompt/spec';
import { spec as dateSpec } from './cmd/date/spec';
import { spec as timeSpec } from './cmd/time/spec';
import { spec as volSpec } from './cmd/vol/spec';
import { spec as colorSpec } from './cmd/color/spec';
import { spec as callSpec } from './cmd/call/spec';
import { spec as gotoSpec } from './cmd/goto/spec';
import { spec as setlocalSpec } from './cmd/setlocal/spec';
import { spec as endlocalSpec } from './cmd/endlocal/spec';
import { spec as shiftSpec } from './cmd/shift/spec';
import { spec as verifySpec } from './cmd/verify/spec';
import { spec as breakSpec } from './cmd/break/spec';

/** A program whose body loads on first use (kept out of the first chunk); `/?` as for a builtin. */
function lazyDef(d: Omit<LazyCommandDef, 'shell' | 'load'>, load: () => Promise<CommandDef['run']>): void {
  registerCommand({
    ...d,
    shell: 'cmd',
    load: () =>
      load().then((body) => ({
        *run(ctx) {
          const help = yield* cmdHelp(ctx);
          return help ?? (yield* body(ctx));
        },
      })),
  });
}

/** A builtin: `/?` prints its help (cmd/<name>/help.ts, loaded on demand) before it runs. */
function def(d: Omit<CommandDef, 'shell'>): void {
  const body = d.run;
  registerCommand({
    ...d,
    shell: 'cmd',
    *run(ctx) {
      const help = yield* cmdHelp(ctx);
      return help ?? (yield* body(ctx));
    },
  });
}

def({ name: 'cd', aliases: cdSpec.aliases, spec: cdSpec, summary: cdSpec.summary!, run: cdRun });

for (const drive of ['c:', 'd:']) {
  def({
    name: drive,
    summary: 'Changes the current drive.',
    *run(ctx) {
      ctx.frame.cwd = drive.toUpperCase() + '\\';
      return 0;
    },
  });
}

def({ name: 'dir', spec: dirSpec, summary: 'Displays a list of files and subdirectories in a directory.', run: dirRun });

def({ name: 'type', aliases: typeSpec.aliases, spec: typeSpec, summary: typeSpec.summary!, run: typeRun });

def({ name: 'del', aliases: delSpec.aliases, spec: delSpec, summary: delSpec.summary!, run: delRun });

def({ name: 'mkdir', aliases: mkdirSpec.aliases, spec: mkdirSpec, summary: mkdirSpec.summary!, run: mkdirRun });

def({ name: 'rmdir', aliases: rmdirSpec.aliases, spec: rmdirSpec, summary: rmdirSpec.summary!, run: rmdirRun });

def({ name: 'copy', aliases: copySpec.aliases, spec: copySpec, summary: copySpec.summary!, run: copyRun });

def({ name: 'echo', aliases: echoSpec.aliases, spec: echoSpec, summary: echoSpec.summary!, run: echoRun });

def({ name: 'cls', aliases: clsSpec.aliases, spec: clsSpec, summary: clsSpec.summary!, run: clsRun });

def({ name: 'set', aliases: setSpec.aliases, spec: setSpec, summary: setSpec.summary!, run: setRun });

def({ name: 'exit', aliases: exitSpec.aliases, spec: exitSpec, summary: exitSpec.summary!, run: exitRun });

def({ name: 'ver', aliases: verSpec.aliases, spec: verSpec, summary: verSpec.summary!, run: verRun });

def({
  name: 'hostname',
  spec: hostnameSpec,
  summary: 'Prints the name of the current host.',
  run: hostnameRun,
});

lazyDef({ name: 'where', spec: whereSpec, summary: whereSpec.summary! }, () => import('./cmd/where/run').then((m) => m.run));
lazyDef({ name: 'tree', spec: treeSpec, summary: treeSpec.summary! }, () => import('./cmd/tree/run').then((m) => m.run));
lazyDef({ name: 'tasklist', spec: tasklistSpec, summary: tasklistSpec.summary! }, () => import('./cmd/tasklist/run').then((m) => m.run));

def({ name: 'whoami', aliases: whoamiSpec.aliases, spec: whoamiSpec, summary: whoamiSpec.summary!, run: whoamiRun });

def({
  name: 'notepad',
  summary: 'Opens a file in Notepad.',
  run: notepadRun,
});

lazyDef({ name: 'findstr', spec: findstrSpec, summary: findstrSpec.summary! }, () => import('./cmd/findstr/run').then((m) => m.run));

def({ name: 'more', aliases: moreSpec.aliases, spec: moreSpec, summary: moreSpec.summary!, run: moreRun });

export const cmdSize = (s: string) => byteLength(s);

def({ name: 'ipconfig', aliases: ipconfigSpec.aliases, spec: ipconfigSpec, summary: ipconfigSpec.summary!, run: ipconfigRun });

def({ name: 'ping', aliases: pingSpec.aliases, spec: pingSpec, summary: pingSpec.summary!, run: pingRun });


// Programs of System32 whose spec, help and body load together on first use.
registerCommand({ name: 'curl', shell: 'cmd', summary: 'transfer a URL', load: () => import('./cmd/curl/run') });
registerCommand({ name: 'ssh', shell: 'cmd', summary: 'OpenSSH remote login client', load: () => import('./cmd/ssh/run') });
registerCommand({ name: 'vboxmanage', shell: 'cmd', summary: 'VirtualBox command-line interface.', load: () => import('./cmd/vboxmanage/run') });
registerCommand({ name: 'systeminfo', shell: 'cmd', summary: 'Displays operating system configuration information.', load: () => import('./cmd/systeminfo/run') });
registerCommand({ name: 'netstat', shell: 'cmd', summary: 'Displays protocol statistics and current TCP/IP network connections.', load: () => import('./cmd/netstat/run') });
registerCommand({ name: 'route', shell: 'cmd', summary: 'Manipulates network routing tables.', load: () => import('./cmd/route/run') });
registerCommand({ name: 'arp', shell: 'cmd', summary: 'Displays and modifies the IP-to-Physical address translation tables used by address resolution protocol (ARP).', load: () => import('./cmd/arp/run') });
registerCommand({ name: 'nslookup', shell: 'cmd', summary: 'Queries the Domain Name System.', load: () => import('./cmd/nslookup/run') });
registerCommand({ name: 'tracert', shell: 'cmd', summary: 'Traces the route to a network host.', load: () => import('./cmd/tracert/run') });
registerCommand({ name: 'taskkill', shell: 'cmd', summary: 'Terminates tasks by process id (PID) or image name.', load: () => import('./cmd/taskkill/run') });
registerCommand({ name: 'getmac', shell: 'cmd', summary: 'Returns the MAC address and list of network protocols.', load: () => import('./cmd/getmac/run') });
registerCommand({ name: 'sort', shell: 'cmd', summary: 'Sorts input.', load: () => import('./cmd/sort/run') });
registerCommand({ name: 'powershell', shell: 'cmd', summary: 'Windows PowerShell', load: () => import('./cmd/powershell/run') });
registerCommand({ name: 'wsl', shell: 'cmd', summary: 'Windows Subsystem for Linux (not installed on this PC)', load: () => import('./cmd/wsl/run') });
registerCommand({ name: 'find', shell: 'cmd', summary: 'Searches for a text string in a file or files.', load: () => import('./cmd/find/run') });

// The builtins of batch programs and the rest of cmd.exe's own commands: each run module loads on first use.
const LAZY: [CommandSpec, () => Promise<{ run: CommandDef['run'] }>][] = [
  [remSpec, () => import('./cmd/rem/run')],
  [ifSpec, () => import('./cmd/if/run')],
  [forSpec, () => import('./cmd/for/run')],
  [moveSpec, () => import('./cmd/move/run')],
  [renameSpec, () => import('./cmd/rename/run')],
  [pushdSpec, () => import('./cmd/pushd/run')],
  [popdSpec, () => import('./cmd/popd/run')],
  [pauseSpec, () => import('./cmd/pause/run')],
  [titleSpec, () => import('./cmd/title/run')],
  [startSpec, () => import('./cmd/start/run')],
  [pathSpec, () => import('./cmd/path/run')],
  [promptSpec, () => import('./cmd/prompt/run')],
  [dateSpec, () => import('./cmd/date/run')],
  [timeSpec, () => import('./cmd/time/run')],
  [volSpec, () => import('./cmd/vol/run')],
  [colorSpec, () => import('./cmd/color/run')],
  [callSpec, () => import('./cmd/call/run')],
  [gotoSpec, () => import('./cmd/goto/run')],
  [setlocalSpec, () => import('./cmd/setlocal/run')],
  [endlocalSpec, () => import('./cmd/endlocal/run')],
  [shiftSpec, () => import('./cmd/shift/run')],
  [verifySpec, () => import('./cmd/verify/run')],
  [breakSpec, () => import('./cmd/break/run')],
];
for (const [spec, load] of LAZY)
  lazyDef({ name: spec.name, aliases: spec.aliases, spec, summary: spec.summary! }, () => load().then((m) => m.run));
