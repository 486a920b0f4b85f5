// list_super2() of lib/e2p/ls.c (e2fsprogs 1.46.5): the superblock as `tune2fs -l` and `dumpe2fs -h` print it,
// for the fields a file system made here can have (no RAID, meta_bg, quota, snapshot, error or MMP fields;
// no bigalloc). The feature names are lib/e2p/feature.c's, in bit order; dates are ctime() in the guest's UTC.
import { asctime } from '../../file/file/magic';
import { F, METADATA_CSUM, type Super } from './super';

const FEATURES: Record<number, [number, string][]> = {
  0: [[0x1, 'dir_prealloc'], [0x2, 'imagic_inodes'], [0x4, 'has_journal'], [0x8, 'ext_attr'], [0x10, 'resize_inode'], [0x20, 'dir_index'], [0x40, 'lazy_bg'], [0x200, 'sparse_super2'], [0x400, 'fast_commit'], [0x800, 'stable_inodes']],
  1: [[0x1, 'compression'], [0x2, 'filetype'], [0x4, 'needs_recovery'], [0x8, 'journal_dev'], [0x10, 'meta_bg'], [0x40, 'extent'], [0x80, '64bit'], [0x100, 'mmp'], [0x200, 'flex_bg'], [0x400, 'ea_inode'], [0x1000, 'dirdata'], [0x2000, 'metadata_csum_seed'], [0x4000, 'large_dir'], [0x8000, 'inline_data'], [0x10000, 'encrypt'], [0x20000, 'casefold']],
  2: [[0x1, 'sparse_super'], [0x2, 'large_file'], [0x4, 'btree_dir'], [0x8, 'huge_file'], [0x10, 'uninit_bg'], [0x20, 'dir_nlink'], [0x40, 'extra_isize'], [0x100, 'quota'], [0x200, 'bigalloc'], [0x400, 'metadata_csum'], [0x800, 'replica'], [0x1000, 'read-only'], [0x2000, 'project'], [0x8000, 'verity']],
};

export function featureNames(s: Super): string[] {
  const masks = [s.compat, s.incompat, s.roCompat];
  const out: string[] = [];
  masks.forEach((m, i) => {
    for (const [bit, name] of FEATURES[i]) if (m & bit) out.push(name);
  });
  return out;
}

const MNTOPTS: [number, string][] = [[0x1, 'debug'], [0x2, 'bsdgroups'], [0x4, 'user_xattr'], [0x8, 'acl'], [0x10, 'uid16'], [0x100, 'nobarrier'], [0x200, 'block_validity'], [0x400, 'discard'], [0x800, 'nodelalloc']];
const JMODE = ['', 'journal_data', 'journal_data_ordered', 'journal_data_writeback'];

export const MONTH = 86400 * 30;
const WEEK = 86400 * 7;
const DAY = 86400;

export function intervalString(secs: number): string {
  if (!secs) return '<none>';
  let buf = '';
  const part = (unit: number, name: string) => {
    if (secs < unit) return;
    const n = Math.floor(secs / unit);
    secs -= n * unit;
    buf += `${buf ? ', ' : ''}${n} ${name}${n > 1 ? 's' : ''}`;
  };
  part(MONTH, 'month');
  part(WEEK, 'week');
  part(DAY, 'day');
  if (secs > 0) {
    const hr = Math.floor(secs / 3600);
    secs -= hr * 3600;
    const min = Math.floor(secs / 60);
    secs -= min * 60;
    buf += `${buf ? ', ' : ''}${hr}:${String(min).padStart(2, '0')}:${String(secs).padStart(2, '0')}`;
  }
  return buf;
}

export function stateString(state: number): string {
  return `${state & 1 ? ' clean' : ' not clean'}${state & 2 ? ' with errors' : ''}`;
}

const ERRORS = ['Unknown (continue)', 'Continue', 'Remount read-only', 'Panic'];
export const errorsString = (n: number) => ERRORS[n] ?? ERRORS[0];

