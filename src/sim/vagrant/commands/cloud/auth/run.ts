// `vagrant cloud auth login|logout|whoami` and `vagrant login` (its deprecated alias), with the commands that log in
// before they act (plugins/commands/cloud/auth/*.rb and util.rb client_login of Vagrant 2.4.3; texts from
// plugins/commands/cloud/locales/en.yml). No token is stored on the lab's host and the simulated Vagrant Cloud knows
// no account, so a login is refused (cloud_command.errors.unauthorized) and nobody is ever logged in.
import type { CommandContext } from '../../../../context';
import { type CommandRun, Interrupt } from '../../../../types';
import { M } from '../../../messages';
import { fail, parsed, wait } from '../../../out';

const HEADER =
  "In a moment we will ask for your username and password to HashiCorp's\nVagrant Cloud. After authenticating, we will store an access token locally on\ndisk. Your login details will be transmitted over a secure connection, and\nare never stored on disk locally.\n\nIf you do not have an Vagrant Cloud account, sign up at\nhttps://www.vagrantcloud.com";
const NOT_LOGGED_IN = 'You are not currently logged in. Please run `vagrant login` and provide\nyour login information to authenticate.';
const UNAUTHORIZED = 'Invalid username or password. Please try again.';

/** util.rb client_login: the header, the questions, then the server's answer. */
function* clientLogin(ctx: CommandContext, opts: { login?: string; description?: string }): CommandRun {
  try {
    ctx.out(HEADER + '\n\n');
    if (opts.login) ctx.out(`Vagrant Cloud username or email: ${opts.login}\n`);
    else yield { ask: 'Vagrant Cloud username or email: ' };
    yield { ask: 'Password (will be hidden): ', secret: true };
    const fallback = `Vagrant login from ${ctx.host.hostname}`;
    if (opts.description) ctx.out(`Token description: ${opts.description}\n`);
    else yield { ask: `Token description (Defaults to ${JSON.stringify(fallback)}): ` };
  } catch (e) {
    if (e instanceof Interrupt) return fail(ctx, M.vagrant_interrupt);
    throw e;
  }
  yield wait(1500);
  return fail(ctx, UNAUTHORIZED);
}

export function* login(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  yield wait(400);
  if (p.flags.has('--check')) return fail(ctx, NOT_LOGGED_IN);
  const token = p.flags.get('--token');
  if (typeof token === 'string') {
    // execute_token: the token is stored, then checked against the server, which knows no such token
    ctx.out('The token was successfully saved.\n');
    yield wait(1000);
    return fail(ctx, 'Invalid token. Please try again.');
  }
  const user = p.flags.get('--username');
  const desc = p.flags.get('--description');
  return yield* clientLogin(ctx, { login: typeof user === 'string' ? user : undefined, description: typeof desc === 'string' ? desc : undefined });
}

export function* logout(ctx: CommandContext): CommandRun {
  yield wait(300);
  ctx.out('You are logged out.\n');
  return 0;
}

export function* whoami(ctx: CommandContext): CommandRun {
  yield wait(300);
  if (parsed(ctx).pos.length) {
    // a token given on the line is asked about; the server knows none, and vagrant_cloud's RequestError keeps
    // its own words when the answer carries no errors list
    yield wait(800);
    return fail(ctx, 'Failed to locate account information\nVagrant Cloud request failed');
  }
  return fail(ctx, NOT_LOGGED_IN);
}

/** The box, provider and version commands and publish log in first (client_login without quiet). */
export function* needsLogin(ctx: CommandContext): CommandRun {
  yield wait(300);
  return yield* clientLogin(ctx, {});
}
