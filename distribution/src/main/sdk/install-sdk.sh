#!/usr/bin/env sh
# Puts the Pembina training-module SPI and the module test kit into your local Maven repository,
# so that a module project (e.g. template/ beside this script) builds without the Pembina sources.
#   sh sdk/install-sdk.sh                               # into ~/.m2/repository
#   sh sdk/install-sdk.sh -Dmaven.repo.local=/other/repo # extra arguments go to every mvn call
# Memasang SPI modul pelatihan dan test kit modul ke repositori Maven lokal Anda.
set -eu
cd "$(dirname "$0")"
version=@project.version@
install="org.apache.maven.plugins:maven-install-plugin:3.1.3:install-file"
for artifact in pembina-catalog-spi pembina-module-testkit; do
  mvn -B -q "$install" -Dfile="$artifact-$version.jar" -DpomFile="$artifact.pom" "$@"
  echo "installed id.pembina:$artifact:$version"
done
