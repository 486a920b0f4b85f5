// cmd.exe builtins on the Windows host: each in its folder under cmd/ (run, spec where it has switches, help);
// this module registers them. `/?` prints a builtin's help before it runs.
import { registerCommand, type CommandDef, type LazyCommandDef } from '../registry';
import { byteLength } from '../fs';
import { cmdHelp } from './cmd/help';
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
import { run as vboxmanageRun } from './cmd/vboxmanage/run';
import { run as dirRun } from './cmd/dir/run';
import { spec as whereSpec } from './cmd/where/spec';
import { spec as treeSpec } from './cmd/tree/spec';
import { spec as tasklistSpec } from './cmd/tasklist/spec';
import { spec as hostnameSpec } from './cmd/hostname/spec';

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

def({
  name: 'cd',
  aliases: ['chdir'],
  summary: 'Displays the name of or changes the current directory.',
  run: cdRun,
});

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

def({
  name: 'type',
  summary: 'Displays the contents of a text file or files.',
  run: typeRun,
});

def({
  name: 'del',
  aliases: ['erase'],
  summary: 'Deletes one or more files.',
  run: delRun,
});

def({
  name: 'mkdir',
  aliases: ['md'],
  summary: 'Creates a directory.',
  run: mkdirRun,
});

def({
  name: 'rmdir',
  aliases: ['rd'],
  summary: 'Removes a directory.',
  run: rmdirRun,
});

def({
  name: 'copy',
  summary: 'Copies one or more files to another location.',
  run: copyRun,
});

def({
  name: 'echo',
  summary: 'Displays messages, or turns command-echoing on or off.',
  run: echoRun,
});

def({
  name: 'cls',
  summary: 'Clears the screen.',
  run: clsRun,
});

def({
  name: 'set',
  summary: 'Displays, sets, or removes cmd.exe environment variables.',
  run: setRun,
});

def({
  name: 'exit',
  summary: 'Quits the CMD.EXE program (command interpreter).',
  run: exitRun,
});

def({
  name: 'ver',
  summary: 'Displays the Windows version.',
  run: verRun,
});

def({
  name: 'hostname',
  spec: hostnameSpec,
  summary: 'Prints the name of the current host.',
  run: hostnameRun,
});

lazyDef({ name: 'where', spec: whereSpec, summary: whereSpec.summary! }, () => import('./cmd/where/run').then((m) => m.run));
lazyDef({ name: 'tree', spec: treeSpec, summary: treeSpec.summary! }, () => import('./cmd/tree/run').then((m) => m.run));
lazyDef({ name: 'tasklist', spec: tasklistSpec, summary: tasklistSpec.summary! }, () => import('./cmd/tasklist/run').then((m) => m.run));

def({
  name: 'whoami',
  summary: 'Displays the current user.',
  run: whoamiRun,
});

def({
  name: 'notepad',
  summary: 'Opens a file in Notepad.',
  run: notepadRun,
});

lazyDef({ name: 'findstr', summary: 'Searches for strings in files.' }, () => import('./cmd/findstr/run').then((m) => m.run));

def({
  name: 'more',
  summary: 'Displays output one screen at a time.',
  run: moreRun,
});

export const cmdSize = (s: string) => byteLength(s);

def({
  name: 'ipconfig',
  summary: 'Displays all current TCP/IP network configuration values.',
  run: ipconfigRun,
});

def({
  name: 'ping',
  summary: 'Sends ICMP echo requests to a host.',
  run: pingRun,
});

def({
  name: 'vboxmanage',
  summary: 'VirtualBox command-line interface.',
  run: vboxmanageRun,
});
