// The programs installed on the Windows host, by folder: what `where` finds along PATH and what `tasklist`
// names. They are not files of the simulated disk (their contents would only weigh on the page); `dir` of these
// folders shows what the world itself put there.
export const PROGRAMS: Record<string, string[]> = {
  'C:\\Windows\\System32': [
    'ARP.EXE', 'cmd.exe', 'conhost.exe', 'curl.exe', 'find.exe', 'findstr.exe', 'getmac.exe', 'HOSTNAME.EXE', 'ipconfig.exe', 'more.com', 'NETSTAT.EXE', 'notepad.exe', 'nslookup.exe', 'PING.EXE', 'ROUTE.EXE',
    'sort.exe', 'systeminfo.exe', 'tar.exe', 'tasklist.exe', 'taskkill.exe', 'TRACERT.EXE', 'tree.com', 'where.exe', 'whoami.exe', 'wsl.exe', 'xcopy.exe',
  ],
  'C:\\Windows\\System32\\WindowsPowerShell\\v1.0': ['powershell.exe'],
  'C:\\Windows\\System32\\OpenSSH': ['scp.exe', 'ssh.exe', 'ssh-keygen.exe'],
  'C:\\Windows': ['explorer.exe', 'notepad.exe', 'nslookup.exe', 'regedit.exe'],
  'C:\\Windows\\System32\\Wbem': ['WMIC.exe'],
  'C:\\Program Files\\Vagrant\\bin': ['vagrant.exe'],
  'C:\\Program Files\\Oracle\\VirtualBox': ['VBoxManage.exe', 'VBoxHeadless.exe', 'VBoxSVC.exe', 'VBoxSDS.exe', 'VirtualBox.exe'],
};
