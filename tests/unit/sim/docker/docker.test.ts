import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

/** The cluster lab (root on m-k8s, Kubernetes running), with Docker Engine installed next to containerd. */
async function nodeWithDocker() {
  const s = await createSession({ lab: 'cluster' });
  const install = await s.exec('dnf install -y docker-ce docker-ce-cli');
  expect(install.exitCode).toBe(0);
  return s;
}

describe('docker on a cluster node', () => {
  it('is not there before docker-ce-cli is installed', async () => {
    const s = await createSession({ lab: 'cluster' });
    const r = await s.exec('docker ps');
    expect(r.exitCode).toBe(127);
    expect(r.stderr).toBe('-bash: docker: command not found\n');
  });

  it('needs the daemon running, and root', async () => {
    const s = await nodeWithDocker();
    const r = await s.exec('docker ps');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n');
    await s.exec('systemctl enable --now docker');
    await s.exec('exit');
    const asVagrant = await s.exec('docker images');
    expect(asVagrant.exitCode).toBe(1);
    expect(asVagrant.stderr).toBe(
      'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.47/images/json": dial unix /var/run/docker.sock: connect: permission denied\n',
    );
  });

  it('ps and images start empty; docker ps shows none of the Kubernetes containers, crictl does', async () => {
    const s = await nodeWithDocker();
    await s.exec('systemctl enable --now docker');
    expect((await s.exec('docker ps')).stdout).toBe('CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n');
    expect((await s.exec('docker images')).stdout).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n');
    const cri = await s.exec('crictl ps');
    expect(cri.stdout).toMatch(/kube-apiserver/);
    expect(cri.stdout).toMatch(/etcd/);
  });

  it('run hello-world pulls the image, prints its message and exits; pull, images and ps -a show it', async () => {
    const s = await nodeWithDocker();
    await s.exec('systemctl enable --now docker');
    const r = await s.exec('docker run hello-world');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe(
      "Unable to find image 'hello-world:latest' locally\nlatest: Pulling from library/hello-world\ne6590344b1a5: Pull complete \nDigest: sha256:e0b569a5163a5e6be84e210a2587e7d447e08f87a0e90798363fa44a0464a1e8\nStatus: Downloaded newer image for hello-world:latest\n",
    );
    expect(r.stdout).toMatch(/^\nHello from Docker!\nThis message shows that your installation appears to be working correctly\.\n/);
    expect(r.stdout).toContain(' $ docker run -it ubuntu bash\n');
    // it exited: ps lists nothing running, ps -a lists it
    expect((await s.exec('docker ps')).stdout.trim().split('\n')).toHaveLength(1);
    await s.exec('sleep 5');
    const all = (await s.exec('docker ps -a')).stdout.split('\n');
    expect(all[0]).toBe('CONTAINER ID   IMAGE         COMMAND    CREATED         STATUS                     PORTS     NAMES');
    expect(all[1]).toMatch(/^[0-9a-f]{12} {3}hello-world {3}"\/hello" {3}5 seconds ago {3}Exited \(0\) 5 seconds ago {13}[a-z]+_[a-z]+$/);
    const pulled = await s.exec('docker pull hello-world');
    expect(pulled.stdout).toBe(
      'Using default tag: latest\nlatest: Pulling from library/hello-world\nDigest: sha256:e0b569a5163a5e6be84e210a2587e7d447e08f87a0e90798363fa44a0464a1e8\nStatus: Image is up to date for hello-world:latest\ndocker.io/library/hello-world:latest\n',
    );
    expect((await s.exec('docker images')).stdout).toMatch(/^REPOSITORY {4}TAG {7}IMAGE ID {7}CREATED {9}SIZE\nhello-world {3}latest {4}74cc54e27dc4 {3}10 months ago {3}10\.1kB\n$/);
  });

  it('docker pull of a name Docker Hub does not have fails as the daemon answers', async () => {
    const s = await nodeWithDocker();
    await s.exec('systemctl enable --now docker');
    const r = await s.exec('docker pull no-such-image-here');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe("Error response from daemon: pull access denied for no-such-image-here, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n");
    const bad = await s.exec('docker ps --bogus');
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toMatch(/unknown flag: --bogus/);
  });
});
