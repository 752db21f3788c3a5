#!/bin/sh
# Install (or upgrade) Hearth for the person running this script. No administrator rights.
#
#   ./install.sh
#
# Puts the program in ~/.local/opt/hearth, a menu entry and icons under ~/.local/share,
# and a `hearth` command in ~/.local/bin. The vault (~/.local/share/Hearth/vault) and
# the settings (~/.config/Hearth) are never touched: an upgrade keeps every record, and
# the first unlock after an upgrade that changes the vault's format backs it up first.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/hearth
bin=$HOME/.local/bin
app_id=org.hearth.Hearth

if [ ! -x "$here/hearth/hearth" ]; then
    echo "install.sh: run me from the unpacked Hearth folder (hearth/hearth is missing)." >&2
    exit 1
fi
if [ "$(id -u)" -eq 0 ] && [ -z "${HEARTH_INSTALL_AS_ROOT:-}" ]; then
    echo "install.sh: this installs for one person; run it as that person, not as root." >&2
    exit 1
fi

# The program: copy beside the old one, then swap, so a failed copy leaves the old one.
mkdir -p "$(dirname "$opt")"
rm -rf "$opt.new" "$opt.old"
cp -R "$here/hearth" "$opt.new"
cp "$here/uninstall.sh" "$opt.new/uninstall.sh"
if [ -e "$opt" ]; then
    mv "$opt" "$opt.old"
    echo "Upgrading Hearth in $opt"
fi
mv "$opt.new" "$opt"
rm -rf "$opt.old"

# The command for admins and scripts.
mkdir -p "$bin"
ln -sfn "$opt/hearth" "$bin/hearth"

# Menu entry (with the installed program's full path), icons, software-centre data.
mkdir -p "$data/applications" "$data/metainfo"
sed -e "s|^Exec=hearth|Exec=$opt/hearth|" -e "s|^TryExec=hearth|TryExec=$opt/hearth|" \
    "$here/share/applications/$app_id.desktop" > "$data/applications/$app_id.desktop"
cp "$here/share/metainfo/$app_id.metainfo.xml" "$data/metainfo/"
(cd "$here/share/icons" && find hicolor -type f -name "$app_id.*") | while read -r icon; do
    mkdir -p "$data/icons/$(dirname "$icon")"
    cp "$here/share/icons/$icon" "$data/icons/$icon"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true

echo "Hearth $("$opt/hearth" --version | cut -d' ' -f2) is installed."
echo "  Start it from the applications menu, or run: $opt/hearth"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "  (Add $bin to PATH to type just 'hearth'.)" ;;
esac

# Tell the person which desktop libraries are missing, if any (Debian/Ubuntu names).
missing=$(ldd "$opt/_internal/PySide6/Qt/plugins/platforms/libqxcb.so" 2>/dev/null \
    | sed -n 's/^[[:space:]]*\(lib[^ ]*\) => not found.*/\1/p' | sort -u | tr '\n' ' ')
if [ -n "$missing" ]; then
    echo "  The window needs these system libraries on X11: $missing"
    echo "  On Debian or Ubuntu: sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" \
         "libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0" \
         "libxkbcommon-x11-0"
fi
