#!/usr/bin/env bash
# Install the built bundle (dist/casetracker, from packaging/build.sh) on this Linux machine:
#
#   bash packaging/linux/install.sh                 for this user, under ~/.local
#   sudo bash packaging/linux/install.sh /usr/local for everyone
#
# Copies the bundle to PREFIX/lib/casetracker, links PREFIX/bin/casetracker to it, and
# installs the menu entry, the icons and the AppStream metadata under PREFIX/share.
# Running it again replaces the previous version. To remove casetracker, delete those
# files (the script lists them at the end); the user's cases stay in ~/.local/share/casetracker.
set -euo pipefail
cd "$(dirname "$0")/../.."
prefix=${1:-$HOME/.local}
bundle=dist/casetracker
if [[ ! -x $bundle/casetracker ]]; then
  echo "install: $bundle/casetracker not found: run bash packaging/build.sh first" >&2
  exit 1
fi

app_dir=$prefix/lib/casetracker
share=$prefix/share
rm -rf "$app_dir.new"
mkdir -p "$app_dir.new" "$prefix/bin" "$share/applications" "$share/metainfo"
cp -a "$bundle/." "$app_dir.new/"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"
ln -sfn "$app_dir/casetracker" "$prefix/bin/casetracker"

# The menu entry runs the program by its full path: a desktop session's PATH does not
# always include ~/.local/bin.
sed -e "s|^Exec=.*|Exec=$app_dir/casetracker|" -e "s|^TryExec=.*|TryExec=$app_dir/casetracker|" \
  packaging/linux/casetracker.desktop >"$share/applications/casetracker.desktop"
cp packaging/linux/org.casetracker.CaseTracker.metainfo.xml "$share/metainfo/"
for size in 16 32 48 64 128 256 512; do
  mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
  cp "resources/icons/casetracker-$size.png" "$share/icons/hicolor/${size}x${size}/apps/casetracker.png"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp resources/icons/casetracker.svg "$share/icons/hicolor/scalable/apps/casetracker.svg"

# Refresh the menus' caches where the tools exist (desktops also notice by themselves).
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true

cat <<DONE
casetracker $("$app_dir/casetracker" --version | cut -d' ' -f2) installed:
  $app_dir/          the program
  $prefix/bin/casetracker
  $share/applications/casetracker.desktop
  $share/metainfo/org.casetracker.CaseTracker.metainfo.xml
  $share/icons/hicolor/*/apps/casetracker.{png,svg}
DONE
