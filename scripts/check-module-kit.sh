#!/usr/bin/env bash
# The module kit as another agency gets it: from the unpacked distribution only and a local Maven
# repository holding no Pembina artifact, sdk/install-sdk.sh installs the SPI and the test kit, then
# `mvn package` builds the template module (running its unit tests); the jar must be a bundle with
# the template's Service-Component and the SPI import range of the SPI shipped beside it.
# Offline: the temporary repository is seeded from the build's repository without id/pembina/.
# Usage: scripts/check-module-kit.sh [tarball]   (seed: $PEMBINA_SEED_REPO, default ~/.m2/repository)
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(awk -F'[<>]' '/<version>/ {print $3; exit}' pom.xml)
tarball=$(realpath "${1:-distribution/target/pembina-distribution-$version.tar.gz}")
seed=${PEMBINA_SEED_REPO:-$HOME/.m2/repository}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
started=$(date +%s)
fail() { echo "module kit: FAILED: $*" >&2; exit 1; }

tar xzf "$tarball" -C "$work"
sdk="$work/pembina-distribution-$version/sdk"
[ -d "$sdk" ] || fail "no sdk/ in $tarball"

repo="$work/m2"
mkdir -p "$repo"
tar -C "$seed" --exclude=./id/pembina -cf - . | tar -C "$repo" -xf -
[ ! -e "$repo/id/pembina" ] || fail "the temporary repository holds Pembina artifacts"

sh "$sdk/install-sdk.sh" -o -Dmaven.repo.local="$repo" || fail "install-sdk.sh"
for a in pembina-catalog-spi pembina-module-testkit; do
  pom="$repo/id/pembina/$a/$version/$a-$version.pom"
  [ -f "$pom" ] || fail "$a not installed with its pom"
  ! grep -q '<parent>' "$pom" || fail "$a pom has a parent"
done

cp -r "$sdk/template" "$work/module"
(cd "$work/module" && mvn -B -q -o -Dmaven.repo.local="$repo" package) || fail "mvn package of the template"
jar="$work/module/target/pembina-module-template-1.0.0.jar"
[ -f "$jar" ] || fail "no $jar"
grep -q 'tests="3"' "$work/module/target/surefire-reports/TEST-id.pembina.module.template.internal.TemplateModuleTest.xml" \
  || fail "the template's unit tests did not run"

# The manifest, continuation lines joined; the SPI's own exported version gives the expected range.
manifest() { unzip -p "$1" META-INF/MANIFEST.MF | tr -d '\r' | sed ':a;N;$!ba;s/\n //g'; }
spi=$(manifest "$sdk/pembina-catalog-spi-$version.jar" | sed -n 's/^Export-Package: id.pembina.catalog.spi;version="\([0-9]*\)\.\([0-9]*\).*/\1 \2/p')
[ -n "$spi" ] || fail "the SPI jar exports no versioned id.pembina.catalog.spi"
read -r major minor <<<"$spi"
range="[$major.$minor,$((major + 1)))"
mf=$(manifest "$jar")
component=OSGI-INF/id.pembina.module.template.internal.TemplateModule.xml
echo "$mf" | grep -qx 'Bundle-ManifestVersion: 2' || fail "not a bundle: $mf"
echo "$mf" | grep -qx 'Bundle-SymbolicName: pembina-module-template' || fail "Bundle-SymbolicName: $mf"
echo "$mf" | grep -qx "Service-Component: $component" || fail "Service-Component: $mf"
imports=$(echo "$mf" | sed -n 's/^Import-Package: //p')
case ",$imports," in
  *",id.pembina.catalog.spi;version=\"$range\","*) ;;
  *) fail "no import id.pembina.catalog.spi;version=\"$range\" (without directives): $imports" ;;
esac
! echo "$mf" | grep -q '^Export-Package' || fail "the module exports a package: $mf"
unzip -p "$jar" "$component" | grep -q '<provide interface="id.pembina.catalog.spi.TrainingModule"/>' \
  || fail "$component does not provide TrainingModule"
! unzip -l "$jar" | grep -q 'id/pembina/catalog/spi/' || fail "the module embeds the SPI"

echo "module kit: OK ($(($(date +%s) - started)) s): install-sdk.sh and the template built from the distribution alone;" \
  "bundle pembina-module-template, $component, id.pembina.catalog.spi $range"
