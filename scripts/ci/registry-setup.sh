#!/usr/bin/env bash
# Prepare a throw-away OCI registry (Debian's docker-registry, distribution 2.8) for
# the store tests: a test CA and a server certificate for 127.0.0.1 made with
# openssl, a bcrypt htpasswd file, and a config that keeps storage in DIR. Does not
# start it: the tests run `docker-registry serve DIR/config.yml` themselves, on the
# port given here, and stop it when they end.
#
#   scripts/ci/registry-setup.sh DIR PORT USER PASSWORD [TOKEN_REALM]
#
# With TOKEN_REALM the registry uses token auth (the WWW-Authenticate: Bearer flow)
# instead of htpasswd: it trusts tokens signed by DIR/token.key (certificate
# DIR/token.crt, sent in the token's x5c header) and sends clients to TOKEN_REALM,
# which the tests serve themselves.
#
# The package ships a service (init script / systemd unit) with its own config and
# storage; nothing here uses it, and on a machine where installing the package
# started it, it is stopped so only the tests' registries run.
set -euo pipefail
dir=${1:?usage: registry-setup.sh DIR PORT USER PASSWORD}
port=${2:?port}
user=${3:?user}
password=${4:?password}
realm=${5:-}

for tool in docker-registry openssl htpasswd; do
  command -v "$tool" >/dev/null || { echo "registry-setup: $tool is not installed (apt-get install docker-registry apache2-utils openssl)" >&2; exit 1; }
done
if [ -x /etc/init.d/docker-registry ] && /etc/init.d/docker-registry status >/dev/null 2>&1; then
  /etc/init.d/docker-registry stop >/dev/null 2>&1 || true
fi

mkdir -p "$dir/data"
cd "$dir"
# A CA valid for a day, and a server certificate for the loopback address it signs.
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj '/CN=envdiff test CA' \
  -keyout ca.key -out ca.crt 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj '/CN=127.0.0.1' -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' > server.ext
openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 1 -extfile server.ext -out server.crt 2>/dev/null
# skopeo reads the CAs to trust from a directory of *.crt files.
mkdir -p certs.d && cp ca.crt certs.d/ca.crt
htpasswd -Bbn "$user" "$password" > htpasswd

cat > config.yml <<YAML
version: 0.1
log:
  level: error
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $dir/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
  tls:
    certificate: $dir/server.crt
    key: $dir/server.key
YAML
if [ -n "$realm" ]; then
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj '/CN=envdiff test token issuer' \
    -keyout token.key -out token.crt 2>/dev/null
  cat >> config.yml <<YAML
auth:
  token:
    realm: $realm
    service: envdiff-test
    issuer: envdiff-test-issuer
    rootcertbundle: $dir/token.crt
YAML
else
  cat >> config.yml <<YAML
auth:
  htpasswd:
    realm: envdiff-test
    path: $dir/htpasswd
YAML
fi
