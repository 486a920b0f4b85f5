/**
 * The Docker CLI (docker-ce-cli 27.3) on a node: `ps`, `images`, `pull` and `run`, talking to the node's
 * Docker Engine. Docker keeps its containers in containerd's `moby` namespace, apart from the kubelet's
 * `k8s.io` namespace, so `docker ps` never lists the containers Kubernetes runs on the same node.
 * Texts are Docker's own (docker/cli, the hello-world image); the state lives in world.ext per host.
 */
import type { CommandContext } from '../context';
import type { CommandSpec } from '../spec/types';
import type { CommandRun, Host } from '../types';

const SOCK = 'unix:///var/run/docker.sock';
const API = 'v1.47';

/** Images Docker Hub serves in this world (others are refused as docker.io refuses unknown names). */
interface HubImage {
  repo: string;
  tag: string;
  id: string;
  layers: string[];
  digest: string;
  size: string;
  /** Build time of the image (ms since epoch). */
  created: number;
  command: string;
  /** What the container prints and whether it keeps running. */
  output?: string;
  daemon?: boolean;
}

const HELLO = `
Hello from Docker!
This message shows that your installation appears to be working correctly.

To generate this message, Docker took the following steps:
 1. The Docker client contacted the Docker daemon.
 2. The Docker daemon pulled the "hello-world" image from the Docker Hub.
    (amd64)
 3. The Docker daemon created a new container from that image which runs the
    executable that produces the output you are currently reading.
 4. The Docker daemon streamed that output to the Docker client, which sent it
    to your terminal.

To try something more ambitious, you can run an Ubuntu container with:
 $ docker run -it ubuntu bash

Share images, automate workflows, and more with a free Docker ID:
 https://hub.docker.com/

For more examples and ideas, visit:
 https://docs.docker.com/get-started/

`;

const HUB: HubImage[] = [
  {
    repo: 'hello-world',
    tag: 'latest',
    id: '74cc54e27dc4',
    layers: ['e6590344b1a5'],
    digest: 'sha256:e0b569a5163a5e6be84e210a2587e7d447e08f87a0e90798363fa44a0464a1e8',
    size: '10.1kB',
    created: Date.UTC(2025, 0, 21, 23, 32, 32),
    command: '/hello',
    output: HELLO,
  },
  {
    repo: 'nginx',
    tag: '1.25',
    id: 'a8758716bb6a',
    layers: ['09f376ebb190', '5529e0792248', '9b3addd3eb3d', '57910a8c4316', '7b5f78f21449', 'b7923aa4e8a6', '785625911f12'],
    digest: 'sha256:a484819eb60211f5299034ac80f6a681b06f89e65866ce91f356ed7c72af059c',
    size: '188MB',
    created: Date.UTC(2024, 7, 14, 21, 31, 12),
    command: '/docker-entrypoint.sh nginx -g daemon off;',
    daemon: true,
  },
];

interface Image {
  hub: HubImage;
  pulledAt: number;
}
interface Container {
  id: string;
  image: string;
  hub: HubImage;
  name: string;
  created: number;
  /** null while running */
  exited: { code: number; at: number } | null;
}
interface DockerState {
  images: Image[];
  containers: Container[];
}

function state(ctx: CommandContext): DockerState {
  const key = `docker:${ctx.host.id}`;
  let st = ctx.world.ext.get(key) as DockerState | undefined;
  if (!st) {
    st = { images: [], containers: [] };
    ctx.world.ext.set(key, st);
  }
  return st;
}

function hex(ctx: CommandContext, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[ctx.world.rng.int(0, 15)];
  return s;
}

// A few of the words Docker's name generator combines (moby/moby pkg/namesgenerator).
const LEFT = ['admiring', 'brave', 'clever', 'eager', 'focused', 'gracious', 'happy', 'jolly', 'keen', 'nifty', 'quirky', 'serene', 'vibrant', 'zealous'];
const RIGHT = ['babbage', 'curie', 'dijkstra', 'hopper', 'knuth', 'lovelace', 'newton', 'ritchie', 'shannon', 'tesla', 'thompson', 'torvalds', 'turing', 'wozniak'];

