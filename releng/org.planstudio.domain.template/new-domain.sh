#!/bin/sh
# Writes a new task-area plug-in project from this template with its id filled in:
#   ./new-domain.sh space [folder]   ->  folder/org.planstudio.domain.space (default folder: .)
# The id (KeyTask.domainId) is lower-case letters and digits; it names the bundle
# org.planstudio.domain.<id>, the feature org.planstudio.domain.<id>.feature (so that
# "planstudio install-domain <repository> <id>" finds it) and the class <Id>Domain.
# Change the texts in domain.properties / domain_zh.properties and the icon afterwards.
set -eu
if [ $# -lt 1 ] || ! printf '%s' "$1" | grep -Eq '^[a-z][a-z0-9]*$'; then
  echo "usage: new-domain.sh <id: lower-case letters and digits, e.g. space> [folder]" >&2
  exit 2
fi
ID=$1
CLASS=$(printf '%s' "$ID" | cut -c1 | tr '[:lower:]' '[:upper:]')$(printf '%s' "$ID" | cut -c2-)
TEMPLATE=$(cd "$(dirname "$0")" && pwd)
DEST=${2:-.}/org.planstudio.domain.$ID
if [ -e "$DEST" ]; then
  echo "new-domain.sh: $DEST exists already" >&2
  exit 1
fi
mkdir -p "$DEST"
# copy everything but build output, then rename paths and contents
(cd "$TEMPLATE" && find . -path '*/target' -prune -o -type f ! -name new-domain.sh -print) | while read -r file; do
  target=$(printf '%s' "$file" | sed -e "s/example/$ID/g" -e "s/Example/$CLASS/g")
  mkdir -p "$DEST/$(dirname "$target")"
  case "$file" in
    *.png|*.jar|./mvnw) cp -p "$TEMPLATE/$file" "$DEST/$target" ;;
    *) sed -e "s/org\.planstudio\.domain\.example/org.planstudio.domain.$ID/g" \
           -e "s/\"example\"/\"$ID\"/g" -e "s/example\.png/$ID.png/g" \
           -e "s/ExampleDomain/${CLASS}Domain/g" -e "s/planstudio\.domain\.example/planstudio.domain.$ID/g" \
           -e "s/install-domain <that folder> example/install-domain <that folder> $ID/g" \
           "$TEMPLATE/$file" >"$DEST/$target" ;;
  esac
done
chmod +x "$DEST/mvnw"
echo "new-domain.sh: wrote $DEST (task area \"$ID\", class ${CLASS}Domain)"
