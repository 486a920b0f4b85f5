// etcdctl v3.5.15 in the etcd container (registry.k8s.io/etcd:3.5.15-0): the command tree that
// scripts/golden/etcdctl-help.ts read from etcd-io/etcd v3.5.15 (etcdctl/ctlv3), cobrautl's usage template through
// text/tabwriter, the printers of etcdctl/ctlv3/command (simple, and tablewriter's tables), client/v3/snapshot's
// log lines (their callers' file:line at the tag), and the TLS the kubeadm etcd pod asks for (--client-cert-auth).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { tabwrite } from '../../../../src/sim/k8s/components/etcdctl-help';
import { goDuration, table } from '../../../../src/sim/k8s/components/etcdctl-print';
import { bytesSI, etcdServer } from '../../../../src/sim/k8s/components/etcd-store';
import { Cluster } from '../../../../src/sim/k8s/cluster';
import '../../../../src/sim/k8s/register';

const E = 'kubectl exec -n kube-system etcd-m-k8s -- etcdctl';
const TLS = '--cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key';

describe('etcdctl help', () => {
  it('the root usage: NAME, USAGE, VERSION, API VERSION, every runnable command and the global flags as OPTIONS', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const r = await s.exec(`${E} --help`);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith('NAME:\n\tetcdctl - A simple command line client for etcd3.\n\nUSAGE:\n\tetcdctl [flags]\n\nVERSION:\n\t3.5.15\n\nAPI VERSION:\n\t3.5\n\n\nCOMMANDS:\n\talarm disarm\t\tDisarms all alarms\n')).toBe(true);
    expect(r.stdout).toContain('\tmember list\t\tLists all members in the cluster\n');
    expect(r.stdout).toContain('\thelp\t\t\tHelp about any command\n');
    expect(r.stdout).toContain('\n  -w, --write-out="simple"\t\t\tset the output format (fields, json, protobuf, simple, table)\n');
    expect(r.stdout).not.toContain('GLOBAL OPTIONS');
    // no command prints the same
    expect((await s.exec(E)).stdout).toBe(r.stdout);
  });
  it('a command\'s usage: its Long as DESCRIPTION, its flags, then the inherited ones', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const r = await s.exec(`${E} member list --help`);
    expect(r.stdout.startsWith('NAME:\n\tmember list - Lists all members in the cluster\n\nUSAGE:\n\tetcdctl member list [flags]\n\nDESCRIPTION:\n\tWhen --write-out is set to simple, this command prints out comma-separated member lists for each endpoint.\n\tThe items in the lists are ID, Status, Name, Peer Addrs, Client Addrs, Is Learner.\n\nOPTIONS:\n  -h, --help[=false]\thelp for list\n\nGLOBAL OPTIONS:\n')).toBe(true);
    // endpoint's persistent --cluster is inherited by its subcommands; `help CMD` shows the same usage
    const h = await s.exec(`${E} help endpoint health`);
    expect(h.stdout).toContain('\nGLOBAL OPTIONS:\n      --cacert=""\t\t\t\tverify certificates of TLS-enabled secure servers using this CA bundle\n');
    expect(h.stdout).toContain('      --cluster[=false]\t\t\t\tuse all endpoints from the cluster member list\n');
    expect((await s.exec(`${E} mem li --help`)).stdout.split('\n')[1]).toBe('\tmember list - Lists all members in the cluster');
  });
  it('an unknown command or flag: cobra\'s error, then MustStart\'s again, status 1', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const r = await s.exec(`${E} memer list`);
    expect(r.stderr).toBe('Error: unknown command "memer" for "etcdctl"\n\nDid you mean this?\n\tmember\n\nRun \'etcdctl --help\' for usage.\nError: unknown command "memer" for "etcdctl"\n\nDid you mean this?\n\tmember\n\ncommand terminated with exit code 1\n');
    const f = await s.exec(`${E} get --nope`);
    expect(f.stdout.startsWith('NAME:\n\tget - Gets the key or a range of keys\n')).toBe(true);
    expect(f.stderr).toBe('Error: unknown flag: --nope\n\nError: unknown flag: --nope\ncommand terminated with exit code 1\n');
  });
  it('tabwriter pads each column block with tabs to the next multiple of 8 past the widest cell', () => {
    expect(tabwrite('\ta\tx\n\tlonger-name\ty\nplain\n\tb\tz\n')).toBe('\ta\t\tx\n\tlonger-name\ty\nplain\n\tb\tz\n');
  });
});

