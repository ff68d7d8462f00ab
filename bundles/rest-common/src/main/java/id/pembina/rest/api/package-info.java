/**
 * What every domain's REST bundle shares with the common edge: the application its resources join
 * ({@link id.pembina.rest.api.RestApplication}), RFC 9457 problems ({@link id.pembina.rest.api.Problem},
 * {@link id.pembina.rest.api.ProblemException}), the request's language, CSV uploads, and the
 * {@link id.pembina.rest.api.OpenApiFragment} each domain contributes to {@code /api/v1/openapi.json}.
 */
@Export
@Version("1.0.0")
package id.pembina.rest.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
