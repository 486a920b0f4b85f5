// The files of Rocky 9's rootfiles-8.1-31.el9 in /root (its dot-bashrc, dot-bash_profile, dot-bash_logout,
// dot-cshrc and dot-tcshrc, installed with `install -p -m 644`; the package's %posttrans copies /etc/skel without
// overwriting them, which adds nothing: the skel has the same three bash files).
export const ROOTFILES: Record<string, string> = {
  '.bash_logout': '# ~/.bash_logout\n\n',
  '.bash_profile': '# .bash_profile\n\n# Get the aliases and functions\nif [ -f ~/.bashrc ]; then\n\t. ~/.bashrc\nfi\n\n# User specific environment and startup programs\n',
  '.bashrc':
    '# .bashrc\n\n# Source global definitions\nif [ -f /etc/bashrc ]; then\n\t. /etc/bashrc\nfi\n\n# User specific environment\nif ! [[ "$PATH" =~ "$HOME/.local/bin:$HOME/bin:" ]]\nthen\n    PATH="$HOME/.local/bin:$HOME/bin:$PATH"\nfi\nexport PATH\n\n# Uncomment the following line if you don\'t like systemctl\'s auto-paging feature:\n# export SYSTEMD_PAGER=\n\n# User specific aliases and functions\n \nalias rm=\'rm -i\'\nalias cp=\'cp -i\'\nalias mv=\'mv -i\'\n',
  '.cshrc': "# .cshrc\n\n# User specific aliases and functions\n\nalias rm 'rm -i'\nalias cp 'cp -i'\nalias mv 'mv -i'\n",
  '.tcshrc': "# .tcshrc\n\n# User specific aliases and functions\n\nalias rm 'rm -i'\nalias cp 'cp -i'\nalias mv 'mv -i'\n\nset prompt='[%n@%m %c]# '\n\n",
};
