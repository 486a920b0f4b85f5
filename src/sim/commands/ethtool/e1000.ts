// What the e1000 driver of the Rocky 9.5 kernel (5.14.0-503, drivers/net/ethernet/intel/e1000/e1000_ethtool.c)
// answers ethtool for VirtualBox's 82540EM: its statistics names (e1000_gstrings_stats[], in order), the copper
// link modes of e1000_get_link_ksettings() with autoneg_advertised at its default (E1000_ALL_SPEED_DUPLEX: every
// mode but 1000baseT/Half), and the default message level (netif_msg_init(-1, DRV | PROBE | LINK)).
import type { LinkStats } from '../iproute/ip/stats';

export const STAT_NAMES = [
  'rx_packets', 'tx_packets', 'rx_bytes', 'tx_bytes', 'rx_broadcast', 'tx_broadcast', 'rx_multicast', 'tx_multicast',
  'rx_errors', 'tx_errors', 'tx_dropped', 'multicast', 'collisions', 'rx_length_errors', 'rx_over_errors',
  'rx_crc_errors', 'rx_frame_errors', 'rx_no_buffer_count', 'rx_missed_errors', 'tx_aborted_errors',
  'tx_carrier_errors', 'tx_fifo_errors', 'tx_heartbeat_errors', 'tx_window_errors', 'tx_abort_late_coll',
  'tx_deferred_ok', 'tx_single_coll_ok', 'tx_multi_coll_ok', 'tx_timeout_count', 'tx_restart_queue',
  'rx_long_length_errors', 'rx_short_length_errors', 'rx_align_errors', 'tx_tcp_seg_good', 'tx_tcp_seg_failed',
  'rx_flow_control_xon', 'rx_flow_control_xoff', 'tx_flow_control_xon', 'tx_flow_control_xoff', 'rx_long_byte_count',
  'rx_csum_offload_good', 'rx_csum_offload_errors', 'alloc_rx_buff_failed', 'tx_smbus', 'rx_smbus', 'dropped_smbus',
];

/** The counters the model keeps (the ones `ip -s link` shows); every other e1000 counter is 0 in it. */
export function statValues(s: LinkStats): Record<string, number> {
  return {
    rx_packets: s.rx.packets, tx_packets: s.tx.packets, rx_bytes: s.rx.bytes, tx_bytes: s.tx.bytes,
    rx_multicast: s.rx.mcast, multicast: s.rx.mcast, rx_errors: s.rx.errors, tx_errors: s.tx.errors,
    tx_dropped: s.tx.dropped, collisions: s.tx.collisions, rx_length_errors: s.rx.length, rx_over_errors: s.rx.over,
    rx_crc_errors: s.rx.crc, rx_frame_errors: s.rx.frame, rx_missed_errors: s.rx.missed, tx_aborted_errors: s.tx.aborted,
    tx_carrier_errors: s.tx.carrier, tx_fifo_errors: s.tx.fifo, tx_heartbeat_errors: s.tx.heartbeat,
    tx_window_errors: s.tx.window, rx_long_byte_count: s.rx.bytes,
  };
}

/** ETH_SS_LINK_MODES names of the real link modes the 82540EM supports and advertises (bits 0, 1, 2, 3, 5). */
export const LINK_MODES: [bit: number, name: string, half: boolean][] = [
  [0, '10baseT/Half', true], [1, '10baseT/Full', false], [2, '100baseT/Half', true], [3, '100baseT/Full', false], [5, '1000baseT/Full', false],
];

/** NETIF_MSG_DRV | NETIF_MSG_PROBE | NETIF_MSG_LINK and their ETH_SS_MSG_CLASSES names. */
export const MSG_LEVEL: [number, string[]] = [0x7, ['drv', 'probe', 'link']];

/**
 * ETH_SS_SOF_TIMESTAMPING names (sof_timestamping_names[] of net/ethtool/common.c) of the flags ethtool_op_get_ts_info()
 * sets, SOF_TIMESTAMPING_TX_SOFTWARE, RX_SOFTWARE and SOFTWARE, in bit order.
 */
export const SOF_SOFTWARE = ['software-transmit', 'software-receive', 'software-system-clock'];
