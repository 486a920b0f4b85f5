// vi, vim and nano open the page's editor pane on the first file named. vi is the box's (vim-minimal); vim comes with
// vim-enhanced and nano with nano (`dnf install`). Their help, version and option errors are left out (spec.ts).
import { canRead } from '../../util';
import { editFile } from '../editor';
import { def } from '../lib/guest';
import { hasCommand } from '../lib/packages';
import { nanoSpec, viSpec, vimSpec } from './spec';

const SPECS = { vi: viSpec, vim: vimSpec, nano: nanoSpec };

/** The long options vim 8.2 reads in main.c (command_line_scan) for a build without GUI or client-server. */
const VIM_LONG = ['help', 'version', 'noplugin', 'noplugins', 'not-a-term', 'ttyfail', 'literal', 'nofork', 'cmd', 'startuptime', 'clean'];

for (const ed of ['vi', 'vim', 'nano'] as const) {
  def({
    name: ed,
    summary: ed === 'nano' ? "Nano's ANOther editor" : "Vi IMproved, a programmer's text editor",
    // the box has vim-minimal (vi); vim comes with vim-enhanced, nano with nano
    available: ed === 'vi' ? undefined : (h) => hasCommand(h, ed),
    spec: SPECS[ed],
    *run(ctx) {
      const words = ctx.operands ?? ctx.args;
      const files: string[] = [];
      for (let k = 0; k < words.length; k++) {
        const a = words[k];
        if (a === '--') {
          files.push(...words.slice(k + 1));
          break;
        }
        if (a === '-' || !a.startsWith('-')) {
          if (!a.startsWith('+')) files.push(a);
          continue;
        }
        // --help, -h, --version (and nano's -V): their texts name the build, which is not known here
        if (['--help', '-h', '--version'].includes(a) || (ed === 'nano' && a === '-V')) return 0;
        if (ed === 'nano') {
          // nano's options that take the next word
          if (['-o', '--operatingdir', '-r', '--fill', '-s', '--speller', '-T', '--tabsize', '-Y', '--syntax', '-X', '--wordchars', '-Q', '--quotestr', '-C', '--backupdir', '-J', '--guidestripe'].includes(a)) k++;
          continue;
        }
        // vim: a long option it does not know is refused (the message starts with the build's version line)
        if (a.startsWith('--') && !VIM_LONG.some((l) => a === '--' + l || a.startsWith(`--${l}=`))) return 1;
        // options that take the next word
        if (['--cmd', '-c', '-S', '-u', '-U', '-i', '-T', '-s', '-w', '-W', '-t', '--startuptime'].includes(a)) k++;
      }
      const f = files[0];
      if (!f) {
        ctx.session.edit({ hostId: ctx.host.id, path: '', content: '', editor: ed });
        return 0;
      }
      const p = ctx.resolve(f);
      if (ctx.host.fs.isDir(p)) {
        ctx.err(`"${f}" is a directory\n`);
        return 1;
      }
      if (!canRead(ctx.frame.user, p)) {
        ctx.err(`"${f}" [Permission Denied]\n`);
        return 1;
      }
      return yield* editFile(ctx, p, ed);
    },
  });
}
