// `python3 -m MODULE` (Lib/runpy.py _run_module_as_main): the modules the simulator runs (http.server, json.tool),
// and runpy's answer for a name that is neither in CPython 3.9's standard library nor in the site-packages the
// box's RPMs install: `<sys.executable>: No module named X`, status 1 (pip: python3-pip is not on the box, only
// python3-pip-wheel). Any other module would run code that is not simulated (DIFFERENCES.md).

/** The top-level modules of CPython 3.9's library (3.9.18's Lib and lib-dynload, and sys.builtin_module_names). */
const STDLIB = new Set(`
__future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bootlocale _bootsubprocess _bz2 _codecs _codecs_cn
_codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc _compat_pickle
_compression _contextvars _crypt _csv _ctypes _ctypes_test _curses _curses_panel _datetime _decimal _elementtree
_functools _hashlib _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5 _multibytecodec _multiprocessing
_opcode _operator _osx_support _peg_parser _pickle _posixshmem _posixsubprocess _py_abc _pydecimal _pyio _queue
_random _sha1 _sha256 _sha3 _sha512 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat _statistics _string
_strptime _struct _symtable _sysconfigdata__linux_x86_64-linux-gnu _testbuffer _testcapi _testimportmultiple
_testinternalcapi _testmultiphase _thread _threading_local _tkinter _tracemalloc _uuid _warnings _weakref
_weakrefset _xxsubinterpreters _xxtestfuzz _zoneinfo abc aifc antigravity argparse array ast asynchat asyncio
asyncore atexit audioop base64 bdb binascii binhex bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd
code codecs codeop collections colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt
csv ctypes curses dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum
errno faulthandler fcntl filecmp fileinput fnmatch formatter fractions ftplib functools gc genericpath getopt
getpass gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io
ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap
modulefinder multiprocessing netrc nis nntplib ntpath nturl2path numbers opcode operator optparse os ossaudiodev
parser pathlib pdb pickle pickletools pipes pkgutil platform plistlib poplib posix posixpath pprint profile pstats
pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter
runpy sched secrets select selectors shelve shlex shutil signal site smtpd smtplib sndhdr socket socketserver spwd
sqlite3 sre_compile sre_constants sre_parse ssl stat statistics string stringprep struct subprocess sunau symbol
symtable sys sysconfig syslog tabnanny tarfile telnetlib tempfile termios test textwrap this threading time timeit
tkinter token tokenize trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu
uuid venv warnings wave weakref webbrowser wsgiref xdrlib xml xmlrpc xxlimited xxsubtype zipapp zipfile zipimport
zlib zoneinfo
`.split(/\s+/).filter(Boolean));

/** What the box's python3-* RPMs put in /usr/lib{,64}/python3.9/site-packages (src/sim/data/box-packages.ts). */
const SITE = new Set(['dnf', 'dnfpluginscore', 'rpm', 'gpg', 'libcomps', 'hawkey', 'libdnf', 'dbus', '_dbus_bindings', '_dbus_glib_bindings', 'six', 'dateutil', 'capng', 'gi', 'pygtkcompat', 'nftables', 'firewall']);

/** True when runpy would find the module's top-level package on the box. */
export const moduleExists = (name: string) => STDLIB.has(name.split('.')[0]) || SITE.has(name.split('.')[0]);

/** Packages of the library without a __main__ module (runpy: "... is a package and cannot be directly executed"). */
export const PACKAGES_WITHOUT_MAIN = new Set('collections concurrent ctypes curses dbm distutils email encodings html http importlib json logging multiprocessing pydoc_data sqlite3 urllib wsgiref xml xmlrpc zoneinfo'.split(' '));
