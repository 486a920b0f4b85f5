// System administration commands on the guests (dnf, systemctl, sysctl...).
export {};
