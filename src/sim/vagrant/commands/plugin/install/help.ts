// `vagrant plugin install --help`, as Vagrant 2.4 prints it (tests/golden/vagrant/2.4).
export default `Usage: vagrant plugin install <name>... [-h]

        --entry-point NAME           The name of the entry point file for loading the plugin.
        --plugin-clean-sources       Remove all plugin sources defined so far (including defaults)
        --plugin-source PLUGIN_SOURCE
                                     Add a RubyGems repository source
        --plugin-version PLUGIN_VERSION
                                     Install a specific version of the plugin
        --local                      Install plugin for local project only
        --verbose                    Enable verbose output for plugin installation
        --[no-]color                 Enable or disable color output
        --machine-readable           Enable machine readable output
    -v, --version                    Display Vagrant version
        --debug                      Enable debug output
        --timestamp                  Enable timestamps on log output
        --debug-timestamp            Enable debug output with timestamps
        --no-tty                     Enable non-interactive output
    -h, --help                       Print this help
`;
