#!/usr/bin/env bash
# Builds the Linux packages of PlanDesk (installer/README.md): a trimmed Java runtime (jlink), the
# app-image (jpackage: a folder with its own runtime, PlanDesk/bin/PlanDesk), and the .deb made
# from it with plain files only (no maintainer scripts): /opt/plandesk, /usr/bin/plandesk, the menu
# entry and the hicolor icons, plus a class-data-sharing archive made at package time.
# Output: target/installer/. Needs JDK 17 (jlink, jpackage, jdeps), dpkg-deb, rsvg-convert
# (librsvg2-bin); Maven when the jar must be built; Xvfb, xdotool and GTK 3 for a CDS archive that
# covers the window (without them it covers the command line only).
#
#   installer/package-linux.sh [--no-cds]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="0.1.0"
revision="1"
jar_name="plandesk-$version-all.jar"
out="$root/target/installer"
cds=1
[ "${1:-}" = "--no-cds" ] && cds=0

need() { # need COMMAND PACKAGE
    command -v "$1" >/dev/null 2>&1 || { echo "Cần $1 để đóng gói: sudo apt-get install $2" >&2; exit 1; }
}
need jlink openjdk-17-jdk-headless
need jpackage openjdk-17-jdk-headless
need jdeps openjdk-17-jdk-headless
need dpkg-deb dpkg
need rsvg-convert librsvg2-bin

cd "$root"
# The jar of app/plandesk: built again only when the sources changed since.
if [ ! -f "target/$jar_name" ] || [ -n "$(find src pom.xml -newer "target/$jar_name" -print -quit)" ]; then
    echo "Dựng tệp jar..."
    mvn -q -o -DskipTests package || mvn -q -DskipTests package
fi

rm -rf "$out"
mkdir -p "$out/input" "$out/icons"
cp -p "target/$jar_name" "$out/input/"

# --- the runtime ----------------------------------------------------------------------------------
# What the jar uses (jdeps) plus what no class names directly: Vietnamese collation and date formats
# (jdk.localedata, trimmed to Vietnamese and English), legacy encodings of imported files
# (jdk.charsets), zip file systems for .docx/.xlsx (jdk.zipfs). No debug attributes, header files
# or man pages; modules compressed; the JDK's class-data-sharing archive generated, without the
# copy for heaps over 32 GB (classes_nocoops.jsa, 11 MB).
echo "Tìm các mô-đun Java cần dùng (khoảng 1 phút)..."
modules="$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$out/input/$jar_name")"
modules="$modules,jdk.localedata,jdk.charsets,jdk.zipfs"
echo "Tạo môi trường Java rút gọn: $modules"
jlink --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages \
    --include-locales=vi,en --compress=2 \
    --generate-cds-archive \
    --output "$out/runtime"
# The .deb's runtime: the same, its modules left uncompressed, which xz packs far smaller than
# modules already zip-compressed (and which start a little faster).
jlink --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages \
    --include-locales=vi,en \
    --generate-cds-archive \
    --output "$out/runtime-deb"
for runtime in "$out/runtime" "$out/runtime-deb"; do
    rm -f "$runtime/lib/server/classes_nocoops.jsa"
    # The launcher starts the JVM itself; bin/java stays for the CDS archive and for diagnosis.
    find "$runtime/bin" -type f ! -name java -delete
done

# --- icons ----------------------------------------------------------------------------------------
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" installer/icons/plandesk.svg -o "$out/icons/plandesk-$size.png"
done

# --- app-image ------------------------------------------------------------------------------------
# Java started as app/plandesk starts it: the quick compiler only, and the heap on transparent huge pages
# (the reasons and measures: app/plandesk, installer/linux/launcher-checks.sh, README "Speed"). The .deb
# is for Debian and Ubuntu, whose kernels all have huge pages (Java warns at each start on one without).
jit_option="-XX:TieredStopAtLevel=1"
memory_option="-XX:+UseTransparentHugePages"
echo "Tạo app-image..."
jpackage --type app-image \
    --name PlanDesk \
    --app-version "$version" \
    --vendor "PlanDesk" \
    --description "Soạn và theo dõi kế hoạch của cơ quan nhà nước" \
    --icon "$out/icons/plandesk-256.png" \
    --input "$out/input" \
    --main-jar "$jar_name" \
    --main-class vn.plandesk.app.Launcher \
    --runtime-image "$out/runtime" \
    --java-options "-Dfile.encoding=UTF-8" \
    --java-options "$jit_option" \
    --java-options "$memory_option" \
    --dest "$out"

# --- .deb -----------------------------------------------------------------------------------------
# Plain files only: dpkg's own triggers update the menu, icon and MIME caches, so nothing can fail
# while configuring or removing, with or without a desktop (issue #13).
echo "Tạo gói .deb..."
stage="$out/deb"
opt="$stage/opt/plandesk"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" "$stage/usr/share/doc/plandesk"
cp -a "$out/PlanDesk" "$opt"
# The same program packed for xz: the runtime with uncompressed modules, the jar stored (zip -0).
# The .deb is then half the size; installed, the program takes more room (installer/README.md).
rm -rf "$opt/lib/runtime"
cp -a "$out/runtime-deb" "$opt/lib/runtime"
rm -rf "$out/jar-content"
mkdir -p "$out/jar-content"
(cd "$out/jar-content" && jar --extract --file "$out/input/$jar_name")
rm -f "$opt/lib/app/$jar_name"
jar --create --file "$opt/lib/app/$jar_name" --no-compress \
    --manifest "$out/jar-content/META-INF/MANIFEST.MF" -C "$out/jar-content" .
