#!/usr/bin/env bash
# `npm run start-console`: the real OpenShift console (a podman or docker container) against the
# cluster of `oc login`, loading this plugin from http://localhost:9001 (built on change).
set -euo pipefail
cd "$(dirname "$0")"

PLUGIN_NAME=ambient-mesh-plugin
CONSOLE_IMAGE=${CONSOLE_IMAGE:-quay.io/openshift/origin-console:4.19}
CONSOLE_PORT=${CONSOLE_PORT:-9000}
PLUGIN_PORT=${PLUGIN_PORT:-9001}
CONSOLE_IMAGE_PLATFORM=${CONSOLE_IMAGE_PLATFORM:-linux/amd64}

command -v oc >/dev/null || { echo "oc is required: log in to a cluster with oc login" >&2; exit 1; }
if command -v podman >/dev/null; then RUNTIME=podman
elif command -v docker >/dev/null; then RUNTIME=docker
else echo "podman or docker is required" >&2; exit 1; fi

# The console's bridge reads its settings from BRIDGE_* variables.
export BRIDGE_USER_AUTH=disabled
export BRIDGE_K8S_MODE=off-cluster
export BRIDGE_K8S_AUTH=bearer-token
export BRIDGE_K8S_MODE_OFF_CLUSTER_SKIP_VERIFY_TLS=true
BRIDGE_K8S_MODE_OFF_CLUSTER_ENDPOINT=$(oc whoami --show-server)
BRIDGE_K8S_AUTH_BEARER_TOKEN=$(oc whoami --show-token)
export BRIDGE_K8S_MODE_OFF_CLUSTER_ENDPOINT BRIDGE_K8S_AUTH_BEARER_TOKEN
export BRIDGE_USER_SETTINGS_LOCATION=localstorage
export BRIDGE_I18N_NAMESPACES="plugin__${PLUGIN_NAME}"

# Inside the container, the host is reached through the host network on Linux with podman,
# and through host.containers.internal / host.docker.internal elsewhere.
NETWORK=(-p "${CONSOLE_PORT}:9000")
if [ "$RUNTIME" = podman ] && [ "$(uname -s)" = Linux ]; then
  PLUGIN_HOST=localhost
  NETWORK=(--network=host)
elif [ "$RUNTIME" = podman ]; then
  PLUGIN_HOST=host.containers.internal
else
  PLUGIN_HOST=host.docker.internal
  NETWORK+=(--add-host=host.docker.internal:host-gateway)
fi
export BRIDGE_PLUGINS="${PLUGIN_NAME}=http://${PLUGIN_HOST}:${PLUGIN_PORT}"

# The plugin: production build in watch mode, served with CORS on the plugin port.
PLUGIN_PORT=$PLUGIN_PORT node -r ts-node/register/transpile-only sandbox/console/servePlugin.ts &
PLUGIN_PID=$!
trap 'kill "$PLUGIN_PID" 2>/dev/null || true' EXIT

echo "API server: $BRIDGE_K8S_MODE_OFF_CLUSTER_ENDPOINT"
echo "Console:    http://localhost:${CONSOLE_PORT} ($CONSOLE_IMAGE, $RUNTIME)"
echo "Plugin:     $BRIDGE_PLUGINS"
"$RUNTIME" run --pull always --platform "$CONSOLE_IMAGE_PLATFORM" --rm "${NETWORK[@]}" \
  --env-file <(env | grep '^BRIDGE_') "$CONSOLE_IMAGE"