describe('etcdctl against the pod\'s etcd', () => {
  it('without the client certificate the call times out; with them member list, endpoint health and status answer', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    expect(await s.exec(`${E} member list`)).toMatchObject({ stdout: '', stderr: 'Error: context deadline exceeded\ncommand terminated with exit code 1\n', exitCode: 1 });
    expect((await s.exec(`${E} --cacert=/etc/kubernetes/pki/etcd/ca.crt get /x`)).stderr).toBe('Error: context deadline exceeded\ncommand terminated with exit code 1\n');
    expect((await s.exec(`${E} endpoint health`)).stderr).toBe('127.0.0.1:2379 is unhealthy: failed to commit proposal: context deadline exceeded\nError: unhealthy cluster\ncommand terminated with exit code 1\n');
    expect((await s.exec(`${E} --cert=/etc/kubernetes/pki/etcd/server.crt get /x`)).stderr).toBe('Error: KeyFile and CertFile must both be present[key: , cert: /etc/kubernetes/pki/etcd/server.crt]\ncommand terminated with exit code 128\n');
    expect((await s.exec(`${E} --cacert=/nope.crt get /x`)).stderr).toBe('Error: open /nope.crt: no such file or directory\ncommand terminated with exit code 128\n');
    const m = await s.exec(`${E} ${TLS} member list`);
    // computeMemberId: SHA-1 of the peer URL and the token "etcd-cluster"
    expect(m.stdout).toBe('f0e4577804b51494, started, m-k8s, https://192.168.56.10:2380, https://192.168.56.10:2379, false\n');
    const t = await s.exec(`${E} ${TLS} member list -w table`);
    expect(t.stdout.split('\n').slice(0, 4)).toEqual([
      '+------------------+---------+-------+----------------------------+----------------------------+------------+',
      '|        ID        | STATUS  | NAME  |         PEER ADDRS         |        CLIENT ADDRS        | IS LEARNER |',
      '+------------------+---------+-------+----------------------------+----------------------------+------------+',
      '| f0e4577804b51494 | started | m-k8s | https://192.168.56.10:2380 | https://192.168.56.10:2379 |      false |',
    ]);
    expect((await s.exec(`${E} ${TLS} endpoint health`)).stdout).toMatch(/^127\.0\.0\.1:2379 is healthy: successfully committed proposal: took = \d+\.\d+ms\n$/);
    // --cluster asks the member list for the endpoints
    expect((await s.exec(`${E} ${TLS} endpoint health --cluster`)).stdout).toMatch(/^https:\/\/192\.168\.56\.10:2379 is healthy: /);
    expect((await s.exec(`${E} endpoint status --cluster`)).stderr).toBe('Error: failed to fetch endpoints from etcd cluster member list: context deadline exceeded\ncommand terminated with exit code 1\n');
    const st = await s.exec(`${E} ${TLS} --endpoints=https://192.168.56.10:2379 endpoint status -w table`);
    expect(st.stdout.split('\n')[1]).toBe('|          ENDPOINT          |        ID        | VERSION | DB SIZE | IS LEADER | IS LEARNER | RAFT TERM | RAFT INDEX | RAFT APPLIED INDEX | ERRORS |');
    expect(st.stdout.split('\n')[3]).toMatch(/^\| https:\/\/192\.168\.56\.10:2379 \| f0e4577804b51494 \|  3\.5\.15 \| +[\d.]+ [kM]B \|      true \|      false \|         2 \| +\d+ \| +\d+ \|        \|$/);
  });
  it('ETCDCTL_API=3 before it, in the container\'s shell or through env, runs it the same', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const want = 'f0e4577804b51494, started, m-k8s, https://192.168.56.10:2380, https://192.168.56.10:2379, false\n';
    expect((await s.exec(`kubectl exec -n kube-system etcd-m-k8s -- sh -c "ETCDCTL_API=3 etcdctl ${TLS} member list"`)).stdout).toBe(want);
    expect((await s.exec(`kubectl exec -n kube-system etcd-m-k8s -- env ETCDCTL_API=3 etcdctl ${TLS} member list`)).stdout).toBe(want);
    // env with assignments only prints the environment with them
    expect((await s.exec('kubectl exec -n kube-system etcd-m-k8s -- env A=1')).stdout.endsWith('\nA=1\n')).toBe(true);
  });
  it('get lists the objects\' keys as the storage factory names them; put and del change the store', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const keys = (await s.exec(`${E} ${TLS} get / --prefix --keys-only`)).stdout.split('\n').filter(Boolean);
    expect(keys).toContain('/registry/minions/m-k8s');
    expect(keys).toContain('/registry/services/specs/default/kubernetes');
    expect(keys).toContain('/registry/namespaces/kube-system');
    expect(keys).toContain('/registry/pods/kube-system/etcd-m-k8s');
    expect(keys).toEqual([...keys].sort());
    expect((await s.exec(`${E} ${TLS} put /lab/greeting hello`)).stdout).toBe('OK\n');
    expect((await s.exec(`${E} ${TLS} get /lab/greeting`)).stdout).toBe('/lab/greeting\nhello\n');
    expect((await s.exec(`${E} ${TLS} del /lab/greeting`)).stdout).toBe('1\n');
    expect((await s.exec(`${E} ${TLS} get /lab/greeting`)).stdout).toBe('');
    expect((await s.exec(`${E} ${TLS} get`)).stderr).toBe('Error: get command needs one argument as key and an optional argument as range_end\ncommand terminated with exit code 128\n');
  });
  it('snapshot save logs the client\'s zap lines, writes the file, and snapshot status reads it', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const r = await s.exec(`${E} ${TLS} snapshot save /var/lib/etcd/snap.db`);
    expect(r.stdout).toBe('Snapshot saved at /var/lib/etcd/snap.db\n');
    const lines = r.stderr.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.caller, l.msg])).toEqual([
      ['snapshot/v3_snapshot.go:65', 'created temporary db file'],
      ['v3/maintenance.go:212', 'opened snapshot stream; downloading'],
      ['snapshot/v3_snapshot.go:73', 'fetching snapshot'],
      ['v3/maintenance.go:220', 'completed snapshot read; closing'],
      ['snapshot/v3_snapshot.go:88', 'fetched snapshot'],
      ['snapshot/v3_snapshot.go:97', 'saved'],
    ]);
    expect(lines[0]).toMatchObject({ level: 'info', path: '/var/lib/etcd/snap.db.part' });
    expect(lines[0].ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    expect(lines[4]).toMatchObject({ endpoint: '127.0.0.1:2379', took: 'now' });
    const st = await s.exec(`${E} snapshot status /var/lib/etcd/snap.db -w table`);
    expect(st.stderr).toBe('Deprecated: Use `etcdutl snapshot status` instead.\n\n');
    expect(st.stdout.split('\n')[1]).toBe('|   HASH   | REVISION | TOTAL KEYS | TOTAL SIZE |');
    expect((await s.exec(`${E} snapshot status /nope.db`)).stderr).toBe('Deprecated: Use `etcdutl snapshot status` instead.\n\nError: stat /nope.db: no such file or directory\ncommand terminated with exit code 1\n');
  });
  it('member and cluster IDs are etcd\'s: an etcd with no flags is 8e9e05c52164694d in cluster cdf818194e3a8c32', () => {
    const srv = etcdServer(new Cluster(1), { spec: { containers: [{ command: ['etcd'] }] } } as never);
    expect(srv.id).toBe('8e9e05c52164694d');
    expect(srv.clusterDec).toBe(BigInt('0xcdf818194e3a8c32').toString());
  });
  it('-w json for member list, endpoint health and status: json.Marshal of the responses, uint64s as numbers', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const m = await s.exec(`${E} ${TLS} member list -w json`);
    expect(m.stdout).toMatch(/^\{"header":\{"cluster_id":\d+,"member_id":17358095036779402388,"raft_term":2\},"members":\[\{"ID":17358095036779402388,"name":"m-k8s","peerURLs":\["https:\/\/192\.168\.56\.10:2380"\],"clientURLs":\["https:\/\/192\.168\.56\.10:2379"\]\}\]\}\n$/);
    expect((await s.exec(`${E} ${TLS} endpoint health -w json`)).stdout).toMatch(/^\[\{"endpoint":"127\.0\.0\.1:2379","health":true,"took":"[\d.]+ms"\}\]\n$/);
    expect((await s.exec(`${E} ${TLS} endpoint status -w json`)).stdout).toMatch(/^\[\{"Endpoint":"127\.0\.0\.1:2379","Status":\{"header":\{"cluster_id":\d+,"member_id":17358095036779402388,"revision":\d+,"raft_term":2\},"version":"3\.5\.15","dbSize":\d+,"leader":17358095036779402388,"raftIndex":\d+,"raftTerm":2,"raftAppliedIndex":\d+,"dbSizeInUse":\d+\}\}\]\n$/);
  });
  it('the printers\' helpers: tablewriter with no rows, go-humanize and Duration.String', () => {
    expect(table(['endpoint', 'raft_term'], [])).toBe('+----------+-----------+\n| ENDPOINT | RAFT TERM |\n+----------+-----------+\n+----------+-----------+\n');
    // %.0f rounds half to even: 20.5 kB prints 20
    expect([bytesSI(5), bytesSI(1300000), bytesSI(20480), bytesSI(21500)]).toEqual(['5 B', '1.3 MB', '20 kB', '22 kB']);
    expect([goDuration(12053590), goDuration(1500), goDuration(5e9)]).toEqual(['12.05359ms', '1.5µs', '5s']);
  });
});

