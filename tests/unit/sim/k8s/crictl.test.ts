// crictl's help and usage errors as crictl v1.28.0 gives them (urfave/cli v2.25.7's templates over the commands and
// flags read from the cri-tools sources by scripts/gen-crictl-spec.ts).
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';

const PS_HELP = `NAME:
   crictl ps - List containers

USAGE:
   crictl ps [command options] [arguments...]

OPTIONS:
   --all, -a                        Show all containers (default: false)
   --id value                       Filter by container id
   --image value                    Filter by container image
   --label value [ --label value ]  Filter by key=value label
   --last value, -n value           Show last n recently created containers (includes all states). Set 0 for unlimited. (default: 0)
   --latest, -l                     Show the most recently created container (includes all states) (default: false)
   --name value                     filter by container name regular expression pattern
   --no-trunc                       Show output without truncating the ID (default: false)
   --output value, -o value         Output format, One of: json|yaml|table (default: "table")
   --pod value, -p value            Filter by pod id
   --quiet, -q                      Only display container IDs (default: false)
   --resolve-image-path, -r         Show image path instead of image id (default: false)
   --state value, -s value          Filter by container state
   --verbose, -v                    Show verbose information for containers (default: false)
   --help, -h                       show help
`;

async function root() {
  const { s, sh } = await lab('cluster', 9);
  await sh('sudo -i');
  return { s, sh };
}

describe('crictl help', () => {
  it('the app help lists every command of 1.28 and the global options', async () => {
    const { sh } = await root();
    const r = await sh('crictl --help');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith('NAME:\n   crictl - client for CRI\n\nUSAGE:\n   crictl [global options] command [command options] [arguments...]\n\nVERSION:\n   v1.28.0\n\nCOMMANDS:\n   attach              Attach to a running container\n')).toBe(true);
    expect(r.stdout).toContain('\n   images, image, img  List images\n');
    expect(r.stdout).toContain('\n   runtime-config      Retrieve the container runtime configuration\n   help, h             Shows a list of commands or help for one command\n\nGLOBAL OPTIONS:\n');
    expect(r.stdout).toContain('\n   --debug, -D                         Enable debug mode (default: false)\n');
    expect(r.stdout).toContain('\n   --timeout value, -t value           Timeout of connecting to the server in seconds (e.g. 2s, 20s.). 0 or less is set to default (default: 2s)\n');
    expect(r.stdout.endsWith('\n   --help, -h                          show help\n   --version, -v                       print the version\n')).toBe(true);
    expect((await sh('crictl help')).stdout).toBe(r.stdout);
    expect((await sh('crictl --version')).stdout).toBe('crictl version v1.28.0\n');
  });
  it('a command\'s help: --help, -h and help <command>', async () => {
    const { sh } = await root();
    expect((await sh('crictl ps --help')).stdout).toBe(PS_HELP);
    expect((await sh('crictl ps -h')).stdout).toBe(PS_HELP);
    expect((await sh('crictl help ps')).stdout).toBe(PS_HELP);
    const img = (await sh('crictl img --help')).stdout;
    expect(img.startsWith('NAME:\n   crictl images - List images\n\nUSAGE:\n   crictl images [command options] [REPOSITORY[:TAG]]\n\nOPTIONS:\n   --digests                 Show digests (default: false)\n')).toBe(true);
  });
});

describe('crictl usage errors', () => {
  it('an unknown flag prints Incorrect Usage and the help, then the fatal log line', async () => {
    const { sh } = await root();
    const r = await sh('crictl ps --bogus');
    expect(r.stdout).toBe(`Incorrect Usage: flag provided but not defined: -bogus\n\n${PS_HELP}`);
    expect(r.stderr).toBe('FATA[0000] flag provided but not defined: -bogus \n');
    expect(r.exitCode).toBe(1);
    expect((await sh('crictl logs --tail')).stderr).toBe('FATA[0000] flag needs an argument: -tail \n');
  });
  it('an unknown command has no help topic', async () => {
    const { sh } = await root();
    const r = await sh('crictl bogus');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['', "No help topic for 'bogus'\n", 3]);
  });
  it('bundled one-letter flags work where crictl allows them', async () => {
    const { sh } = await root();
    const ids = (await sh('crictl ps -aq')).stdout.trim().split('\n');
    expect(ids.length).toBeGreaterThan(3);
    // -q prints the whole ids (container.go: fmt.Printf("%s\n", c.Id))
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{64}$/);
  });
});
