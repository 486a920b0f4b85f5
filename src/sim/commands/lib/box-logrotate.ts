// The logrotate configuration the rockylinux/9 box's packages install: logrotate 3.18.0's examples/logrotate.conf
// (/etc/logrotate.conf) and examples/btmp and wtmp, chrony 4.5's examples/chrony.logrotate, dnf 4.14.0's
// etc/logrotate.d/dnf, sssd 2.9.5's src/examples/logrotate, and rsyslog-logrotate's file as a Rocky 9 machine shows
// it; with logrotate's state directory /var/lib/logrotate. tests/golden/logrotate/box holds the same files.
import type { Host } from '../../types';

const CONF =
  '# see "man logrotate" for details\n\n# global options do not affect preceding include directives\n\n# rotate log files weekly\nweekly\n\n# keep 4 weeks worth of backlogs\nrotate 4\n\n# create new (empty) log files after rotating old ones\ncreate\n\n# use date as a suffix of the rotated file\ndateext\n\n# uncomment this if you want your log files compressed\n#compress\n\n# packages drop log rotation information into this directory\ninclude /etc/logrotate.d\n\n# system-specific logs may be also be configured here.\n';

const D: Record<string, string> = {
  btmp: '# no packages own btmp -- we\'ll rotate it here\n/var/log/btmp {\n    missingok\n    monthly\n    create 0660 root utmp\n    rotate 1\n}\n',
  chrony: '/var/log/chrony/*.log {\n    missingok\n    nocreate\n    sharedscripts\n    postrotate\n        /usr/bin/chronyc cyclelogs > /dev/null 2>&1 || true\n    endscript\n}\n',
  dnf: '/var/log/hawkey.log {\n    missingok\n    notifempty\n    rotate 4\n    weekly\n    create\n}\n',
  rsyslog: '/var/log/cron\n/var/log/maillog\n/var/log/messages\n/var/log/secure\n/var/log/spooler\n{\n    missingok\n    sharedscripts\n    postrotate\n        /usr/bin/systemctl -s HUP kill rsyslog.service >/dev/null 2>&1 || true\n    endscript\n}\n',
  sssd: '/var/log/sssd/*.log {\n    weekly\n    missingok\n    notifempty\n    sharedscripts\n    rotate 2\n    compress\n    delaycompress\n    postrotate\n        /bin/kill -HUP `cat /var/run/sssd.pid 2>/dev/null` 2> /dev/null || true\n        /bin/pkill -HUP sssd_kcm 2> /dev/null || true\n    endscript\n}\n',
  wtmp: '# no packages own wtmp -- we\'ll rotate it here\n/var/log/wtmp {\n    missingok\n    monthly\n    create 0664 root utmp\n    minsize 1M\n    rotate 1\n}\n',
};

export function seedLogrotate(host: Host): void {
  const fs = host.fs;
  fs.mkdir('/etc/logrotate.d', true);
  fs.mkdir('/var/lib/logrotate', true);
  fs.write('/etc/logrotate.conf', CONF);
  for (const [name, text] of Object.entries(D)) fs.write(`/etc/logrotate.d/${name}`, text);
}