describe('etcdctl maintenance and auth answers', () => {
  it('alarm list, auth status, user and role list, compaction and defrag as a kubeadm cluster\'s etcd answers them', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    expect(await s.exec(`${E} ${TLS} alarm list`)).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(await s.exec(`${E} ${TLS} user list`)).toMatchObject({ stdout: '', exitCode: 0 });
    expect(await s.exec(`${E} ${TLS} auth status`)).toMatchObject({ stdout: 'Authentication Status: false\nAuthRevision: 1\n', exitCode: 0 });
    expect(await s.exec(`${E} ${TLS} defrag`)).toMatchObject({ stdout: 'Finished defragmenting etcd member[127.0.0.1:2379]\n', exitCode: 0 });
    expect(await s.exec(`${E} ${TLS} compaction 1`)).toMatchObject({ stdout: 'compacted revision 1\n', exitCode: 0 });
    expect((await s.exec(`${E} ${TLS} compaction 99999999`)).stderr).toBe('Error: etcdserver: mvcc: required revision is a future revision\ncommand terminated with exit code 1\n');
    expect((await s.exec(`${E} ${TLS} compaction x`)).stderr).toBe('Error: strconv.ParseInt: parsing "x": invalid syntax\ncommand terminated with exit code 1\n');
    expect((await s.exec(`${E} ${TLS} compaction`)).stderr).toBe('Error: compaction command needs 1 argument\ncommand terminated with exit code 128\n');
    expect(await s.exec(`${E} auth status`)).toMatchObject({ stderr: 'Error: context deadline exceeded\ncommand terminated with exit code 1\n', exitCode: 1 });
  });
});