const uuidStr = (b: Uint8Array) => {
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const isNull = (b: Uint8Array) => b.every((x) => x === 0);

/** `names(uid, 'user' | 'group')`: the name getpwuid()/getgrgid() give, or undefined. */
export function listSuper(s: Super, names: (id: number, kind: 'user' | 'group') => string | undefined): string {
  const bs = s.blockSize;
  const ipg = s.u32(F.ipg);
  const ctime = (t: number) => `${asctime(t)}\n`;
  let o = '';
  const line = (k: string, v: string | number) => (o += `${`${k}:`.padEnd(26)}${v}\n`);
  line('Filesystem volume name', s.label || '<none>');
  line('Last mounted on', s.str(F.lastMounted, 64) || '<not available>');
  line('Filesystem UUID', uuidStr(s.b.subarray(F.uuid, F.uuid + 16)));
  line('Filesystem magic number', '0xEF53');
  line('Filesystem revision #', '1 (dynamic)');
  const feats = featureNames(s);
  o += `Filesystem features:     ${feats.length ? feats.map((f) => ' ' + f).join('') : ' (none)'}\n`;
  const flags = s.u32(F.flags);
  if (flags) {
    const fl = [[1, 'signed_directory_hash '], [2, 'unsigned_directory_hash '], [4, 'test_filesystem ']].filter(([b]) => flags & (b as number)).map(([, n]) => n);
    // EXT2_FLAGS_SIGNED_HASH is 0x1, UNSIGNED 0x2, TEST 0x4
    o += `Filesystem flags:         ${fl.length ? fl.join('') : '(none)'}\n`;
  }
  const mo = s.u32(F.mountOpts);
  const mopts: string[] = [];
  if (mo & 0x60) mopts.push(JMODE[(mo & 0x60) >> 5]);
  for (const [bit, name] of MNTOPTS) if (mo & bit) mopts.push(name);
  o += `Default mount options:   ${mopts.length ? mopts.map((m) => ' ' + m).join('') : ' (none)'}\n`;
  o += `Filesystem state:        ${stateString(s.u16(F.state))}\n`;
  line('Errors behavior', errorsString(s.u16(F.errors)));
  line('Filesystem OS type', 'Linux');
  line('Inode count', s.u32(F.inodes));
  line('Block count', s.blocks);
  line('Reserved block count', s.rBlocks);
  if (s.u32(F.overhead)) line('Overhead clusters', s.u32(F.overhead));
  line('Free blocks', s.freeBlocks);
  line('Free inodes', s.u32(F.freeInodes));
  line('First block', s.u32(F.firstData));
  line('Block size', bs);
  line('Fragment size', bs);
  if (s.incompat & 0x80) line('Group descriptor size', s.u16(F.descSize));
  if (s.u16(F.rsvGdt)) line('Reserved GDT blocks', s.u16(F.rsvGdt));
  line('Blocks per group', s.u32(F.bpg));
  line('Fragments per group', s.u32(F.bpg));
  line('Inodes per group', ipg);
  line('Inode blocks per group', Math.ceil((ipg * s.inodeSize) / bs));
  if (s.u8(F.logFlex)) line('Flex block group size', 1 << s.u8(F.logFlex));
  if (s.u32(F.mkfsTime)) o += `Filesystem created:       ${ctime(s.u32(F.mkfsTime))}`;
  o += `Last mount time:          ${s.u32(F.mtime) ? ctime(s.u32(F.mtime)) : 'n/a\n'}`;
  o += `Last write time:          ${ctime(s.u32(F.wtime))}`;
  line('Mount count', s.u16(F.mntCount));
  line('Maximum mount count', s.i16(F.maxMnt));
  o += `Last checked:             ${ctime(s.u32(F.lastcheck))}`;
  const iv = s.u32(F.interval);
  line('Check interval', `${iv} (${intervalString(iv)})`);
  if (iv) o += `Next check after:         ${ctime(s.u32(F.lastcheck) + iv)}`;
  const kb = s.u32(F.kbWritten);
  if (kb) line('Lifetime writes', kb < 2 ** 13 ? `${kb} kB` : `${Math.floor((kb + 2 ** 9) / 2 ** 10)} MB`);
  const who = (id: number, kind: 'user' | 'group') => `${id} (${kind} ${names(id, kind) ?? 'unknown'})`;
  line('Reserved blocks uid', who(s.u16(F.resuid), 'user'));
  line('Reserved blocks gid', who(s.u16(F.resgid), 'group'));
  line('First inode', s.u32(F.firstIno));
  o += `Inode size:\t          ${s.inodeSize}\n`;
  if (s.u16(F.minExtra)) line('Required extra isize', s.u16(F.minExtra));
  if (s.u16(F.wantExtra)) line('Desired extra isize', s.u16(F.wantExtra));
  if (s.u32(F.journalInum)) line('Journal inode', s.u32(F.journalInum));
  if (s.compat & 0x20 || s.u8(F.hashVersion)) line('Default directory hash', ['legacy', 'half_md4', 'tea'][s.u8(F.hashVersion)] ?? 'unknown');
  const seed = s.b.subarray(F.hashSeed, F.hashSeed + 16);
  if (!isNull(seed)) line('Directory Hash Seed', uuidStr(seed));
  if (s.u8(F.jnlBackup)) line('Journal backup', s.u8(F.jnlBackup) === 1 ? 'inode blocks' : `type ${s.u8(F.jnlBackup)}`);
  if (s.roCompat & METADATA_CSUM) {
    line('Checksum type', s.u8(F.csumType) === 1 ? 'crc32c' : 'unknown');
    line('Checksum', `0x${s.u32(F.checksum).toString(16).padStart(8, '0')}`);
  }
  return o;
}
