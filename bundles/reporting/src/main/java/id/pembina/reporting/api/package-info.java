/**
 * Reports of Pembina. A {@link id.pembina.reporting.api.ReportType} builds a format-neutral
 * {@link id.pembina.reporting.api.ReportDocument} from the domain services; a
 * {@link id.pembina.reporting.api.ReportFormat} writes a document as a file (PDF, XLSX, CSV, HTML, ...).
 * Both are whiteboard services: a bundle that registers one adds a report or a format at run time.
 * Callers (REST, console, web) use the {@link id.pembina.reporting.api.Reports} service.
 */
@Export
@Version("1.0.0")
package id.pembina.reporting.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
