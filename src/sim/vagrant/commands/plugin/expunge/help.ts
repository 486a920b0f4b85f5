// `vagrant plugin expunge --help`, as Vagrant 2.4 prints it (tests/golden/vagrant/2.4).
export default `Usage: vagrant plugin expunge [-h]
        --force                      Do not prompt for confirmation
        --local                      Include plugins from local project for expunge
        --local-only                 Only expunge local project plugins
        --global-only                Only expunge global plugins
        --reinstall                  Reinstall current plugins after expunge
        --[no-]color                 Enable or disable color output
        --machine-readable           Enable machine readable output
    -v, --version                    Display Vagrant version
        --debug                      Enable debug output
        --timestamp                  Enable timestamps on log output
        --debug-timestamp            Enable debug output with timestamps
        --no-tty                     Enable non-interactive output
    -h, --help                       Print this help
`;
