#!/bin/sh
# Remove the Hearth program of the person running this script.
#
# Removes only the program, its menu entry, icons and the `hearth` command. The vault
# (every family's record) and the settings are KEPT: they are listed at the end, and
# only a person who means it should delete them, by hand, after a backup.
set -eu

data=${XDG_DATA_HOME:-$HOME/.local/share}
config=${XDG_CONFIG_HOME:-$HOME/.config}
opt=$HOME/.local/opt/hearth
bin=$HOME/.local/bin
app_id=org.hearth.Hearth

# The `hearth` command, only when it is ours.
if [ -L "$bin/hearth" ] && [ "$(readlink "$bin/hearth")" = "$opt/hearth" ]; then
    rm -f "$bin/hearth"
fi
rm -f "$data/applications/$app_id.desktop" "$data/metainfo/$app_id.metainfo.xml"
if [ -d "$data/icons/hicolor" ]; then
    find "$data/icons/hicolor" -path "*/apps/$app_id.*" -type f -exec rm -f {} +
fi
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
# The program folder (fixed path: never a folder the person chose, never the vault).
if [ -x "$opt/hearth" ]; then
    rm -rf "$opt"
fi

echo "Hearth's program is removed."
echo "Kept, untouched (delete by hand only after a backup, if you really mean it):"
echo "  the vault:    ${HEARTH_VAULT_DIR:-$data/Hearth/vault}"
echo "  the settings: ${HEARTH_CONFIG_DIR:-$config/Hearth}"
