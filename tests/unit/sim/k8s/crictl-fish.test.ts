// `crictl completion fish`: urfave/cli v2.25.7's ToFishCompletion (fish.go and FishCompletionTemplate in template.go,
// vendored by cri-tools v1.28.0) over crictl's commands (cmd/crictl/main.go: the commands in order, every flag list
// sorted by FlagsByName), printed by completion.go's fishCompletion with Fprintln.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

describe('crictl completion fish', () => {
  it('prints the fish script of the command tree', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    await s.exec('crictl config --set runtime-endpoint=unix:///run/containerd/containerd.sock');
    const r = await s.exec('crictl completion fish');
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.split('\n');
    // the template's head: every command name in AllCommands (the completion command's `help` sub-command too)
    expect(lines.slice(0, 11)).toEqual([
      '# crictl fish shell completion',
      '',
      "function __fish_crictl_no_subcommand --description 'Test if there has been any subcommand yet'",
      '    for i in (commandline -opc)',
      '        if contains -- $i attach create exec version images image img inspect inspecti imagefsinfo inspectp logs port-forward ps pull run runp rm rmi rmp pods start info stop stopp update config stats statsp metricsp completion help h checkpoint runtime-config help h',
      '            return 1',
      '        end',
      '    end',
      '    return 0',
      'end',
      '',
    ]);
    // the global flags sorted, help and version from App.Setup, then the two ToFishCompletion adds again
    expect(lines[11]).toBe("complete -c crictl -n '__fish_crictl_no_subcommand' -f -l config -s c -r -d 'Location of the client config file. If not specified and the default does not exist, the program\\'s directory is searched as well'");
    expect(lines[12]).toBe("complete -c crictl -n '__fish_crictl_no_subcommand' -f -l debug -s D -d 'Enable debug mode'");
    expect(lines.slice(16, 20)).toEqual([
      "complete -c crictl -n '__fish_crictl_no_subcommand' -f -l help -s h -d 'show help'",
      "complete -c crictl -n '__fish_crictl_no_subcommand' -f -l version -s v -d 'print the version'",
      "complete -c crictl -n '__fish_crictl_no_subcommand' -f -l help -s h -d 'show help'",
      "complete -c crictl -n '__fish_crictl_no_subcommand' -f -l version -s v -d 'print the version'",
    ]);
    // a command: its help flag, its line, its flags by name
    expect(lines.slice(20, 24)).toEqual([
      "complete -c crictl -n '__fish_seen_subcommand_from attach' -f -l help -s h -d 'show help'",
      "complete -r -c crictl -n '__fish_crictl_no_subcommand' -a 'attach' -d 'Attach to a running container'",
      "complete -c crictl -n '__fish_seen_subcommand_from attach' -f -l stdin -s i -d 'Keep STDIN open'",
      "complete -c crictl -n '__fish_seen_subcommand_from attach' -f -l tty -s t -d 'Allocate a pseudo-TTY'",
    ]);
    expect(lines).toContain("complete -r -c crictl -n '__fish_crictl_no_subcommand' -a 'images image img' -d 'List images'");
    expect(lines).toContain("complete -c crictl -n '__fish_seen_subcommand_from create' -f -l cancel-timeout -s T -r -d 'Seconds to wait for a container create request to complete before cancelling the request'");
    // the completion command was set up before it ran: its help flag twice and its `help` sub-command
    const at = lines.indexOf("complete -r -c crictl -n '__fish_crictl_no_subcommand' -a 'completion' -d 'Output shell completion code'");
    expect(lines.slice(at - 1, at + 4)).toEqual([
      "complete -c crictl -n '__fish_seen_subcommand_from completion' -f -l help -s h -d 'show help'",
      "complete -r -c crictl -n '__fish_crictl_no_subcommand' -a 'completion' -d 'Output shell completion code'",
      "complete -c crictl -n '__fish_seen_subcommand_from completion' -f -l help -s h -d 'show help'",
      "complete -c crictl -n '__fish_seen_subcommand_from help h' -f -l help -s h -d 'show help'",
      "complete -r -c crictl -n '__fish_seen_subcommand_from completion' -a 'help h' -d 'Shows a list of commands or help for one command'",
    ]);
    // last the app's help command; the template ends each line, Fprintln adds one more
    expect(r.stdout.endsWith("complete -c crictl -n '__fish_seen_subcommand_from help h' -f -l help -s h -d 'show help'\ncomplete -r -c crictl -n '__fish_crictl_no_subcommand' -a 'help h' -d 'Shows a list of commands or help for one command'\n\n")).toBe(true);
  });
});
