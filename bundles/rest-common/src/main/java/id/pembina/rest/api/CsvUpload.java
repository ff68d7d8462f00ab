package id.pembina.rest.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.ImportResult;

/** The HTTP side of every all-or-nothing CSV import: size limit, strict UTF-8, 400 with every bad row. */
public final class CsvUpload {

    /** Largest CSV accepted, in bytes. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    /** Answer of a successful import. */
    public record Summary(int rows, int imported) {
    }

    private CsvUpload() {
    }

    /**
     * @throws ImportRefusedException when the importer stored nothing; {@link ProblemException} for
     *                                a body that is too large or not UTF-8
     */
    public static Summary run(InputStream body, Function<Reader, ImportResult> importer) throws IOException {
        ImportResult result;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(readLimited(body)),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            result = importer.apply(reader);
        } catch (CharacterCodingException e) {
            throw new ProblemException(Problem.badRequest("csv.encoding", 1));
        }
        if (!result.succeeded()) {
            throw new ImportRefusedException(result);
        }
        return new Summary(result.rows(), result.imported());
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            if (out.size() > MAX_BYTES) {
                throw new ProblemException(Problem.of(413, "too-large", "import.tooLarge", MAX_BYTES / 1024 / 1024));
            }
        }
        return out.toByteArray();
    }
}
