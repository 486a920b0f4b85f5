import { describe, expect, it } from "vitest";
import "../../../../src/sim/k8s/register";
import { createSession } from "../../../../src/sim/index";

/** the Taints: block of `kubectl describe node` */
function taints(describe: string): string[] {
  const lines = describe.split("\n");
  const i = lines.findIndex((l) => l.startsWith("Taints:"));
  const out = [lines[i].replace(/^Taints:\s+/, "")];
  for (let j = i + 1; lines[j].startsWith(" "); j++) out.push(lines[j].trim());
  return out;
}

describe("the node lifecycle controller's taints", () => {
  it("taints a NotReady node not-ready with NoSchedule and NoExecute (describe sorts them by effect), and removes them when Ready again", async () => {
    const s = await createSession({ lab: "cluster" });
    expect(
      taints((await s.exec("kubectl describe node w1-k8s")).stdout),
    ).toEqual(["<none>"]);
    // every pod carries the DefaultTolerationSeconds tolerations
    await s.exec("kubectl create deployment web --image=nginx:1.25");
    await s.advance(20_000);
    expect((await s.exec("kubectl describe pod -l app=web")).stdout).toMatch(
      /^Tolerations: +node\.kubernetes\.io\/not-ready:NoExecute op=Exists for 300s\n +node\.kubernetes\.io\/unreachable:NoExecute op=Exists for 300s$/m,
    );
    await s.exec("exit");
    await s.exec("exit");
    await s.exec("vagrant ssh w1-k8s");
    await s.exec("sudo systemctl stop containerd");
    await s.advance(60_000);
    await s.exec("exit");
    await s.exec("vagrant ssh m-k8s");
    expect(
      taints(
        (
          await s.exec(
            "sudo kubectl describe node w1-k8s --kubeconfig /etc/kubernetes/admin.conf",
          )
        ).stdout,
      ),
    ).toEqual([
      "node.kubernetes.io/not-ready:NoExecute",
      "node.kubernetes.io/not-ready:NoSchedule",
    ]);
    const yaml = (
      await s.exec(
        "sudo kubectl get node w1-k8s -o yaml --kubeconfig /etc/kubernetes/admin.conf",
      )
    ).stdout;
    expect(yaml).toMatch(
      / {2}taints:\n {2}- effect: NoSchedule\n {4}key: node\.kubernetes\.io\/not-ready\n {4}timeAdded: "[^"]+"\n {2}- effect: NoExecute\n {4}key: node\.kubernetes\.io\/not-ready\n {4}timeAdded: "[^"]+"\n/,
    );
    await s.exec("exit");
    await s.exec("vagrant ssh w1-k8s");
    await s.exec("sudo systemctl start containerd");
    await s.advance(30_000);
    await s.exec("exit");
    await s.exec("vagrant ssh m-k8s");
    expect(
      taints(
        (
          await s.exec(
            "sudo kubectl describe node w1-k8s --kubeconfig /etc/kubernetes/admin.conf",
          )
        ).stdout,
      ),
    ).toEqual(["<none>"]);
  }, 60_000);
});
