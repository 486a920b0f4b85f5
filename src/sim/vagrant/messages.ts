// Vagrant's message texts (templates/locales/en.yml of hashicorp/vagrant), kept as data.
// %{name} placeholders are filled by fmt().

export const VAGRANT_VERSION = '2.4.3';

export const M = {
  boot_completed: 'Machine booted and ready!',
  boot_waiting: 'Waiting for machine to boot. This may take a few minutes...',
  box_auto_adding: "Box '%{name}' could not be found. Attempting to find and install...",
  box_add_choose_provider:
    'This box can work with multiple providers! The providers that it\ncan work with are listed below. Please review the list and choose\nthe provider you will be working with.\n\n%{options}\n\nEnter your choice: ',
  box_add_choose_provider_again: 'Invalid choice. Try again: ',
  box_add_with_version: "Adding box '%{name}' (v%{version}) for provider: %{providers}",
  box_added: "Successfully added box '%{name}' (v%{version}) for '%{provider}'!",
  box_adding_direct: 'Box file was not detected as metadata. Adding it directly...',
  box_downloading: 'Downloading: %{url}',
  box_expanding_url: 'URL: %{url}',
  box_loading_metadata: "Loading metadata for box '%{name}'",
  box_outdated_checking_with_refresh: "Checking if box '%{name}' version '%{version}' is up to date...",
  global_status_footer:
    'The above shows information about all known Vagrant environments\non this machine. This data is cached and may not be completely\nup-to-date (use "vagrant global-status --prune" to prune invalid\nentries). To interact with any of the machines, you can go to that\ndirectory and run Vagrant, or you can use the ID directly with\nVagrant commands from any directory. For example:\n"vagrant destroy 1a2b3c4d"',
  global_status_none:
    "There are no active Vagrant environments on this computer! Or,\nyou haven't destroyed and recreated Vagrant environments that were\nstarted with an older version of Vagrant.",
  insecure_key_detected: 'Vagrant insecure key detected. Vagrant will automatically replace\nthis with a newly generated keypair for better security.',
  inserting_public_key: 'Inserting generated public key within guest...',
  removing_insecure_key: "Removing insecure key from the guest if it's present...",
  key_inserted: 'Key inserted! Disconnecting and reconnecting using new SSH key...',
  waiting_cleanup: 'Waiting for cleanup before exiting...',

  // errors
  boot_bad_state:
    "The guest machine entered an invalid state while waiting for it\nto boot. Valid states are '%{valid}'. The machine is in the\n'%{invalid}' state. Please verify everything is configured\nproperly and try again.\n\nIf the provider you're using has a GUI that comes with it,\nit is often helpful to open that and watch the machine, since the\nGUI often has more helpful error messages than Vagrant can retrieve.\nFor example, if you're using VirtualBox, run `vagrant up` while the\nVirtualBox GUI is open.\n\nThe primary issue for this error is that the provider you're using\nis not properly configured. This is very rarely a Vagrant issue.",
  box_add_no_matching_version:
    "The box you're attempting to add has no available version that\nmatches the constraints you requested. Please double-check your\nsettings. Also verify that if you specified version constraints,\nthat the provider you wish to use is available for these constraints.\n\nBox: %{name}\nAddress: %{url}\nConstraints: %{constraints}\nAvailable versions: %{versions}",
  box_add_short_not_found:
    "The box '%{name}' could not be found or could not be accessed in the remote catalog. \nIf this is a private box on the HashiCorp Vagrant Public Registry, please verify \nyou're logged in via `vagrant cloud auth login`. Also, please double-check the name. \nThe expanded URL and error message are shown below:\n\nURL: %{url}\nError: %{error}",
  box_add_exists:
    "The box you're attempting to add already exists. Remove it before\nadding it again or add it with the `--force` flag.\n\nName: %{name}\nProvider: %{provider}\nVersion: %{version}",
  box_remove_not_found: "The box you requested to be removed could not be found. No\nboxes named '%{name}' could be found.",
  box_remove_multi_version:
    "You requested to remove the box '%{name}'. This box has multiple\nversions. You must explicitly specify which version you want to\nremove with the `--box-version` flag or specify the `--all` flag\nto remove all versions. The available versions for this box are:\n\n%{versions}",
  box_remove_version_not_found:
    "You requested to remove the box '%{name}' version '%{version}',\nbut that specific version of the box is not installed. Please\ndouble-check and try again. The available versions for this box\nare:\n\n%{versions}",
  downloader_error:
    'An error occurred while downloading the remote file. The error\nmessage, if any, is reproduced below. Please fix this error and try\nagain.\n\n%{message}',
  config_invalid: 'There are errors in the configuration of this machine. Please fix\nthe following errors and try again:\n\n%{errors}',
  active_machine_with_different_provider:
    'An active machine was found with a different provider. Vagrant\ncurrently allows each machine to be brought up with only a single\nprovider at a time. A future version will remove this limitation.\nUntil then, please destroy the existing machine to up with a new\nprovider.\n\nMachine name: %{name}\nActive provider: %{active_provider}\nRequested provider: %{requested_provider}',
  machine_not_found: "The machine with the name '%{name}' was not found configured for\nthis Vagrant environment.",
  multi_vm_target_required: 'This command requires a specific VM name to target in a multi-VM environment.',
  no_env:
    'A Vagrant environment or target machine is required to run this\ncommand. Run `vagrant init` to create a new Vagrant environment. Or,\nget an ID of a target machine from `vagrant global-status` to run\nthis command on. A final option is to change to a directory with a\nVagrantfile and to try again.',
  vagrantfile_exists: '`Vagrantfile` already exists in this directory. Remove it before\nrunning `vagrant init`.',
  vagrantfile_load_error:
    'There was an error loading a Vagrantfile. The file being loaded\nand the error message are shown below. This is usually caused by\na syntax error.\n\nPath: %{path}\nLine number: %{line}\nMessage: %{exception_class}: %{message}',
  vagrantfile_name_error:
    'There was an error loading a Vagrantfile. The file being loaded\nand the error message are shown below. This is usually caused by\nan invalid or undefined variable.\n\nPath: %{path}\nLine number: %{line}\nMessage: %{message}',
  vagrantfile_syntax_error: 'There is a syntax error in the following Vagrantfile. The syntax error\nmessage is reproduced below for convenience:\n\n%{file}',
  vm_creation_required: 'VM must be created before running this command. Run `vagrant up` first.',
  vm_not_running: 'VM must be running to open SSH connection. Run `vagrant up`\nto start the virtual machine.',
  ssh_not_ready:
    "The provider for this Vagrant-managed machine is reporting that it\nis not yet ready for SSH. Depending on your provider this can carry\ndifferent meanings. Make sure your machine is created and running and\ntry again. Additionally, check the output of `vagrant status` to verify\nthat the machine is in the state that you expect. If you continue to\nget this error message, please view the documentation for the provider\nyou're using.",
  cli_invalid_options: '%{help}',
  vagrant_interrupt: 'Vagrant exited after cleanup due to external interrupt.',
  shell_path_invalid: '`path` for shell provisioner does not exist on the host system: %{path}',

  // commands
  common_vm_already_running: 'VirtualBox VM is already running.',
  common_vm_not_created: 'VM not created. Moving on...',
  common_vm_not_running: 'VM is not currently running. Please, first bring it up with `vagrant up` then run this command.',
  box_no_installed: 'There are no installed boxes! Use `vagrant box add` to add some.',
  box_removing: "Removing box '%{name}' (v%{version}) with provider '%{provider}'...",
  box_remove_in_use_query:
    "Box '%{name}' (v%{version}) with provider '%{provider}' and\narchitectures '%{architecture}' appears to still be in use by\nat least one Vagrant environment. Removing the box could corrupt\nthe environment. We recommend destroying these environments first:\n\n%{users}\n\nAre you sure you want to remove this box? [y/N] ",
  destroy_confirmation: "Are you sure you want to destroy the '%{name}' VM? [y/N] ",
  destroy_will_not_destroy: "The VM '%{name}' will not be destroyed, since the confirmation\nwas declined.",
  init_success:
    'A `Vagrantfile` has been placed in this directory. You are now\nready to `vagrant up` your first virtual environment! Please read\nthe comments in the Vagrantfile as well as documentation on\n`vagrantup.com` for more information on using Vagrant.',
  status_output: 'Current machine states:\n\n%{states}\n\n%{message}',
  status_not_created:
    'The environment has not yet been created. Run `vagrant up` to\ncreate the environment. If a machine is not created, only the\ndefault provider will be shown. So if a provider is not listed,\nthen the machine is not created for that environment.',
  status_poweroff: 'The VM is powered off. To restart the VM, simply run `vagrant up`',
  status_running:
    'The VM is running. To stop this VM, you can run `vagrant halt` to\nshut it down forcefully, or you can run `vagrant suspend` to simply\nsuspend the virtual machine. In either case, to restart it again,\nsimply run `vagrant up`.',
  status_saved: 'To resume this VM, simply run `vagrant up`.',
  status_listing:
    'This environment represents multiple VMs. The VMs are all listed\nabove with their current state. For more information about a specific\nVM, run `vagrant status NAME`.',
  upping: "Bringing machine '%{name}' up with '%{provider}' provider...",
  validate_success: 'Vagrantfile validated successfully.',

  // actions
  booting: 'Booting VM...',
  clear_forwarded_ports: 'Clearing any previously set forwarded ports...',
  clear_network: 'Clearing any previously set network interfaces...',
  destroying: 'Destroying VM and associated drives...',
  discarding: 'Discarding saved state of VM...',
  fixed_collision: 'Fixed port collision for %{guest_port} => %{host_port}. Now on port %{new_port}.',
  forwarding: 'Forwarding ports...',
  forwarding_entry: '%{guest_port} (guest) => %{host_port} (host) (adapter %{adapter})',
  halt_force: 'Forcing shutdown of VM...',
  halt_graceful: 'Attempting graceful shutdown of VM...',
  hostname_setting: 'Setting hostname...',
  importing: "Importing base box '%{name}'...",
  matching_mac: 'Matching MAC address for NAT networking...',
  network_configuring: 'Configuring and enabling network interfaces...',
  network_preparing: 'Preparing network interfaces based on configuration...',
  adapter: 'Adapter %{adapter}: %{type}',
  provision_beginning: 'Running provisioner: %{provisioner}...',
  provision_disabled_by_config: 'Machine not provisioned because `--no-provision` is specified.',
  provision_disabled_by_sentinel:
    'Machine already provisioned. Run `vagrant provision` or use the `--provision`\nflag to force provisioning. Provisioners marked to run always will still run.',
  resuming: 'Resuming suspended VM...',
  mounting: 'Mounting shared folders...',
  guest_additions_check: 'Checking for guest additions in VM...',
  version_mismatch:
    'The guest additions on this VM do not match the installed version of\nVirtualBox! In most cases this is fine, but in rare cases it can\nprevent things such as shared folders from working properly. If you see\nshared folder errors, please make sure the guest additions within the\nvirtual machine match the version of VirtualBox you have installed on\nyour host and reload your VM.\n\nGuest Additions Version: %{guest_version}\nVirtualBox Version: %{virtualbox_version}',
  set_name: 'Setting the name of the VM: %{name}',
  suspending: 'Saving VM state and suspending execution...',
  shell_running: 'Running: %{script}',
  customizations: "Running '%{event}' VM customizations...",
  port_details:
    'The forwarded ports for the machine are listed below. Please note that\nthese values may differ from values configured in the Vagrantfile if the\nprovider supports automatic port collision detection and resolution.',
  port_empty:
    'The provider reported there are no forwarded ports for this virtual\nmachine. This can be caused if there are no ports specified in the\nVagrantfile or if the virtual machine is not currently running. Please\ncheck that the virtual machine is running and try again.',
  port_no_match:
    'The guest is not currently mapping port %{port} to the host machine. Is\nthe port configured in the Vagrantfile? You may need to run `vagrant reload`\nif changes were made to the port configuration in the Vagrantfile.',
} as const;

