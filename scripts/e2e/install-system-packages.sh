#!/usr/bin/env bash
# Debian packages the editor end-to-end tests need: Chromium (driven by playwright-core to open
# VS Code for the browser), the Kerberos headers code-server's native module compiles against,
# and Neovim (its built-in LSP client drives the standalone language server).
# Idempotent: skips what is already installed.
set -euo pipefail
needed=()
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || needed+=(libkrb5-dev)
command -v nvim >/dev/null 2>&1 || needed+=(neovim)
if [ ${#needed[@]} -eq 0 ]; then
    echo "system packages: already installed"
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${needed[@]}"
echo "system packages: installed ${needed[*]}"