rm -rf "$out/jar-content"
install -m 644 installer/linux/launcher-checks.sh "$opt/lib/launcher-checks.sh"
install -m 755 installer/linux/plandesk "$stage/usr/bin/plandesk"
sed "s/@WMCLASS@/vn.plandesk.app.PlanDeskApp/" installer/linux/plandesk.desktop > "$stage/usr/share/applications/plandesk.desktop"
chmod 644 "$stage/usr/share/applications/plandesk.desktop"
for size in 16 24 32 48 64 128 256; do
    install -D -m 644 "$out/icons/plandesk-$size.png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/plandesk.png"
done
install -D -m 644 installer/icons/plandesk.svg "$stage/usr/share/icons/hicolor/scalable/apps/plandesk.svg"
cat > "$stage/usr/share/doc/plandesk/copyright" <<'TEXT'
PlanDesk: plans of a Vietnamese government office, written, exported and followed up.
It bundles a Java runtime (OpenJDK 17, GPL-2 with the Classpath Exception) and the libraries named
in the project's README (OpenJFX, H2, jOOQ, Flyway, Apache POI, PDFBox, MPXJ, Jackson, picocli,
ControlsFX, SLF4J), each under its own licence; Liberation Sans under the SIL Open Font License.
TEXT

if [ "$cds" = 1 ]; then
    echo "Tạo kho lớp dùng chung (CDS) cho chương trình cài đặt..."
    cds_name="plandesk.jsa"
    if [ "$(id -u)" = 0 ]; then ns=(unshare --mount); else ns=(unshare --map-root-user --mount); fi
    if "${ns[@]}" "$root/installer/linux/make-cds.sh" "$opt" "$cds_name"; then
        # Used when it fits, silently ignored otherwise (a changed jar, another JVM).
        cat >> "$opt/lib/app/PlanDesk.cfg" <<TEXT
java-options=-XX:SharedArchiveFile=\$APPDIR/$cds_name
java-options=-Xlog:cds=off
java-options=-Xlog:cds+dynamic=off
TEXT
        chmod 644 "$opt/lib/app/$cds_name"
    else
        echo "Không tạo được kho CDS (cần quyền tạo mount namespace): gói .deb không có nó." >&2
        rm -f "$opt/lib/app/$cds_name"
    fi
fi

# Depends: the shared libraries the runtime links to, found as jpackage does (dpkg -S), and those
# loaded at run time that no ldd shows: GTK 3 and OpenGL for JavaFX, ALSA, fontconfig.
depends="libc6 zlib1g libgtk-3-0 libgl1 libasound2 libfontconfig1 libfreetype6 libx11-6 libxext6 libxi6 libxrender1 libxtst6"
libs="$(find "$opt/lib/runtime/lib" -name '*.so' -exec ldd {} \; 2>/dev/null | awk '$2 == "=>" && $3 ~ /^\// {print $3}' | sort -u)"
for lib in $libs; do
    pkg="$(dpkg -S "$(readlink -f "$lib")" 2>/dev/null | head -n 1 | cut -d: -f1)" || true
    [ -n "$pkg" ] && depends="$depends $pkg"
done
depends="$(printf '%s\n' $depends | sort -u | paste -sd, - | sed 's/,/, /g')"
installed_size="$(du -sk --apparent-size "$stage" | cut -f1)"
cat > "$stage/DEBIAN/control" <<TEXT
Package: plandesk
Version: $version-$revision
Section: misc
Priority: optional
Architecture: amd64
Maintainer: PlanDesk <plandesk@localhost>
Installed-Size: $installed_size
Depends: $depends
Recommends: xdg-utils
Description: Soạn và theo dõi kế hoạch của cơ quan nhà nước
 PlanDesk writes and follows up the plans (Kế hoạch) of a Vietnamese government
 office: phases, tasks and deadlines, units, Word and Excel exports in the
 Decree 30 layout, timelines on paper and in PDF, import of Word documents.
 It brings its own Java runtime; the data stays in each user's folder
 (~/.local/share/plandesk) when the package is removed or upgraded.
TEXT
deb="$out/plandesk_${version}-${revision}_amd64.deb"
dpkg-deb --root-owner-group -Zxz -b "$stage" "$deb" >/dev/null

du_mb() { du -sm "$1" | cut -f1; }
echo "Xong:"
echo "  jar       $(du_mb "$out/input/$jar_name") MB  $out/input/$jar_name"
echo "  app-image $(du_mb "$out/PlanDesk") MB  $out/PlanDesk (chạy: PlanDesk/bin/PlanDesk)"
[ -f "$opt/lib/app/plandesk.jsa" ] && echo "  CDS       $(du_mb "$opt/lib/app/plandesk.jsa") MB  (chỉ trong gói .deb)"
echo "  .deb      $(du_mb "$deb") MB  $deb (cài vào $(du_mb "$opt") MB)"
