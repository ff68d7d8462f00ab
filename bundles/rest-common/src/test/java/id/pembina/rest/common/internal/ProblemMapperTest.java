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
}
