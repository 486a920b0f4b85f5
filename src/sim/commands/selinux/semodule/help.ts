// semodule's usage of policycoreutils 3.6 (semodule/semodule.c usage(), program name "semodule"), on stdout.
export const help =
  'usage:  semodule [option]... MODE...\n' +
  'Manage SELinux policy modules.\n' +
  'MODES:\n' +
  '  -R, --reload\t\t    reload policy\n' +
  '  -B, --build\t\t    build and reload policy\n' +
  '  -D,--disable_dontaudit    Remove dontaudits from policy\n' +
  '  -i,--install=MODULE_PKG   install a new module\n' +
  '  -r,--remove=MODULE_NAME   remove existing module at desired priority\n' +
  '  -l[KIND],--list-modules[=KIND]  display list of installed modules\n' +
  '     KIND:  standard  list highest priority, enabled modules\n' +
  '            full      list all modules\n' +
  '  -X,--priority=PRIORITY    set priority for following operations (1-999)\n' +
  '  -e,--enable=MODULE_NAME   enable module\n' +
  '  -d,--disable=MODULE_NAME  disable module\n' +
  '  -E,--extract=MODULE_NAME  extract module\n' +
  'Options:\n' +
  '  -s,--store\t   name of the store to operate on\n' +
  '  -N,-n,--noreload do not reload policy after commit\n' +
  '  -h,--help        print this message and quit\n' +
  '  -v,--verbose     be verbose\n' +
  '  -P,--preserve_tunables\tPreserve tunables in policy\n' +
  '  -C,--ignore-module-cache\tRebuild CIL modules compiled from HLL files\n' +
  '  -p,--path        use an alternate path for the policy root\n' +
  '  -S,--store-path  use an alternate path for the policy store root\n' +
  '  -c, --cil extract module as cil. This only affects module extraction.\n' +
  '  -H, --hll extract module as hll. This only affects module extraction.\n' +
  '  -m, --checksum   print module checksum (SHA256).\n' +
  '      --refresh    like --build, but reuses existing linked policy if no\n' +
  '                   changes to module files are detected (via checksum)\n' +
  'Deprecated options:\n' +
  '  -b,--base\t   same as --install\n' +
  '  --rebuild-if-modules-changed\n' +
  '                   same as --refresh\n';
