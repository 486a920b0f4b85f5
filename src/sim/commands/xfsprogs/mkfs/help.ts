// mkfs.xfs of xfsprogs 6.4.0: usage() of mkfs/xfs_mkfs.c and the -V line (VERSION of the release).
export const VERSION = '6.4.0';

export const usage = (prog: string) =>
  `Usage: ${prog}\n` +
  '/* blocksize */\t\t[-b size=num]\n' +
  '/* config file */\t[-c options=xxx]\n' +
  '/* metadata */\t\t[-m crc=0|1,finobt=0|1,uuid=xxx,rmapbt=0|1,reflink=0|1,\n' +
  '\t\t\t    inobtcount=0|1,bigtime=0|1]\n' +
  '/* data subvol */\t[-d agcount=n,agsize=n,file,name=xxx,size=num,\n' +
  '\t\t\t    (sunit=value,swidth=value|su=num,sw=num|noalign),\n' +
  '\t\t\t    sectsize=num\n' +
  '/* force overwrite */\t[-f]\n' +
  '/* inode size */\t[-i perblock=n|size=num,maxpct=n,attr=0|1|2,\n' +
  '\t\t\t    projid32bit=0|1,sparse=0|1,nrext64=0|1]\n' +
  '/* no discard */\t[-K]\n' +
  '/* log subvol */\t[-l agnum=n,internal,size=num,logdev=xxx,version=n\n' +
  '\t\t\t    sunit=value|su=num,sectsize=num,lazy-count=0|1]\n' +
  '/* label */\t\t[-L label (maximum 12 characters)]\n' +
  '/* naming */\t\t[-n size=num,version=2|ci,ftype=0|1]\n' +
  '/* no-op info only */\t[-N]\n' +
  '/* prototype file */\t[-p fname]\n' +
  '/* quiet */\t\t[-q]\n' +
  '/* realtime subvol */\t[-r extsize=num,size=num,rtdev=xxx]\n' +
  '/* sectorsize */\t[-s size=num]\n' +
  '/* version */\t\t[-V]\n' +
  '\t\t\tdevicename\n' +
  '<devicename> is required unless -d name=xxx is given.\n' +
  '<num> is xxx (bytes), xxxs (sectors), xxxb (fs blocks), xxxk (xxx KiB),\n' +
  '      xxxm (xxx MiB), xxxg (xxx GiB), xxxt (xxx TiB) or xxxp (xxx PiB).\n' +
  '<value> is xxx (512 byte blocks).\n';