export type MessageKey = keyof typeof M;

export function fmt(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return M[key].replace(/%\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

// ---------------------------------------------------------------- Vagrantfile templates

const INIT_FULL = `# -*- mode: ruby -*-
# vi: set ft=ruby :

# All Vagrant configuration is done below. The "2" in Vagrant.configure
# configures the configuration version (we support older styles for
# backwards compatibility). Please don't change it unless you know what
# you're doing.
Vagrant.configure("2") do |config|
  # The most common configuration options are documented and commented below.
  # For a complete reference, please see the online documentation at
  # https://docs.vagrantup.com.

  # Every Vagrant development environment requires a box. You can search for
  # boxes at https://vagrantcloud.com/search.
  config.vm.box = "%{box}"
%{version_line}
  # Disable automatic box update checking. If you disable this, then
  # boxes will only be checked for updates when the user runs
  # \`vagrant box outdated\`. This is not recommended.
  # config.vm.box_check_update = false

  # Create a forwarded port mapping which allows access to a specific port
  # within the machine from a port on the host machine. In the example below,
  # accessing "localhost:8080" will access port 80 on the guest machine.
  # NOTE: This will enable public access to the opened port
  # config.vm.network "forwarded_port", guest: 80, host: 8080

  # Create a forwarded port mapping which allows access to a specific port
  # within the machine from a port on the host machine and only allow access
  # via 127.0.0.1 to disable public access
  # config.vm.network "forwarded_port", guest: 80, host: 8080, host_ip: "127.0.0.1"

  # Create a private network, which allows host-only access to the machine
  # using a specific IP.
  # config.vm.network "private_network", ip: "192.168.33.10"

  # Create a public network, which generally matched to bridged network.
  # Bridged networks make the machine appear as another physical device on
  # your network.
  # config.vm.network "public_network"

  # Share an additional folder to the guest VM. The first argument is
  # the path on the host to the actual folder. The second argument is
  # the path on the guest to mount the folder. And the optional third
  # argument is a set of non-required options.
  # config.vm.synced_folder "../data", "/vagrant_data"

  # Disable the default share of the current code directory. Doing this
  # provides improved isolation between the vagrant box and your host
  # by making sure your Vagrantfile isn't accessible to the vagrant box.
  # If you use this you may want to enable additional shared subfolders as
  # shown above.
  # config.vm.synced_folder ".", "/vagrant", disabled: true

  # Provider-specific configuration so you can fine-tune various
  # backing providers for Vagrant. These expose provider-specific options.
  # Example for VirtualBox:
  #
  # config.vm.provider "virtualbox" do |vb|
  #   # Display the VirtualBox GUI when booting the machine
  #   vb.gui = true
  #
  #   # Customize the amount of memory on the VM:
  #   vb.memory = "1024"
  # end
  #
  # View the documentation for the provider you are using for more
  # information on available options.

  # Enable provisioning with a shell script. Additional provisioners such as
  # Ansible, Chef, Docker, Puppet and Salt are also available. Please see the
  # documentation for more information about their specific syntax and use.
  # config.vm.provision "shell", inline: <<-SHELL
  #   apt-get update
  #   apt-get install -y apache2
  # SHELL
end
`;

const INIT_MIN = `# -*- mode: ruby -*-
# vi: set ft=ruby :

Vagrant.configure("2") do |config|
  config.vm.box = "%{box}"
%{version_line}%{url_line}end
`;

/** The Vagrantfile `vagrant init` writes. */
export function initTemplate(box: string, version: string | null, url: string | null, minimal: boolean): string {
  if (minimal) {
    return INIT_MIN.replace('%{box}', box)
      .replace('%{version_line}', version ? `  config.vm.box_version = "${version}"\n` : '')
      .replace('%{url_line}', url ? `  config.vm.box_url = "${url}"\n` : '');
  }
  let text = INIT_FULL.replace('%{box}', box).replace('%{version_line}\n', version ? `  config.vm.box_version = "${version}"\n\n` : '\n');
  if (url) {
    text = text.replace(
      "  # Disable automatic box update checking. If you disable this, then\n  # boxes will only be checked for updates when the user runs\n  # `vagrant box outdated`. This is not recommended.\n  # config.vm.box_check_update = false\n",
      `  # The url from where the 'config.vm.box' box will be fetched if it\n  # doesn't already exist on the user's system.\n  config.vm.box_url = "${url}"\n`,
    );
  }
  return text;
}
