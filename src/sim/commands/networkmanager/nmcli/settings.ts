// The properties nmcli 1.48.10 prints for the settings a wired profile has, in its order, with each one's default
// in nmcli's parsable form (what -t and -g print) and the note the normal form adds to that default, as the
// project's own client tests record them (src/tests/client/test-client.check-on-disk/test_003.expected,
// `nmcli con s ethernet` and `nmcli --terse con s ethernet`). Kinds for `modify`: b boolean, i integer,
// x hex flags, s string, m method (values from libnmc-setting/nm-meta-setting-desc.c), a addresses, g gateway,
// l address list (dns), r routes.
export type Kind = 'b' | 'i' | 'x' | 's' | 'm' | 'a' | 'g' | 'l' | 'r';
export type Prop = [name: string, dflt: string, kind: Kind, note?: string];

export const SETTINGS: Record<string, Prop[]> = {
  'connection': [
    ['id', '', 's'],
    ['uuid', '', 's'],
    ['stable-id', '', 's'],
    ['type', '', 's'],
    ['interface-name', '', 's'],
    ['autoconnect', 'yes', 'b'],
    ['autoconnect-priority', '0', 'i'],
    ['autoconnect-retries', '-1', 'i', 'default'],
    ['multi-connect', '0', 'i', 'default'],
    ['auth-retries', '-1', 'i'],
    ['timestamp', '0', 'i'],
    ['permissions', '', 's'],
    ['zone', '', 's'],
    ['controller', '', 's'],
    ['master', '', 's'],
    ['slave-type', '', 's'],
    ['port-type', '', 's'],
    ['autoconnect-slaves', '-1', 'i', 'default'],
    ['autoconnect-ports', '-1', 'i', 'default'],
    ['down-on-poweroff', '-1', 'i', 'default'],
    ['secondaries', '', 's'],
    ['gateway-ping-timeout', '0', 'i'],
    ['metered', 'unknown', 's'],
    ['lldp', 'default', 's'],
    ['mdns', '-1', 'i', 'default'],
    ['llmnr', '-1', 'i', 'default'],
    ['dns-over-tls', '-1', 'i', 'default'],
    ['mptcp-flags', '0x0', 'x', 'default'],
    ['wait-device-timeout', '-1', 'i'],
    ['wait-activation-delay', '-1', 'i'],
  ],
  '802-3-ethernet': [
    ['port', '', 's'],
    ['speed', '0', 'i'],
    ['duplex', '', 's'],
    ['auto-negotiate', 'no', 'b'],
    ['mac-address', '', 's'],
    ['cloned-mac-address', '', 's'],
    ['generate-mac-address-mask', '', 's'],
    ['mac-address-denylist', '', 's'],
    ['mtu', 'auto', 's'],
    ['s390-subchannels', '', 's'],
    ['s390-nettype', '', 's'],
    ['s390-options', '', 's'],
    ['wake-on-lan', 'default', 's'],
    ['wake-on-lan-password', '', 's'],
    ['accept-all-mac-addresses', '-1', 'i', 'default'],
  ],
  'ipv4': [
    ['method', 'auto', 'm'],
    ['dns', '', 'l'],
    ['dns-search', '', 's'],
    ['dns-options', '', 's'],
    ['dns-priority', '0', 'i'],
    ['addresses', '', 'a'],
    ['gateway', '', 'g'],
    ['routes', '', 'r'],
    ['route-metric', '-1', 'i'],
    ['route-table', '0', 'i', 'unspec'],
    ['routing-rules', '', 's'],
    ['replace-local-rule', '-1', 'i', 'default'],
    ['dhcp-send-release', '-1', 'i', 'default'],
    ['ignore-auto-routes', 'no', 'b'],
    ['ignore-auto-dns', 'no', 'b'],
    ['dhcp-client-id', '', 's'],
    ['dhcp-iaid', '', 's'],
    ['dhcp-dscp', '', 's'],
    ['dhcp-timeout', '0', 'i', 'default'],
    ['dhcp-send-hostname', 'yes', 'b'],
    ['dhcp-hostname', '', 's'],
    ['dhcp-fqdn', '', 's'],
    ['dhcp-hostname-flags', '0x0', 'x', 'none'],
    ['never-default', 'no', 'b'],
    ['may-fail', 'yes', 'b'],
    ['required-timeout', '-1', 'i', 'default'],
    ['dad-timeout', '-1', 'i', 'default'],
    ['dhcp-vendor-class-identifier', '', 's'],
    ['link-local', '0', 'i', 'default'],
    ['dhcp-reject-servers', '', 's'],
    ['auto-route-ext-gw', '-1', 'i', 'default'],
  ],
  'ipv6': [
    ['method', 'auto', 'm'],
    ['dns', '', 'l'],
    ['dns-search', '', 's'],
    ['dns-options', '', 's'],
    ['dns-priority', '0', 'i'],
    ['addresses', '', 'a'],
    ['gateway', '', 'g'],
    ['routes', '', 'r'],
    ['route-metric', '-1', 'i'],
    ['route-table', '0', 'i', 'unspec'],
    ['routing-rules', '', 's'],
    ['replace-local-rule', '-1', 'i', 'default'],
    ['dhcp-send-release', '-1', 'i', 'default'],
    ['ignore-auto-routes', 'no', 'b'],
    ['ignore-auto-dns', 'no', 'b'],
    ['never-default', 'no', 'b'],
    ['may-fail', 'yes', 'b'],
    ['required-timeout', '-1', 'i', 'default'],
    ['ip6-privacy', '-1', 'i', 'default'],
    ['temp-valid-lifetime', '0', 'i', 'default'],
    ['temp-preferred-lifetime', '0', 'i', 'default'],
    ['addr-gen-mode', 'default', 's'],
    ['ra-timeout', '0', 'i', 'default'],
    ['mtu', 'auto', 's'],
    ['dhcp-pd-hint', '', 's'],
    ['dhcp-duid', '', 's'],
    ['dhcp-iaid', '', 's'],
    ['dhcp-timeout', '0', 'i', 'default'],
    ['dhcp-send-hostname', 'yes', 'b'],
    ['dhcp-hostname', '', 's'],
    ['dhcp-hostname-flags', '0x0', 'x', 'none'],
    ['auto-route-ext-gw', '-1', 'i', 'default'],
    ['token', '', 's'],
  ],
  // loopback (nm-device-loopback.c update_connection() adds it to lo's generated profile); mtu 0 prints "auto"
  'loopback': [
    ['mtu', 'auto', 's'],
  ],
  'proxy': [
    ['method', 'none', 'm'],
    ['browser-only', 'no', 'b'],
    ['pac-url', '', 's'],
    ['pac-script', '', 's'],
  ],
};

