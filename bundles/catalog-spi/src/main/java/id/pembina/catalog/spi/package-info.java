/**
 * Training-module SPI. A module bundle registers one or more {@link id.pembina.catalog.spi.TrainingModule}
 * services; the catalog picks them up while the server runs. Depends on the JDK only.
 */
@Export
@Version("1.2.0")
package id.pembina.catalog.spi;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
