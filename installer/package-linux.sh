#!/usr/bin/env bash
# Builds the Linux packages of PlanDesk with jpackage (JDK 17): an app-image (a folder with its own
# trimmed Java runtime) and a .deb made from it. Output: target/installer/.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="0.1.0"
jar_name="plandesk-$version-all.jar"
out="$root/target/installer"

cd "$root"
echo "Dựng tệp jar..."
mvn -q -DskipTests package

rm -rf "$out"
mkdir -p "$out/input"
cp "target/$jar_name" "$out/input/"

# The runtime holds what the jar uses (jdeps) plus what no class names directly: Vietnamese
# collation and date formats (jdk.localedata), legacy encodings of imported files (jdk.charsets),
# and zip file systems for .docx/.xlsx (jdk.zipfs).
echo "Tìm các mô-đun Java cần dùng (khoảng 30 giây)..."
modules="$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$out/input/$jar_name")"
modules="$modules,jdk.localedata,jdk.charsets,jdk.zipfs"

echo "Tạo app-image..."
jpackage --type app-image \
    --name PlanDesk \
    --app-version "$version" \
    --vendor "PlanDesk" \
    --description "Soạn và theo dõi kế hoạch của cơ quan nhà nước" \
    --input "$out/input" \
    --main-jar "$jar_name" \
    --main-class vn.plandesk.app.Launcher \
    --add-modules "$modules" \
    --java-options "-Dfile.encoding=UTF-8" \
    --dest "$out"

# jpackage's automatic Depends omits GTK, without which JavaFX opens no window.
echo "Tạo gói .deb..."
jpackage --type deb \
    --app-image "$out/PlanDesk" \
    --name plandesk \
    --app-version "$version" \
    --vendor "PlanDesk" \
    --description "Soạn và theo dõi kế hoạch của cơ quan nhà nước" \
    --linux-package-deps "libgtk-3-0, libgl1" \
    --linux-menu-group "Office" \
    --linux-shortcut \
    --dest "$out"

echo "Xong: $out/PlanDesk và $(ls "$out"/*.deb)"
