#!/usr/bin/env bash
# Debian's packages the tests run for real, installed when missing (needs root or sudo):
# Chromium, for the browser tests (playwright-core drives it; it cannot download browsers here);
# nginx, which tests/proxy runs as a throwaway caching proxy (no system service is needed); and
# PostgreSQL, whose binaries tests/pg run as throwaway clusters (scripts/pg-cluster.ts; a system
# cluster the package may start is not used).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && [ -x /usr/sbin/nginx ] && compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing Chromium, nginx and PostgreSQL from Debian's packages..."
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium nginx postgresql >/dev/null