describe('etcdctl lease and member commands (lease_command.go, member_command.go, printer_simple.go)', () => {
  it('grants leases at least the lessor\'s minimum TTL, lists, renews and revokes them', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const g = await s.exec(`${E} ${TLS} lease grant 60`);
    expect(g.stdout).toMatch(/^lease [0-9a-f]{16} granted with TTL\(60s\)\n$/);
    const id = g.stdout.split(' ')[1];
    // the request ID generator's prefix: the member ID's low 16 bits
    expect((await s.exec(`${E} ${TLS} lease grant 1`)).stdout).toMatch(new RegExp(`^lease ${id.slice(0, 4)}[0-9a-f]{12} granted with TTL\\(2s\\)\\n$`));
    expect((await s.exec(`${E} ${TLS} lease list`)).stdout).toMatch(new RegExp(`^found 2 leases\\n${id}\\n[0-9a-f]{16}\\n$`));
    expect((await s.exec(`${E} ${TLS} lease timetolive ${id}`)).stdout).toBe(`lease ${id} granted with TTL(60s), remaining(59s)\n`);
    expect((await s.exec(`${E} ${TLS} lease keep-alive --once ${id}`)).stdout).toBe(`lease ${id} keepalived with TTL(60)\n`);
    expect((await s.exec(`${E} ${TLS} lease revoke ${id}`)).stdout).toBe(`lease ${id} revoked\n`);
    expect((await s.exec(`${E} ${TLS} lease timetolive ${id}`)).stdout).toBe(`lease ${id} already expired\n`);
    expect(await s.exec(`${E} ${TLS} lease revoke ${id}`)).toMatchObject({ stderr: 'Error: failed to revoke lease (etcdserver: requested lease not found)\ncommand terminated with exit code 1\n', exitCode: 1 });
    expect((await s.exec(`${E} ${TLS} lease grant x`)).stderr).toBe('Error: bad TTL (strconv.ParseInt: parsing "x": invalid syntax)\ncommand terminated with exit code 128\n');
    expect((await s.exec(`${E} ${TLS} lease revoke zz`)).stderr).toBe('Error: bad lease ID arg (strconv.ParseInt: parsing "zz": invalid syntax), expecting ID in Hex\ncommand terminated with exit code 128\n');
    expect((await s.exec(`${E} lease grant 10`)).stderr).toBe('Error: failed to grant lease (context deadline exceeded)\ncommand terminated with exit code 1\n');
  });

  it('adds a learner that stays unstarted, refuses to promote it or remove the only voting member', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const a = await s.exec(`${E} ${TLS} member add m2 --peer-urls=https://10.0.0.5:2380 --learner`);
    expect(a.stdout).toMatch(/^Member [ 0-9a-f]{16} added to cluster [ 0-9a-f]{16}\n\nETCD_NAME="m2"\nETCD_INITIAL_CLUSTER="[^"]*m2=https:\/\/10\.0\.0\.5:2380[^"]*"\nETCD_INITIAL_ADVERTISE_PEER_URLS="https:\/\/10\.0\.0\.5:2380"\nETCD_INITIAL_CLUSTER_STATE="existing"\n$/);
    const id = a.stdout.slice(7, 23).trim();
    const list = (await s.exec(`${E} ${TLS} member list`)).stdout;
    expect(list).toContain(`${id}, unstarted, , https://10.0.0.5:2380, , true\n`);
    expect((await s.exec(`${E} ${TLS} member promote ${id}`)).stderr).toBe('Error: etcdserver: can only promote a learner member which is in sync with leader\ncommand terminated with exit code 1\n');
    expect((await s.exec(`${E} ${TLS} member add m3 --peer-urls=https://10.0.0.6:2380 --learner`)).stderr).toBe('Error: etcdserver: too many learner members in cluster\ncommand terminated with exit code 1\n');
    const self = list.split('\n').find((l) => l.includes(', started, '))!.split(',')[0];
    expect((await s.exec(`${E} ${TLS} member remove ${self}`)).stderr).toBe('Error: etcdserver: re-configuration failed due to not enough started members\ncommand terminated with exit code 1\n');
    expect((await s.exec(`${E} ${TLS} member remove ${id}`)).stdout).toMatch(/^Member [ 0-9a-f]{16} removed from cluster [ 0-9a-f]{16}\n$/);
    expect((await s.exec(`${E} ${TLS} member add m2 http://x:2380`)).stderr).toBe('Error: too many arguments, did you mean --peer-urls=http://x:2380\ncommand terminated with exit code 128\n');
    expect((await s.exec(`${E} ${TLS} member remove 1`)).stderr).toBe('Error: etcdserver: member not found\ncommand terminated with exit code 1\n');
    // move-leader: the only voting member already leads; any other member (the learner too) is a bad transferee
    expect((await s.exec(`${E} ${TLS} move-leader ${self}`)).stdout).toBe(`Leadership transferred from ${self} to ${self}\n`);
    expect((await s.exec(`${E} ${TLS} move-leader 1`)).stderr).toBe('Error: etcdserver: bad leader transferee\ncommand terminated with exit code 1\n');
    expect((await s.exec(`${E} ${TLS} move-leader zz`)).stderr).toBe('Error: strconv.ParseUint: parsing "zz": invalid syntax\ncommand terminated with exit code 128\n');
  });
});

