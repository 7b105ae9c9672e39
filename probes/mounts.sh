# mounts: how the filesystems a build writes to and runs programs from are
# mounted — read-only, noexec (a build cannot run what it compiled into /tmp),
# nosuid, nodev — from the mount table; src/parse/mounts.ts keeps the mounts at
# /, /tmp, /var/tmp, /dev/shm, /home and /var/lib/docker.
# The table of pid 1, not our own: under `capture --root` the probes run in a
# chroot of the host, where pid 1's table is the host's; on a host or in a
# container it is the same table as ours. /proc/self when pid 1's is not readable.
# Raw text convention: src/parse/sections.ts.
pr_mi=/proc/1/mountinfo
[ -r "$pr_mi" ] || pr_mi=/proc/self/mountinfo
if [ ! -r "$pr_mi" ]; then
  echo "no readable /proc/1/mountinfo or /proc/self/mountinfo" >&2
  exit 69
fi
# Only the mounts under the kept paths' directories matter; a node's table can run to thousands of lines.
pr_pat='^[^ ]+ [^ ]+ [^ ]+ [^ ]+ /(tmp|var|var/tmp|var/lib|var/lib/docker|dev|dev/shm|home)? ' pr_files "$pr_mi"
