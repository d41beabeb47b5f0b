#!/usr/bin/env bash
# Installs the Debian runtime libraries and fonts that Qt (offscreen) and screenshots need, if missing;
# with --display also what Qt needs to open a window on an X11/Wayland screen.
set -euo pipefail

need=()
# The cache is read once: `ldconfig -p | grep -q` fails at random under pipefail (grep quits, ldconfig gets SIGPIPE).
libs="$(ldconfig -p 2>/dev/null || true)"
have_lib() { grep -q "$1" <<<"$libs"; }
have_lib 'libEGL.so.1'        || need+=(libegl1)
have_lib 'libGL.so.1'         || need+=(libgl1)
have_lib 'libfontconfig.so.1' || need+=(libfontconfig1)
have_lib 'libxkbcommon.so.0'  || need+=(libxkbcommon0)
have_lib 'libglib-2.0.so.0'   || need+=(libglib2.0-0)
have_lib 'libdbus-1.so.3'     || need+=(libdbus-1-3)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# With --display (make run) and a screen to draw on, Qt's xcb platform plugin needs these too.
if [ "${1:-}" = "--display" ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
  have_lib 'libxcb-cursor.so.0'       || need+=(libxcb-cursor0)
  have_lib 'libxcb-icccm.so.4'        || need+=(libxcb-icccm4)
  have_lib 'libxcb-image.so.0'        || need+=(libxcb-image0)
  have_lib 'libxcb-keysyms.so.1'      || need+=(libxcb-keysyms1)
  have_lib 'libxcb-randr.so.0'        || need+=(libxcb-randr0)
  have_lib 'libxcb-render-util.so.0'  || need+=(libxcb-render-util0)
  have_lib 'libxcb-shape.so.0'        || need+=(libxcb-shape0)
  have_lib 'libxcb-xinerama.so.0'     || need+=(libxcb-xinerama0)
  have_lib 'libxcb-xkb.so.1'          || need+=(libxcb-xkb1)
  have_lib 'libxkbcommon-x11.so.0'    || need+=(libxkbcommon-x11-0)
fi

if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing system packages: ${need[*]} (install them with your package manager)" >&2
  exit 1
fi
echo "Installing system packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
