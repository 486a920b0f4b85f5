// /usr/lib/systemd/system/containerd.service as the containerd.io RPM installs it: containerd's own
// containerd.service of the packaged release, with /usr/local/bin/containerd turned into /usr/bin/containerd
// (docker/containerd-packaging, Makefile target common/containerd.service; rpm/containerd.spec installs it
// into %{_unitdir}). 1.7.24 added dbus.service to After=; 1.7.0 added the two sandboxed-CRI comment lines.
import { cmpVersion } from './packages';

const UNIT_1_7_24 = '# Copyright The containerd Authors.\n#\n# Licensed under the Apache License, Version 2.0 (the "License");\n# you may not use this file except in compliance with the License.\n# You may obtain a copy of the License at\n#\n#     http://www.apache.org/licenses/LICENSE-2.0\n#\n# Unless required by applicable law or agreed to in writing, software\n# distributed under the License is distributed on an "AS IS" BASIS,\n# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.\n# See the License for the specific language governing permissions and\n# limitations under the License.\n\n[Unit]\nDescription=containerd container runtime\nDocumentation=https://containerd.io\nAfter=network.target local-fs.target dbus.service\n\n[Service]\n#uncomment to enable the experimental sbservice (sandboxed) version of containerd/cri integration\n#Environment="ENABLE_CRI_SANDBOXES=sandboxed"\nExecStartPre=-/sbin/modprobe overlay\nExecStart=/usr/bin/containerd\n\nType=notify\nDelegate=yes\nKillMode=process\nRestart=always\nRestartSec=5\n# Having non-zero Limit*s causes performance problems due to accounting overhead\n# in the kernel. We recommend using cgroups to do container-local accounting.\nLimitNPROC=infinity\nLimitCORE=infinity\nLimitNOFILE=infinity\n# Comment TasksMax if your systemd version does not supports it.\n# Only systemd 226 and above support this version.\nTasksMax=infinity\nOOMScoreAdjust=-999\n\n[Install]\nWantedBy=multi-user.target\n';

/** The unit file of containerd.io at `version` (1.6.x, 1.7.x). */
export function containerdUnitFile(version: string): string {
  let text = UNIT_1_7_24;
  if (cmpVersion(version, '1.7.24') < 0) text = text.replace('After=network.target local-fs.target dbus.service', 'After=network.target local-fs.target');
  if (cmpVersion(version, '1.7.0') < 0) text = text.replace('#uncomment to enable the experimental sbservice (sandboxed) version of containerd/cri integration\n#Environment="ENABLE_CRI_SANDBOXES=sandboxed"\n', '');
  return text;
}
