/**
 * Console completers of the catalog's keys, for the commands of this and other Pembina console
 * bundles ({@code @Completion(...)}); Karaf's shell finds them as services of this bundle.
 */
@Export
@Version("1.0.0")
package id.pembina.catalog.shell.completers;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
