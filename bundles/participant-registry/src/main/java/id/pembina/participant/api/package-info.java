/**
 * Participant registry API: ASN participants identified by a validated {@link id.pembina.participant.api.Nip},
 * the organisation-unit tree, and the {@link id.pembina.participant.api.ParticipantRegistry} service.
 * Depends on the JDK only.
 */
@Export
@Version("2.2.0")
package id.pembina.participant.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
