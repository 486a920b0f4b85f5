/** The prompt a lab starts at, for the static placeholder the page shows before the terminal loads. */
const KNOWN: Record<string, string> = {
  host: 'D:\\3_VMs\\HashiCorp>',
  nodes: '[root@m-k8s ~]# ',
  cluster: '[root@m-k8s ~]# ',
};

export async function firstPrompt(lab: string): Promise<string> {
  return KNOWN[lab] ?? '$ ';
}
