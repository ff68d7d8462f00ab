package id.pembina.reporting.api;

import java.io.IOException;
import java.io.OutputStream;

/** A report built and ready to be written in its format. */
public interface RenderedReport {

    /** @return the file name to offer, e.g. {@code evaluasi-KOM-PELAYANAN-2026.pdf} */
    String fileName();

    /** @return the format's media type */
    String mediaType();

    /** @return the document written */
    ReportDocument document();

    /** Writes the file; does not close the stream. */
    void writeTo(OutputStream out) throws IOException;
}
