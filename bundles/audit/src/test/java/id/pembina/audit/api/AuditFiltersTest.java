package id.pembina.audit.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.time.Instant;
import java.util.List;

import org.junit.Test;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

public class AuditFiltersTest {

    @Test
    public void aDateIsAWholeDayInJakarta() {
        // 2026-11-27 00:00 WIB = 2026-11-26 17:00 UTC; "to" a date includes that day: up to 2026-11-28 00:00 WIB.
        assertEquals(Instant.parse("2026-11-26T17:00:00Z"), AuditFilters.from("from", "2026-11-27"));
        assertEquals(Instant.parse("2026-11-27T17:00:00Z"), AuditFilters.to("to", "2026-11-27"));
    }

    @Test
    public void aLocalTimeIsInJakartaAndAnInstantKeepsItsOffset() {
        // 10:00 WIB = 03:00 UTC.
        assertEquals(Instant.parse("2026-11-27T03:00:00Z"), AuditFilters.from("from", "2026-11-27T10:00"));
        assertEquals(Instant.parse("2026-11-27T03:00:00Z"), AuditFilters.to("to", "2026-11-27T10:00:00"));
        assertEquals(Instant.parse("2026-11-27T03:00:00Z"), AuditFilters.from("from", "2026-11-27T03:00:00Z"));
        assertEquals(Instant.parse("2026-11-27T03:00:00Z"), AuditFilters.to("to", " 2026-11-27T10:00:00+07:00 "));
    }

    @Test
    public void nothingIsNoFilterAndGarbageIsAFieldError() {
        assertNull(AuditFilters.from("from", null));
        assertNull(AuditFilters.to("to", "  "));
        for (String bad : List.of("kemarin", "2026-13-01", "2026-11-27T25:00", "1732676400")) {
            ValidationException e = assertThrows(bad, ValidationException.class, () -> AuditFilters.to("to", bad));
            assertEquals(List.of(FieldError.of("to", "audit.time", bad)), e.errors());
        }
    }
}
