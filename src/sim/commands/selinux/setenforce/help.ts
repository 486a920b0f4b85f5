// setenforce's usage of libselinux 3.6 (utils/setenforce.c: stderr, status 1; %s is the name it was called by). Written by scripts/golden/net-specs.ts.
export const usage = "usage:  %s [ Enforcing | Permissive | 1 | 0 ]\n";
