/**
 * Versioned schema migrations: each bundle owns its tables and hands its change log to
 * {@link id.pembina.persistence.api.SchemaMigrator} when it activates.
 */
@Export
@Version("1.5.0")
package id.pembina.persistence.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