describe('etcdctl txn from standard input (txn_command.go)', () => {
  it('compares, then the success or the failure requests, printed as printer_simple.go does', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const X = `kubectl exec -i -n kube-system etcd-m-k8s -- etcdctl ${TLS} txn`;
    const create = `printf 'version("/demo") = "0"\\n\\nput /demo one\\n\\nget /demo\\n\\n' | ${X}`;
    expect(await s.exec(create)).toMatchObject({ stdout: 'SUCCESS\n\nOK\n', exitCode: 0 });
    expect(await s.exec(create)).toMatchObject({ stdout: 'FAILURE\n\n/demo\none\n', exitCode: 0 });
    expect((await s.exec(`printf 'value("/demo") = "one"\\n\\nput /demo two\\nget /demo\\n\\n\\n' | ${X}`)).stdout).toBe('SUCCESS\n\nOK\n\n/demo\ntwo\n');
    expect((await s.exec(`printf 'val("/demo") = "one"\\n\\n\\n\\n' | ${X} --interactive`)).stdout).toBe('compares:\nsuccess requests (get, put, del):\nfailure requests (get, put, del):\nFAILURE\n');
    // a section not ended by an empty line is bufio's EOF; without -i there is no input at all
    expect(await s.exec(`printf 'mod("/demo") > "0"\\n\\nget /demo\\n' | ${X}`)).toMatchObject({ stderr: 'Error: EOF\ncommand terminated with exit code 3\n', exitCode: 3 });
    expect((await s.exec(`printf 'bogus\\n' | ${X}`)).stderr).toBe('Error: malformed comparison: bogus\ncommand terminated with exit code 3\n');
    expect((await s.exec(`printf 'x("/a") = "1"\\n' | ${X}`)).stderr).toBe('Error: malformed comparison: x("/a") = "1" (unknown target x)\ncommand terminated with exit code 3\n');
    expect((await s.exec(`${X.replace('exec -i', 'exec')}`)).stderr).toBe('Error: EOF\ncommand terminated with exit code 3\n');
  });
});

