package id.pembina.rest.common.internal;

import static org.junit.Assert.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import org.junit.Test;

import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.StorageException;
import id.pembina.platform.api.ValidationException;
import id.pembina.rest.api.Problem;

public class ProblemMapperTest {

    @Test
    public void refusalsKeepTheirMeaning() {
        assertEquals(400, ProblemMapper.problemFor(new ValidationException(FieldError.of("nip", "required"))).status());
        assertEquals(404, ProblemMapper.problemFor(new NotFoundException("X")).status());
        assertEquals(409, ProblemMapper.problemFor(new ConflictException("X")).status());
        assertEquals("import-refused", ProblemMapper.problemFor(new ImportRefusedException(
                new ImportResult(2, 0, List.of(new ImportResult.RowError(2, FieldError.of("nip", "required")))))).kind());
    }

    @Test
    public void aDatabaseThatCannotServeNowIs503AndABrokenOneIs500() {
        // Hikari's answer when no connection is free within its connectionTimeout.
        assertEquals(503, ProblemMapper.problemFor(new StorageException("Database error",
                new SQLTransientConnectionException("pembina - Connection is not available, request timed out"))).status());
        // SQL state class 08: the connection is gone.
        assertEquals(503, ProblemMapper.problemFor(new StorageException("Database error",
                new SQLException("Connection refused", "08001"))).status());
        assertEquals(500, ProblemMapper.problemFor(new StorageException("Database error",
                new SQLException("syntax error", "42601"))).status());
    }

    @Test
    public void aBodyThatCannotBeReadIsTheRequestsFault() {
        // what Jetty's input throws for a broken chunk or a client that stops sending, as CXF wraps it
        Problem p = ProblemMapper.problemFor(new javax.ws.rs.ProcessingException(
                new java.io.IOException("java.util.concurrent.TimeoutException: Idle timeout expired")));
        assertEquals(400, p.status());
        assertEquals("bad-request", p.kind());
    }

    @Test
    public void errorListsAreBoundedAndTheDetailKeepsTheCount() {
        // 150 bad rows: the first 100 errors are listed, the detail says 150 of 150
        List<ImportResult.RowError> errors = new java.util.ArrayList<>();
        for (int line = 2; line < 152; line++) {
            errors.add(new ImportResult.RowError(line, FieldError.of("nip", "required")));
        }
        Problem.Body body = ProblemMapper.problemFor(new ImportRefusedException(new ImportResult(150, 0, errors)))
                .body(id.pembina.platform.api.Messages.of(List.of(new id.pembina.platform.api.BundleMessages(
                        "id.pembina.rest.common.internal.texts", getClass().getClassLoader()))), java.util.Locale.ENGLISH);
        assertEquals(100, body.errors().size());
        assertEquals(Long.valueOf(101), body.errors().get(99).line());
        assertEquals("150 of 150 rows have errors; no row was stored", body.detail());
    }
}
