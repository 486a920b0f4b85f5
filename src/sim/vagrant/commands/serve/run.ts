// `vagrant serve` in Vagrant 2.4.3 (plugins/commands/serve/command.rb; bin/vagrant starts it with no arguments,
// in server mode): the go-plugin handshake line on stdout, the server's log on stderr as HCLogFormatter writes it
// (lib/vagrant/util/logging_formatter.rb), then it serves until Ctrl+C and exits 0. The first free port of
// 40000..50000 is 40000 on the lab's host (tests/golden/vagrant/2.4/serve).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { Interrupt } from '../../../types';
import { wait } from '../../out';

const SERVICES = ['Streamer', 'CommandService', 'CommunicatorService', 'ConfigService', 'GuestService', 'HostService', 'InternalService', 'ProviderService', 'ProvisionerService', 'PushService', 'SyncedFolderService'];

/** Time.now.strftime("%Y-%m-%dT%H:%M:%S.%6N%:z") on the host's clock. */
function stamp(ctx: CommandContext): string {
  const off = ctx.world.tzOffsetHours;
  const d = new Date(ctx.world.now + off * 3600_000);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const zone = `${off < 0 ? '-' : '+'}${p(Math.abs(Math.trunc(off)))}:${p(Math.round((Math.abs(off) % 1) * 60))}`;
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds(), 3)}000${zone}`;
}

function log(ctx: CommandContext, level: 'info' | 'debug', message: string): void {
  const line = { '@timestamp': stamp(ctx), '@level': level, '@module': 'vagrant::command::vagrantplugins::commandserve::command', '@name': 'command', '@message': message };
  ctx.err(JSON.stringify(line) + '\n');
}

export function* run(ctx: CommandContext): CommandRun {
  yield wait(2500);
  log(ctx, 'info', 'Starting Vagrant GRPC service addr="localhost" ports=40000..50000');
  yield wait(20);
  log(ctx, 'debug', 'vagrant grpc broker started for grpc service addr=localhost ports=40000..50000');
  for (const s of SERVICES) log(ctx, 'debug', `enabled Vagrant GRPC service: ${s}`);
  log(ctx, 'debug', 'writing connection information to stdout for go-plugin');
  ctx.out('1|1|tcp|localhost:40000|grpc\n');
  log(ctx, 'info', 'Vagrant GRPC service is now running addr="localhost" port=40000');
  try {
    for (;;) yield wait(60_000);
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
    // run_till_terminated_or_interrupted traps INT: the server stops and execute returns 0
    log(ctx, 'info', 'Vagrant GRPC service shut down');
    return 0;
  }
}
