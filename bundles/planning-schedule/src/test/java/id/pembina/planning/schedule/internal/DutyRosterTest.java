package id.pembina.planning.schedule.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.AsCaller;
import id.pembina.persistence.testing.TestDatabase;
import id.pembina.planning.schedule.api.DutyBlock;
import id.pembina.planning.schedule.api.DutyKind;
import id.pembina.planning.schedule.api.StaffingRule;
import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.ImportResult;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.CallerContext;

public class DutyRosterTest {

    private static final LocalDate D1 = LocalDate.of(2027, 3, 1);

    @Rule
    public final AsCaller caller = AsCaller.operator();

    private TestDatabase db;
    private DutyRosterImpl roster;

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open("H2");
        roster = new DutyRosterImpl(FakeRegistry.create(), db.dataSource(), new LiquibaseSchemaMigrator());
    }

    @After
    public void tearDown() throws Exception {
        db.close();
    }

    /** Line 3 has its dates the wrong way round, line 4 an unknown NIP: both reported, nothing stored. */
    @Test
    public void aBadFileIsRefusedWithItsLinesAndStoresNothing() {
        String csv = "nip,from,to,kind\n" + FakeRegistry.IN_K + ",2027-03-01,2027-03-03,LEAVE\n"
                + FakeRegistry.IN_K1 + ",2027-03-05,2027-03-01,PIKET\n" + "199901012020011009,2027-03-01,2027-03-01,FIELD\n";
        try {
            roster.importDuties(new StringReader(csv));
            fail("refused");
        } catch (ImportRefusedException e) {
            assertEquals(3, e.result().rows());
            assertEquals(List.of(3L, 4L), e.result().errors().stream().map(ImportResult.RowError::line).toList());
            assertEquals("schedule.dates.order", e.result().errors().get(0).error().code());
            assertEquals("schedule.nip.unknown", e.result().errors().get(1).error().code());
        }
        assertEquals(List.of(), roster.duties("K", D1.minusYears(1), D1.plusYears(1)));
    }

    /** K's subtree holds K and K1; a pimpinan of K1 reads K1 only and is refused B; a peserta nothing. */
    @Test
    public void dutiesAreReadPerSubtree() {
        ImportResult r = roster.importDuties(new StringReader("nip,from,to,kind\n" + FakeRegistry.IN_K1
                + ",2027-03-01,2027-03-03,LEAVE\n" + FakeRegistry.IN_K + ",2027-03-02,2027-03-02,PIKET\n"
                + FakeRegistry.IN_B + ",2027-03-01,2027-03-05,FIELD\n"));
        assertEquals(3, r.imported());
        assertEquals(List.of(new DutyBlock(FakeRegistry.IN_K, D1.plusDays(1), D1.plusDays(1), DutyKind.PIKET),
                new DutyBlock(FakeRegistry.IN_K1, D1, D1.plusDays(2), DutyKind.LEAVE)),
                roster.duties("K", D1, D1.plusDays(10)));
        // 2027-03-04 onwards: only B's block (to 5 March) overlaps, and it is not in K.
        assertEquals(List.of(), roster.duties("K", D1.plusDays(3), D1.plusDays(10)));
        try (var s = CallerContext.enter(AsCaller.pimpinan("lurah", "K1"))) {
            assertEquals(1, roster.duties(null, D1, D1.plusDays(10)).size());
            try {
                roster.duties("B", D1, D1.plusDays(10));
                fail("outside");
            } catch (AccessDeniedException e) {
                assertEquals(Access.OUTSIDE, e.code());
            }
        }
        try (var s = CallerContext.enter(AsCaller.peserta("budi", FakeRegistry.IN_K1))) {
            roster.duties("K1", D1, D1);
            fail("peserta");
        } catch (AccessDeniedException e) {
            assertEquals(Access.DENIED, e.code());
        }
    }

    /** A rule is replaced by its key (unit, weekday, slot) and removed with a minimum of 0. */
    @Test
    public void staffingRulesAreReplacedByTheirKey() {
        LocalTime eight = LocalTime.of(8, 0);
        LocalTime noon = LocalTime.of(12, 0);
        roster.setStaffing(new StaffingRule("K1", DayOfWeek.MONDAY, eight, noon, 3));
        roster.setStaffing(new StaffingRule("K1", DayOfWeek.MONDAY, eight, noon, 2));
        roster.setStaffing(new StaffingRule("B", DayOfWeek.MONDAY, eight, noon, 4));
        assertEquals(List.of(new StaffingRule("K1", DayOfWeek.MONDAY, eight, noon, 2)), roster.staffing("K"));
        roster.setStaffing(new StaffingRule("K1", DayOfWeek.MONDAY, eight, noon, 0));
        assertTrue(roster.staffing("K").isEmpty());
        try (var s = CallerContext.enter(AsCaller.pimpinan("lurah", "K1"))) {
            roster.setStaffing(new StaffingRule("K1", DayOfWeek.MONDAY, eight, noon, 1));
            fail("a pimpinan reads only");
        } catch (AccessDeniedException e) {
            assertEquals(Access.DENIED, e.code());
        }
    }
}
