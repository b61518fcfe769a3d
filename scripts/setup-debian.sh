# SPDX-FileCopyrightText: 2026 The Kontor authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sourced by scripts/run and scripts/test: installs the Debian/Ubuntu packages Kontor needs
# when they are missing (with sudo unless root), then configures and builds into build/<preset>.

kontor_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libsqlite3-dev libgl-dev libsodium-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
)

kontor_install_dependencies() {
    local missing=()
    local package
    for package in "${kontor_packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if ! command -v apt-get >/dev/null; then
        echo "kontor: missing packages ${missing[*]}, and this is not a Debian or Ubuntu system." >&2
        echo "kontor: see README.md for macOS and Windows." >&2
        return 1
    fi
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    echo "kontor: installing ${missing[*]}" >&2
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# kontor_build <preset> [extra cmake options...]
kontor_build() {
    local preset=$1
    shift
    cmake --preset "$preset" -DKONTOR_WARNINGS_AS_ERRORS="${KONTOR_WARNINGS_AS_ERRORS:-OFF}" "$@" >/dev/null
    cmake --build --preset "$preset" --parallel "$(nproc)"
}
