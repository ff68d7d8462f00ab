/**
 * The platform API every Pembina bundle shares: refusals ({@link id.pembina.platform.api.ValidationException}
 * with {@link id.pembina.platform.api.FieldError}s, {@link id.pembina.platform.api.NotFoundException},
 * {@link id.pembina.platform.api.ConflictException}, {@link id.pembina.platform.api.ImportRefusedException}),
 * paging ({@link id.pembina.platform.api.Page}) and texts: each bundle registers its own
 * {@link id.pembina.platform.api.MessageSource} and the edges render codes through the
 * {@link id.pembina.platform.api.Messages} service; {@link id.pembina.platform.api.LogMask} keeps NIPs out of
 * log lines. Depends on the JDK only.
 */
@Export
@Version("1.1.0")
package id.pembina.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
