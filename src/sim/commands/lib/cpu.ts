// The processor a guest sees: what /proc/cpuinfo, lscpu and the kernel's boot messages say about it.
// The guests are VirtualBox VMs on an x86_64 host with an Intel Core i7-10700 (Comet Lake-S: family 6, model 165,
// stepping 5; 32 KiB L1d and L1i and 256 KiB L2 per core, 16 MiB L3; 39-bit physical and 48-bit virtual
// addresses), which VirtualBox passes through; every virtual CPU is a core of its own (one thread per core, one
// socket), as many as the Vagrantfile's `vb.cpus`.
//
// The hypervisor: VirtualBox gives a Linux guest its "KVM" paravirtualisation interface by default (VirtualBox
// manual, "Paravirtualization Providers": Default selects KVM for Linux guests), so the guest's CPUID carries
// KVM's signature: the kernel logs "Hypervisor detected: KVM" and lscpu (lscpu-virt.c, read_hypervisor_cpuid)
// says "Hypervisor vendor: KVM" with "Virtualization type: full".

export const CPU = {
  vendor: 'GenuineIntel',
  model: 'Intel(R) Core(TM) i7-10700 CPU @ 2.90GHz',
  family: 6,
  modelNo: 165,
  stepping: 5,
  mhz: '2903.998',
  bogomips: '5807.99',
  cacheKb: 16384,
  addressSizes: '39 bits physical, 48 bits virtual',
  /** Per core: L1d, L1i, L2; shared: L3 (KiB). */
  caches: { L1d: 32, L1i: 32, L2: 256, L3: 16384 },
} as const;

/** /proc/cpuinfo of a guest with `n` CPUs. */
export function cpuinfo(n: number): string {
  return Array.from(
    { length: n },
    (_, i) =>
      `processor\t: ${i}\nvendor_id\t: ${CPU.vendor}\ncpu family\t: ${CPU.family}\nmodel\t\t: ${CPU.modelNo}\nmodel name\t: ${CPU.model}\n` +
      `stepping\t: ${CPU.stepping}\ncpu MHz\t\t: ${CPU.mhz}\ncache size\t: ${CPU.cacheKb} KB\nphysical id\t: 0\nsiblings\t: ${n}\ncore id\t\t: ${i}\n` +
      `cpu cores\t: ${n}\napicid\t\t: ${i}\ninitial apicid\t: ${i}\nfpu\t\t: yes\nfpu_exception\t: yes\ncpuid level\t: 22\nwp\t\t: yes\n` +
      `bogomips\t: ${CPU.bogomips}\nclflush size\t: 64\ncache_alignment\t: 64\naddress sizes\t: ${CPU.addressSizes}\npower management:\n\n`,
  ).join('');
}
