// Public names the guests resolve, and their addresses.
/** Public names the guests resolve (through VirtualBox's NAT resolver) and the address they get. */
export const PUBLIC_HOSTS: Record<string, string> = {
  'google.com': '142.250.207.46',
  'www.google.com': '142.250.206.228',
  'pkgs.k8s.io': '34.107.204.206',
  'download.docker.com': '18.65.168.52',
  'github.com': '20.200.245.247',
  'objects.githubusercontent.com': '185.199.108.133',
  'raw.githubusercontent.com': '185.199.108.133',
  'k8s.io': '34.107.204.206',
  'kubernetes.io': '147.75.40.148',
  'registry.k8s.io': '34.96.108.209',
  'rockylinux.org': '104.21.74.132',
  'docs.projectcalico.org': '52.74.166.77',
};