/** _set_fcn_ip_config_method() values_static, in the order nmcli lists them. */
export const METHODS: Record<string, string[]> = {
  ipv4: ['auto', 'link-local', 'manual', 'shared', 'disabled'],
  ipv6: ['ignore', 'auto', 'dhcp', 'link-local', 'manual', 'shared', 'disabled'],
  proxy: ['none', 'auto'],
};

/** The settings nmcli allows in an ethernet profile (WIRED valid_parts, then valid_settings_noport), as
 *  get_valid_options_string() lists them. */
export const ETHERNET_SETTINGS = ['connection', '802-3-ethernet (ethernet)', '802-1x', 'dcb', 'sriov', 'ethtool', 'match', 'ipv4', 'ipv6', 'hostname', 'link', 'tc', 'proxy'];

/** Every setting name in NMMetaSettingType order (nm-meta-setting-base-impl.h, the order of
 *  nm_meta_setting_infos_editor_p()), for the field error of `connection show -f`. */
export const ALL_SETTINGS = ['6lowpan', '802-11-olpc-mesh', '802-11-wireless', '802-11-wireless-security', '802-1x', '802-3-ethernet', 'adsl', 'bluetooth', 'bond', 'bond-port', 'bridge', 'bridge-port', 'cdma', 'connection', 'dcb', 'dummy', 'ethtool', 'generic', 'gsm', 'hostname', 'hsr', 'infiniband', 'ip-tunnel', 'ipv4', 'ipv6', 'link', 'loopback', 'macsec', 'macvlan', 'match', 'ovs-bridge', 'ovs-dpdk', 'ovs-external-ids', 'ovs-interface', 'ovs-other-config', 'ovs-patch', 'ovs-port', 'ppp', 'pppoe', 'proxy', 'serial', 'sriov', 'tc', 'team', 'team-port', 'tun', 'user', 'veth', 'vlan', 'vpn', 'vrf', 'vxlan', 'wifi-p2p', 'wimax', 'wireguard', 'wpan'];

/** The active-connection groups of `connection show ID` (connections.c nmc_fields_con_active_details_groups). */
export const ACTIVE_GROUPS = ['GENERAL', 'IP4', 'DHCP4', 'IP6', 'DHCP6', 'VPN'];
export const GENERAL_FIELDS = ['NAME', 'UUID', 'DEVICES', 'IP-IFACE', 'STATE', 'DEFAULT', 'DEFAULT6', 'SPEC-OBJECT', 'VPN', 'DBUS-PATH', 'CON-PATH', 'ZONE', 'MASTER-PATH'];
