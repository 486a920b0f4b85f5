/**
 * The shells of the images a learner execs into, and how each words a command it cannot find. Which shell /bin/sh is
 * and whether bash is there follow the images' Dockerfiles: Debian and Ubuntu based images (nginx, httpd, perl,
 * redis, mysql, kubernetes-bootcamp, nginx-slim) have dash as sh and bash; busybox and Alpine based images (busybox,
 * alpine, nginx:*-alpine, flannel) have busybox ash and no bash; CentOS's sh is bash; the control plane's
 * distroless images, coredns, metrics-server and pause have no shell at all. The words were checked against
 * Debian 12's dash 0.5.12, bash 5.2.15 and busybox ash (tests/golden/container-shell).
 */
import { parseImage } from './images';
import { busyboxApplets, nginxDebianPrograms } from './image-programs';

export type ShellKind = 'dash' | 'bash' | 'ash';

export interface ImageOs {
  /** what /bin/sh is (null: the image has no shell) */
  sh: ShellKind | null;
  bash: boolean;
  /** the programs on its PATH where a source lists them (undefined: not listed here) */
  programs?: Set<string>;
}

function versionOf(tag: string): number[] {
  const m = /^(\d+)\.(\d+)/.exec(tag);
  return m ? [Number(m[1]), Number(m[2])] : [];
}

export function imageOs(image: string): ImageOs {
  const { repo, tag } = parseImage(image);
  const name = repo.slice(repo.lastIndexOf('/') + 1);
  if (/^registry\.k8s\.io\/(pause|coredns\/coredns|kube-apiserver|kube-controller-manager|kube-scheduler|metrics-server\/metrics-server)$/.test(repo)) return { sh: null, bash: false };
  if (name === 'busybox') {
    const [maj, min] = versionOf(tag);
    return { sh: 'ash', bash: false, programs: busyboxApplets(maj === 1 ? min : 36) };
  }
  if (name === 'alpine' || /alpine/.test(tag) || /flannel/.test(repo)) return { sh: 'ash', bash: false };
  if (name === 'centos') return { sh: 'bash', bash: true };
  if (name === 'nginx' && repo.startsWith('docker.io/')) {
    const [maj, min] = versionOf(tag);
    // 1.25 on (and the moving tags) are built on debian:bookworm-slim
    const bookworm = maj === undefined || maj > 1 || min >= 25;
    return { sh: 'dash', bash: true, programs: bookworm ? nginxDebianPrograms() : undefined };
  }
  return { sh: 'dash', bash: true };
}

/** the shell a program name starts, in this image (null: not a shell, or one the image does not have) */
export function shellFor(os: ImageOs, prog: string): ShellKind | null {
  const base = prog.slice(prog.lastIndexOf('/') + 1);
  if (base === 'sh') return os.sh;
  if (base === 'bash') return os.bash ? 'bash' : null;
  if (base === 'ash') return os.sh === 'ash' ? 'ash' : null;
  if (base === 'dash') return os.sh === 'dash' ? 'dash' : null;
  return null;
}

/** whether the image is known to lack the program (a path is looked up by its last part) */
export function lacks(os: ImageOs, prog: string): boolean {
  const base = prog.slice(prog.lastIndexOf('/') + 1);
  if (['sh', 'bash', 'ash', 'dash'].includes(base)) return shellFor(os, base) === null;
  return os.programs !== undefined && !os.programs.has(base);
}

/**
 * What the shell prints for a command it cannot find: dash names its $0 and the line number, bash -c its $0 and
 * `line N`, an interactive bash only `bash`, busybox ash its $0.
 */
export function notFoundMessage(kind: ShellKind, argv0: string, word: string, interactive: boolean, line: number): string {
  if (kind === 'dash') return `${argv0}: ${line}: ${word}: not found\n`;
  if (kind === 'ash') return `${argv0}: ${word}: not found\n`;
  return interactive ? `${argv0.slice(argv0.lastIndexOf('/') + 1)}: ${word}: command not found\n` : `${argv0}: line ${line}: ${word}: command not found\n`;
}
