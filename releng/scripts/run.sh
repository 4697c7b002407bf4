#!/bin/sh
# Builds Plan Studio if needed and starts the workbench on the sample plan (embedded Derby under
# ~/.local/share/planstudio). Without a display it runs under Xvfb and says how to look at it.
# With a command (report, export, import …) it runs the headless command line instead.
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PRODUCT="$ROOT/releng/org.planstudio.product/target/products/org.planstudio/linux/gtk/x86_64/planstudio"
"$ROOT/releng/scripts/setup.sh"
# config.ini is written when the product is materialised (files copied into it keep older times).
STAMP="$PRODUCT/configuration/config.ini"
newest_source=$(cd "$ROOT" && find bundles features releng/org.planstudio.product releng/org.planstudio.target -newer "$STAMP" -type f ! -path '*/target/*' 2>/dev/null | head -n 1)
if [ ! -x "$PRODUCT/planstudio" ] || [ ! -f "$STAMP" ] || [ -n "$newest_source" ]; then
  echo "run: building Plan Studio (first time: a few minutes)" >&2
  (cd "$ROOT" && ./mvnw -B -q clean verify -DskipTests -Dplanstudio.skipSmokeTest=true)
fi
case "${1:-}" in
  # The command line (reports, .plan exchange, task-area plug-ins) needs no display.
  report|export|import|import-doc|help|--help|install-domain|uninstall-domain|list-domains)
    exec "$PRODUCT/planstudio" "$@" ;;
esac
if [ -n "${DISPLAY:-}" ]; then
  exec "$PRODUCT/planstudio" "$@"
fi
echo "run: no DISPLAY; starting under Xvfb (take a screenshot with: DISPLAY=:99 import -window root shot.png)" >&2
exec xvfb-run -n 99 -s "-screen 0 1600x1000x24" "$PRODUCT/planstudio" "$@"
