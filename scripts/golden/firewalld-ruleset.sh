#!/bin/bash
# The ruleset firewalld 1.3.4 puts in the kernel with the box's configuration (Rocky's firewalld.conf defaults,
# FirewallBackend=nftables; the public zone with ssh, dhcpv6-client and cockpit, the service Rocky's package adds
# after dhcpv6-client), listed by nft 1.0.9: firewalld's own core (FIREWALLD_SRC, a checkout of v1.3.4: src/firewall
# and config/) started in a new network namespace through its Python API, without D-Bus and NetworkManager (stub
# modules stand for gi and dbus, which the core imports but does not use here), with the interface IFACE added to the
# default zone as NetworkManager adds each of the guest's interfaces. A second run adds the service http, the port
# 8080/tcp and the port range 5000-5010/udp at runtime. Writes tests/golden/nft/firewalld.json; needs nft 1.0.9 and
# its Python module built with JSON (scripts/golden/nft-record.sh: NFT_PREFIX, NFTABLES_SRC).
#   FIREWALLD_SRC=... NFTABLES_SRC=... NFT_PREFIX=... bash scripts/golden/firewalld-ruleset.sh
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
src=${FIREWALLD_SRC:?}
prefix=${NFT_PREFIX:?}
work=$(mktemp -d)
mkdir -p "$work/py/gi" "$work/py/dbus" "$work/etc" "$work/run"
cp -r "$src/src/firewall" "$work/py/"
cp -r "${NFTABLES_SRC:?}/py/src" "$work/py/nftables"
sed -e "s/@PACKAGE_VERSION@/1.3.4/; s/@DEFAULT_LOG_TARGET@/syslog/; s#@IFCFGDIR@#/etc/sysconfig/network-scripts#; s#@\([A-Z0-9_]*\)@#/usr/sbin/\1#" \
  "$src/src/firewall/config/__init__.py.in" > "$work/py/firewall/config/__init__.py"
printf 'def require_version(name, version):\n    raise ValueError(name)\n' > "$work/py/gi/__init__.py"
printf 'class GLib:\n    class Error(Exception):\n        pass\n' > "$work/py/gi/repository.py"
: > "$work/py/dbus/__init__.py"
cp -r "$src/config" "$work/lib"
cp "$src/config/firewalld.conf" "$work/etc/"
sed -i 's#^  <service name="dhcpv6-client"/>#&\n  <service name="cockpit"/>#' "$work/lib/zones/public.xml"
cat > "$work/run.py" <<PY
import sys
sys.path.insert(0, '$work/py')
from firewall import config
config.set_system_config_paths('$work/etc')
config.set_default_config_paths('$work/lib')
config.FIREWALLD_TEMPDIR = '$work/run'
config.FIREWALLD_PIDFILE = '$work/run/pid'
from firewall.core.fw import Firewall
fw = Firewall()
fw.start()
fw.zone.add_interface('', 'IFACE')
if sys.argv[1:] == ['extra']:
    fw.zone.add_service('', 'http')
    fw.zone.add_port('', '8080', 'tcp')
    fw.zone.add_port('', '5000-5010', 'udp')
PY
export LD_LIBRARY_PATH=$prefix/lib
base=$(unshare -rn bash -c "python3 $work/run.py >/dev/null 2>&1 && $prefix/sbin/nft list ruleset")
extra=$(unshare -rn bash -c "python3 $work/run.py extra >/dev/null 2>&1 && $prefix/sbin/nft list ruleset")
node -e 'require("fs").writeFileSync(process.argv[1], JSON.stringify({ base: process.argv[2] + "\n", extra: process.argv[3] + "\n" }, null, 1) + "\n")' \
  "$root/tests/golden/nft/firewalld.json" "$base" "$extra"
