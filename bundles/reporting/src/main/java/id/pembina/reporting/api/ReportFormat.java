package id.pembina.reporting.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/** One output format (e.g. {@code pdf}); registered as an OSGi service. */
@ConsumerType
public interface ReportFormat {

    /** @return the identifier used in URLs and commands, e.g. {@code pdf}, {@code xlsx} */
    String id();

    /** @return the media type of the files written, e.g. {@code application/pdf} */
    String mediaType();

    /** @return the file name extension without the dot, e.g. {@code pdf} */
    String extension();

    /** @return the format's name in the language */
    String title(Locale locale);

    /**
     * Writes the document; numbers, money and dates in the conventions of the language (see
     * {@link CellText}). Does not close the stream.
     */
    void write(ReportDocument document, Locale locale, OutputStream out) throws IOException;
}
