// What modinfo of kmod 28 prints for the lab's modules on the Rocky 9.5 kernel: the .modinfo section's key=value
// strings in section order. A module's own MODULE_*() lines come first, in the reverse of their order in the
// source (the compiler emits them last first: compare the RHEL 9 and 10 listings of modinfo on public pages with
// their sources), then what modpost writes in <module>.mod.c, also reversed: vermagic, name, intree, retpoline,
// depends, srcversion, rhelversion in a RHEL 9 .mod.c (5.14.0-284.11.1.el9_2, published with its build tree).
// Left out (see DIFFERENCES.md): srcversion (an MD4 sum of the build's sources) and the signature fields
// (sig_id, signer, sig_key, sig_hashalgo, signature), which no public listing of 5.14.0-503 gives.
import { depends, modulePath } from './modules';

/** MODULE_*() of the module's sources, in the order modinfo prints them. */
const DECLARED: Record<string, [key: string, value: string][]> = {
  // net/bridge/br_netfilter_hooks.c (MODULE_LICENSE, two MODULE_AUTHOR, MODULE_DESCRIPTION, in that order)
  br_netfilter: [
    ['description', 'Linux ethernet netfilter firewall bridge'],
    ['author', 'Bart De Schuymer <bdschuym@pandora.be>'],
    ['author', 'Lennert Buytenhek <buytenh@gnu.org>'],
    ['license', 'GPL'],
  ],
};

/** "9.5" of 5.14.0-503.14.1.el9_5.x86_64 (RHEL's MODULE_INFO(rhelversion, ...)). */
const rhelVersion = (kernel: string) => /\.el(\d+)_(\d+)\./.exec(kernel)?.slice(1).join('.');

/** The key/value pairs modinfo lists for `m`, without filename (modinfo_do() prints it first). */
export function moduleInfo(kernel: string, m: string): [string, string][] {
  const out: [string, string][] = [...(DECLARED[m] ?? [])];
  const rhel = rhelVersion(kernel);
  if (rhel) out.push(['rhelversion', rhel]);
  out.push(['depends', depends(m).join(',')], ['retpoline', 'Y'], ['intree', 'Y'], ['name', m]);
  // VERMAGIC_STRING: UTS_RELEASE, SMP, preempt (RHEL 9 builds PREEMPT_DYNAMIC), mod_unload, modversions
  out.push(['vermagic', `${kernel} SMP preempt mod_unload modversions `]);
  return out;
}

/** Whether the module's own MODULE_*() lines are known (else modinfo lists only modpost's). */
export const declared = (m: string) => m in DECLARED;

export { modulePath };