/** go-units HumanDuration, as `docker ps` and `docker images` print ages. */
export function humanDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 1) return 'Less than a second';
  if (s === 1) return '1 second';
  if (s < 60) return `${s} seconds`;
  const m = Math.floor(s / 60);
  if (m === 1) return 'About a minute';
  if (m < 60) return `${m} minutes`;
  const h = Math.round(s / 3600);
  if (h === 1) return 'About an hour';
  if (h < 48) return `${h} hours`;
  if (h < 24 * 7 * 2) return `${Math.floor(h / 24)} days`;
  if (h < 24 * 30 * 2) return `${Math.floor(h / 24 / 7)} weeks`;
  if (h < 24 * 365 * 2) return `${Math.floor(h / 24 / 30)} months`;
  return `${Math.floor(h / 24 / 365)} years`;
}

/** Go's tabwriter as the Docker CLI sets it up: minimum width 10, padding 3. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(10, ...rows.map((r) => (r[c] ?? '').length + 3)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('') + '\n').join('');
}

/** The daemon must run, and its socket is root's (and the docker group's). */
function connect(ctx: CommandContext, method: string, path: string): boolean {
  const unit = ctx.host.sys?.units.get('docker.service');
  if (!unit || unit.active !== 'active') {
    ctx.err(`Cannot connect to the Docker daemon at ${SOCK}. Is the docker daemon running?\n`);
    return false;
  }
  if (ctx.frame.user !== 'root') {
    ctx.err(`permission denied while trying to connect to the Docker daemon socket at ${SOCK}: ${method} "http://%2Fvar%2Frun%2Fdocker.sock/${API}${path}": dial unix /var/run/docker.sock: connect: permission denied\n`);
    return false;
  }
  return true;
}

