// mke2fs of e2fsprogs 1.46.5 (Rocky 9.5: e2fsprogs-1.46.5): usage() and the -V banner of misc/mke2fs.c, with
// version.h's E2FSPROGS_VERSION and E2FSPROGS_DATE and lib/ext2fs/ext2_err.et.in's EXT2_ET_BASE message.
export const VERSION = '1.46.5';
export const DATE = '30-Dec-2021';

export const usage = (prog: string) =>
  `Usage: ${prog} [-c|-l filename] [-b block-size] [-C cluster-size]\n\t[-i bytes-per-inode] [-I inode-size] [-J journal-options]\n\t[-G flex-group-size] [-N number-of-inodes] [-d root-directory]\n\t[-m reserved-blocks-percentage] [-o creator-os]\n\t[-g blocks-per-group] [-L volume-label] [-M last-mounted-directory]\n\t[-O feature[,...]] [-r fs-revision] [-E extended-option[,...]]\n\t[-t fs-type] [-T usage-type ] [-U UUID] [-e errors_behavior][-z undo_file]\n\t[-jnqvDFSV] device [blocks-count]\n`;

export const banner = `mke2fs ${VERSION} (${DATE})\n`;
export const library = `\tUsing EXT2FS Library version ${VERSION}\n`;