describe('etcdctl watch (watch_command.go)', () => {
  it('checks its arguments, then streams until Ctrl+C', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    expect(await s.exec(`${E} ${TLS} watch`)).toMatchObject({ stderr: 'Error: bad number of arguments\ncommand terminated with exit code 128\n', exitCode: 128 });
    expect((await s.exec(`${E} ${TLS} watch a b c`)).stderr).toBe('Error: bad number of arguments\ncommand terminated with exit code 128\n');
    void s.submit(`${E} ${TLS} watch /registry --prefix`);
    await s.settle();
    expect(s.busy).toBe(true);
    await s.interrupt();
    await s.settle();
    expect(s.busy).toBe(false);
    expect((await s.exec('echo $?')).stdout).toBe('130\n');
  });
});

describe('etcdctl auth enable and disable (auth_command.go, server/auth/store.go)', () => {
  it('cannot enable authentication without a root user; disabling a disabled store succeeds', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    expect(await s.exec(`${E} ${TLS} auth enable`)).toMatchObject({ stderr: 'Error: etcdserver: root user does not exist\ncommand terminated with exit code 1\n', exitCode: 1 });
    expect(await s.exec(`${E} ${TLS} auth disable`)).toMatchObject({ stdout: 'Authentication Disabled\n', exitCode: 0 });
    expect((await s.exec(`${E} ${TLS} auth enable x`)).stderr).toBe('Error: auth enable command does not accept any arguments\ncommand terminated with exit code 128\n');
  });
});