/** "nginx" → nginx:latest; "nginx:1.25" → nginx:1.25; "docker.io/library/x" → x. */
function reference(name: string): { repo: string; tag: string } {
  const bare = name.replace(/^docker\.io\//, '').replace(/^library\//, '');
  const i = bare.lastIndexOf(':');
  return i > 0 && !bare.slice(i).includes('/') ? { repo: bare.slice(0, i), tag: bare.slice(i + 1) } : { repo: bare, tag: 'latest' };
}

function* pull(ctx: CommandContext, name: string, write: (t: string) => void, quiet = false): Generator<{ wait: number }, HubImage | null, unknown> {
  const ref = reference(name);
  const st = state(ctx);
  const hub = HUB.find((h) => h.repo === ref.repo && h.tag === ref.tag);
  const have = st.images.find((i) => i.hub.repo === ref.repo && i.hub.tag === ref.tag);
  if (!quiet) write(`${ref.tag}: Pulling from library/${ref.repo}\n`);
  yield { wait: 700 };
  if (!hub) {
    const repoKnown = HUB.some((h) => h.repo === ref.repo);
    ctx.err(
      repoKnown
        ? `Error response from daemon: manifest for ${ref.repo}:${ref.tag} not found: manifest unknown: manifest unknown\n`
        : `Error response from daemon: pull access denied for ${ref.repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n`,
    );
    return null;
  }
  if (!have) {
    for (const l of hub.layers) {
      yield { wait: 400 };
      if (!quiet) write(`${l}: Pull complete \n`);
    }
    st.images.push({ hub, pulledAt: ctx.world.now });
  }
  if (!quiet) {
    write(`Digest: ${hub.digest}\n`);
    write(have ? `Status: Image is up to date for ${ref.repo}:${ref.tag}\n` : `Status: Downloaded newer image for ${ref.repo}:${ref.tag}\n`);
  }
  return hub;
}

function* psCmd(ctx: CommandContext): CommandRun {
  if (!connect(ctx, 'Get', '/containers/json')) return 1;
  const all = !!ctx.opts?.has('all');
  const now = ctx.world.now;
  const list = state(ctx).containers.filter((c) => all || !c.exited).reverse();
  if (ctx.opts?.has('quiet')) {
    ctx.out(list.map((c) => c.id.slice(0, 12) + '\n').join(''));
    return 0;
  }
  const cmd = (c: Container) => {
    const q = c.hub.command.length > 20 ? c.hub.command.slice(0, 19) + '…' : c.hub.command;
    return `"${q}"`;
  };
  const rows = [['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']];
  for (const c of list) {
    const status = c.exited ? `Exited (${c.exited.code}) ${humanDuration(now - c.exited.at)} ago` : `Up ${humanDuration(now - c.created)}`;
    rows.push([c.id.slice(0, 12), c.image, cmd(c), `${humanDuration(now - c.created)} ago`, status, c.hub.daemon ? '80/tcp' : '', c.name]);
  }
  ctx.out(table(rows));
  yield* [];
  return 0;
}

function* imagesCmd(ctx: CommandContext): CommandRun {
  if (!connect(ctx, 'Get', '/images/json')) return 1;
  const imgs = [...state(ctx).images].sort((a, b) => b.hub.created - a.hub.created);
  if (ctx.opts?.has('quiet')) {
    ctx.out(imgs.map((i) => i.hub.id + '\n').join(''));
    return 0;
  }
  const rows = [['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE']];
  for (const i of imgs) rows.push([i.hub.repo, i.hub.tag, i.hub.id, `${humanDuration(ctx.world.now - i.hub.created)} ago`, i.hub.size]);
  ctx.out(table(rows));
  yield* [];
  return 0;
}

function* pullCmd(ctx: CommandContext): CommandRun {
  const name = ctx.operands?.[0];
  if (!name || (ctx.operands?.length ?? 0) > 1) {
    ctx.err(`"docker pull" requires exactly 1 argument.\nSee 'docker pull --help'.\n\nUsage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]\n\nDownload an image from a registry\n`);
    return 1;
  }
  const ref = reference(name);
  if (!connect(ctx, 'Post', `/images/create?fromImage=${encodeURIComponent(ref.repo)}&tag=${ref.tag}`)) return 1;
  if (!name.includes(':')) ctx.out('Using default tag: latest\n');
  const quiet = !!ctx.opts?.has('quiet');
  const hub = yield* pull(ctx, name, (t) => ctx.out(t), quiet);
  if (!hub) return 1;
  ctx.out(`docker.io/library/${hub.repo}:${hub.tag}\n`);
  return 0;
}

function* runCmd(ctx: CommandContext): CommandRun {
  const [name] = ctx.operands ?? [];
  if (!name) {
    ctx.err(`docker: 'docker run' requires at least 1 argument.\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n`);
    return 1;
  }
  const ref = reference(name);
  if (!connect(ctx, 'Post', '/containers/create')) return 1;
  const st = state(ctx);
  let hub = st.images.find((i) => i.hub.repo === ref.repo && i.hub.tag === ref.tag)?.hub ?? null;
  if (!hub) {
    ctx.err(`Unable to find image '${ref.repo}:${ref.tag}' locally\n`);
    hub = yield* pull(ctx, name, (t) => ctx.err(t));
    if (!hub) {
      ctx.err(`See 'docker run --help'.\n`);
      return 125;
    }
  }
  const wanted = ctx.opts?.str('name');
  if (wanted && st.containers.some((c) => c.name === wanted)) {
    const other = st.containers.find((c) => c.name === wanted)!;
    ctx.err(`docker: Error response from daemon: Conflict. The container name "/${wanted}" is already in use by container "${other.id}". You have to remove (or rename) that container to be able to reuse that name.\nSee 'docker run --help'.\n`);
    return 125;
  }
  const c: Container = {
    id: hex(ctx, 64),
    image: name,
    hub,
    name: wanted ?? `${LEFT[ctx.world.rng.int(0, LEFT.length - 1)]}_${RIGHT[ctx.world.rng.int(0, RIGHT.length - 1)]}`,
    created: ctx.world.now,
    exited: null,
  };
  st.containers.push(c);
  yield { wait: 500 };
  if (ctx.opts?.has('detach')) {
    ctx.out(c.id + '\n');
    return 0;
  }
  if (hub.output) ctx.out(hub.output);
  if (hub.daemon) return 0; // an attached server keeps running; the simulator hands the prompt back
  c.exited = { code: 0, at: ctx.world.now };
  if (ctx.opts?.has('rm')) st.containers = st.containers.filter((x) => x !== c);
  return 0;
}

const flag = (short: string | undefined, long: string, type: 'bool' | 'string' | 'int' | 'stringArray', description: string) => ({ short, long, type, description });

export const spec: CommandSpec = {
  name: 'docker',
  style: 'cobra',
  synopsis: 'docker [OPTIONS] COMMAND',
  summary: 'A self-sufficient runtime for containers',
  subcommands: [
    {
      name: 'ps',
      style: 'cobra',
      synopsis: 'docker ps [OPTIONS]',
      summary: 'List containers',
      operands: { max: 0 },
      flags: [
        flag('a', 'all', 'bool', 'Show all containers (default shows just running)'),
        flag('q', 'quiet', 'bool', 'Only display container IDs'),
        flag('n', 'last', 'int', 'Show n last created containers (includes all states)'),
        flag('l', 'latest', 'bool', 'Show the latest created container (includes all states)'),
        flag(undefined, 'no-trunc', 'bool', "Don't truncate output"),
        flag('s', 'size', 'bool', 'Display total file sizes'),
        flag('f', 'filter', 'stringArray', 'Filter output based on conditions provided'),
        flag(undefined, 'format', 'string', 'Format output using a custom template'),
      ],
    },
    {
      name: 'images',
      style: 'cobra',
      synopsis: 'docker images [OPTIONS] [REPOSITORY[:TAG]]',
      summary: 'List images',
      operands: { max: 1 },
      flags: [
        flag('a', 'all', 'bool', 'Show all images (default hides intermediate images)'),
        flag('q', 'quiet', 'bool', 'Only show image IDs'),
        flag(undefined, 'digests', 'bool', 'Show digests'),
        flag(undefined, 'no-trunc', 'bool', "Don't truncate output"),
        flag('f', 'filter', 'stringArray', 'Filter output based on conditions provided'),
        flag(undefined, 'format', 'string', 'Format output using a custom template'),
      ],
    },
    {
      name: 'pull',
      style: 'cobra',
      synopsis: 'docker pull [OPTIONS] NAME[:TAG|@DIGEST]',
      summary: 'Download an image from a registry',
      flags: [
        flag('a', 'all-tags', 'bool', 'Download all tagged images in the repository'),
        flag('q', 'quiet', 'bool', 'Suppress verbose output'),
        flag(undefined, 'platform', 'string', 'Set platform if server is multi-platform capable'),
      ],
    },
    {
      name: 'run',
      style: 'cobra',
      synopsis: 'docker run [OPTIONS] IMAGE [COMMAND] [ARG...]',
      summary: 'Create and run a new container from an image',
      flags: [
        flag('d', 'detach', 'bool', 'Run container in background and print container ID'),
        flag(undefined, 'rm', 'bool', 'Automatically remove the container and its associated anonymous volumes when it exits'),
        flag(undefined, 'name', 'string', 'Assign a name to the container'),
        flag('i', 'interactive', 'bool', 'Keep STDIN open even if not attached'),
        flag('t', 'tty', 'bool', 'Allocate a pseudo-TTY'),
        flag('p', 'publish', 'stringArray', "Publish a container's port(s) to the host"),
        flag('e', 'env', 'stringArray', 'Set environment variables'),
      ],
    },
  ],
};

/** `docker SUBCOMMAND --help`, from the command's Use and Short strings in docker/cli. */
function usage(ctx: CommandContext): string {
  const node = ctx.specPath?.[ctx.specPath.length - 1] ?? spec;
  return `\nUsage:  ${node.synopsis}\n\n${node.summary}\n`;
}

export function* run(ctx: CommandContext): CommandRun {
  const sub = ctx.specPath?.[1]?.name;
  if (ctx.helpRequested || !sub) {
    ctx.out(usage(ctx));
    return 0;
  }
  if (sub === 'ps') return yield* psCmd(ctx);
  if (sub === 'images') return yield* imagesCmd(ctx);
  if (sub === 'pull') return yield* pullCmd(ctx);
  return yield* runCmd(ctx);
}

/**
 * What containerd holds for Docker on a host, in its `moby` namespace: the running containers (Docker passes
 * no image to containerd, and deletes the container when it exits) and whether the namespace exists yet
 * (containerd creates it with the first container Docker makes).
 */
export function mobyNamespace(world: { ext: Map<string, unknown> }, hostId: string): { used: boolean; running: string[] } {
  const st = world.ext.get(`docker:${hostId}`) as DockerState | undefined;
  return { used: !!st?.containers.length, running: (st?.containers ?? []).filter((c) => !c.exited).map((c) => c.id) };
}

/** Whether the Docker CLI is installed on the host (docker-ce-cli). */
export function dockerInstalled(host: Host): boolean {
  return !!host.sys?.extraCommands.has('docker');
}
