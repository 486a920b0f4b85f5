// openssl of OpenSSL 3.2.2 as Rocky 9.5 ships it (apps/openssl.c): the first word names the command; no word, or
// `help`, lists them (on stderr); an unknown word is refused. Each command's module loads when it is first run.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { def } from '../lib/guest';
import { spec } from './spec';

type Sub = (ctx: CommandContext, args: string[]) => number;

function* openssl(ctx: CommandContext): CommandRun {
  const [cmd = 'help', ...args] = ctx.args;
  const help = (yield { load: () => import('./help') }) as typeof import('./help');
  const h = (name: string) => () => help.HELP[name] ?? '';
  let sub: Sub | null = null;
  if (cmd === 'x509') {
    const m = (yield { load: () => import('./x509') }) as typeof import('./x509');
    sub = (c, a) => m.x509(c, a, h('x509'));
  } else if (['req', 'rsa', 'pkey', 'verify'].includes(cmd)) {
    const m = (yield { load: () => import('./keys') }) as typeof import('./keys');
    sub = (c, a) => m.KEY_COMMANDS[cmd](c, a, h(cmd));
  } else if (['genrsa', 'genpkey', 'ecparam'].includes(cmd)) {
    const m = (yield { load: () => import('./genkey') }) as typeof import('./genkey');
    sub = (c, a) => m.GENKEY_COMMANDS[cmd](c, a, h(cmd));
  } else if (cmd === 's_client') {
    const m = (yield { load: () => import('./s-client') }) as typeof import('./s-client');
    sub = (c, a) => m.sClient(c, a, h('s_client'));
  } else if (['version', 'rand', 'dgst', 'enc', 'base64', 'md5', 'sha1', 'sha256', 'sha512', 'list', 'help'].includes(cmd)) {
    const m = (yield { load: () => import('./misc') }) as typeof import('./misc');
    sub = (c, a) => m.MISC_COMMANDS[cmd](c, a, h(cmd === 'md5' || cmd.startsWith('sha') ? 'dgst' : cmd), help);
  }
  if (!sub) {
    ctx.err(`Invalid command '${cmd}'; type "help" for a list.\n`);
    return 1;
  }
  return sub(ctx, args);
}

def({ name: 'openssl', summary: 'OpenSSL command line program', spec, run: openssl });
