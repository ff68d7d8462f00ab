/**
 * What the edges of the audit trail share: reading a period's ends as typed by people and the paging
 * bounds. The trail itself is {@link id.pembina.security.api.AuditTrail} (platform bundle), which this
 * bundle implements.
 */
@Export
@Version("1.0.0")
package id.pembina.audit.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
