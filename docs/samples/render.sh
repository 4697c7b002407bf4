#!/bin/sh
# Regenerates the report samples in this folder from the sample plan with the built product's
# command line, and renders the Word files to PDF and PNG for a look without Word.
# Needs: a built product (./mvnw verify), LibreOffice (libreoffice-writer-nogui), poppler-utils,
# fonts-noto-cjk. None of these is part of the build.
#   docs/samples/render.sh [product folder]
#   docs/samples/render.sh --pages-only   (only the PDF and PNG of the Word files here, e.g. the
#                                          quarterly report and briefing written by MapFigureTest)
set -eu
PAGES_ONLY=false
if [ "${1:-}" = "--pages-only" ]; then PAGES_ONLY=true; shift; fi
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PRODUCT=${1:-$ROOT/releng/org.planstudio.product/target/products/org.planstudio/linux/gtk/x86_64/planstudio}
AS_OF=${AS_OF:-2025-06-30}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export HOME="$WORK" XDG_DATA_HOME="$WORK/data"

if [ "$PAGES_ONLY" = false ]; then
"$PRODUCT/planstudio" import "$ROOT/bundles/org.planstudio.samples/plans/beijing-bri-2024-2027.plan" --quiet
for type in traceability progress gaps responsibilities comments; do
  for format in html docx; do
    "$PRODUCT/planstudio" report --plan bj-bri-2024 --type "$type" --lang zh --as-of "$AS_OF" \
      --out "$HERE/$type-zh.$format" --quiet
  done
done
"$PRODUCT/planstudio" report --plan bj-bri-2024 --type traceability --lang en --as-of "$AS_OF" --out "$HERE/traceability-en.html" --quiet
"$PRODUCT/planstudio" report --plan bj-bri-2024 --type responsibilities --lang zh --as-of "$AS_OF" --out "$HERE/responsibilities-zh.xlsx" --quiet
"$PRODUCT/planstudio" report --plan bj-bri-2024 --type responsibilities --lang zh --as-of "$AS_OF" --out "$HERE/responsibilities-zh.csv" --quiet
"$PRODUCT/planstudio" report --plan bj-bri-2024 --type comments --lang en --as-of "$AS_OF" --out "$HERE/comments-en.html" --quiet
"$PRODUCT/planstudio" report --plan bj-bri-2024 --type comments --lang zh --as-of "$AS_OF" --out "$HERE/comments-zh.xlsx" --quiet

# 修改前后对照表: the sample after a comment round (made by SampleEdits in
# tests/org.planstudio.compare.tests, which writes it to target/samples) becomes revision 2.
"$PRODUCT/planstudio" import "$HERE/beijing-bri-2024-2027-revision-2.plan" --quiet
for format in html docx; do
  "$PRODUCT/planstudio" compare --plan bj-bri-2024 --from 1 --to 2 --lang zh --out "$HERE/compare-zh.$format" --quiet
done
fi

# Linux has none of the official fonts; map them to Noto CJK for LibreOffice, as a Chinese
# Windows desktop would show them in the real faces.
cat > "$WORK/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>仿宋_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>楷体_GB2312</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>方正小标宋简体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
CONF
export FONTCONFIG_FILE="$WORK/fonts.conf"
for docx in "$HERE"/*-zh.docx; do
  soffice --headless -env:UserInstallation="file://$WORK/lo" --convert-to pdf --outdir "$HERE" "$docx" >/dev/null
  # The quarterly report (with its map) and the briefing are shown whole; the others by their first two pages.
  case "$docx" in
    *quarterly-zh.docx|*briefing-zh.docx) pdftoppm -r 70 -png "${docx%.docx}.pdf" "${docx%.docx}-page" ;;
    *) pdftoppm -r 70 -png -f 1 -l 2 "${docx%.docx}.pdf" "${docx%.docx}-page" ;;
  esac
done
echo "samples written to $HERE"
