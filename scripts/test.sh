#!/usr/bin/env bash
# `npm test`: the whole browser suite (extra arguments go to web-test-runner).
#
# Where dbus-run-session exists, the runner gets a private D-Bus session and
# ACCESSIBILITY_ENABLED=1, so Chromium publishes its accessibility tree on AT-SPI and
# test/helpers/atspi.ts can read the header relations a screen reader is given. Without it
# those checks skip with a printed reason (and fail under CI=true, see atspi-plugin.mjs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

wtr=(node_modules/.bin/web-test-runner --config web-test-runner.config.mjs "$@")

if command -v dbus-run-session >/dev/null; then
  export ACCESSIBILITY_ENABLED=1
  # The accessibility bus launcher puts its socket in $XDG_RUNTIME_DIR/at-spi, or in the shared
  # ~/.cache/at-spi without it: a private directory keeps concurrent runs off each other's bus.
  XDG_RUNTIME_DIR=$(mktemp -d)
  export XDG_RUNTIME_DIR
  trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
  # Not exec'd, so that the trap removes the directory; `set -e` passes a failure's status on.
  dbus-run-session --dbus-daemon=scripts/dbus-daemon-quiet -- "${wtr[@]}"
  exit 0
fi
echo 'dbus-run-session not found: AT-SPI header checks will be skipped.' >&2
exec "${wtr[@]}"
