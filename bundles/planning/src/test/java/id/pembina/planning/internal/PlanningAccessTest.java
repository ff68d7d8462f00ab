package id.pembina.planning.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.function.ThrowingRunnable;

import id.pembina.participant.api.Nip;
import id.pembina.planning.api.Budget;
import id.pembina.planning.api.BudgetLine;
import id.pembina.planning.api.ParticipantNeeds;
import id.pembina.planning.api.PlanDraft;
import id.pembina.planning.api.PlannedSession;
import id.pembina.persistence.testing.AsCaller;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;

/** Who may do what in planning: staff everything; pimpinan reads their subtree; peserta their own needs. */
public class PlanningAccessTest {

    @Rule
    public final AsCaller caller = AsCaller.operator();

    private static final Caller LEAD_LD = AsCaller.pimpinan("lurah", Fixture.KEL_LD);
    private static final Caller LEAD_KEC = AsCaller.pimpinan("camat", Fixture.KEC);
    private static final Caller BUDI = AsCaller.peserta("budi", Fixture.BUDI);

    private Fixture f;
    private long plan;

    @Before
    public void setUp() throws Exception {
        f = new Fixture("H2");
        f.importCompetencies();
        f.planning.set(new Budget(2026, null, List.of(new BudgetLine("OTHER", new BigDecimal("100")))));
        f.planning.set(new Budget(2026, Fixture.KEL_LD, List.of(new BudgetLine("OTHER", new BigDecimal("40")))));
        f.planning.set(new Budget(2026, Fixture.KEL_RP, List.of(new BudgetLine("OTHER", new BigDecimal("60")))));
        plan = f.planning.saveDraft(new PlanDraft(2026, Fixture.KEL_LD, "Rencana Labuhan Deli", null, List.of(
                new PlannedSession(Fixture.KOM, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 4), null, 5,
                        BigDecimal.TEN, List.of(Fixture.BUDI))))).planId();
    }

    @After
    public void tearDown() throws Exception {
        f.close();
    }

    private static <T> T as(Caller c, Supplier<T> work) {
        return CallerContext.callAs(c, work);
    }

    private static void denied(Caller c, ThrowingRunnable work) {
        assertThrows(AccessDeniedException.class, () -> {
            try (var s = CallerContext.enter(c)) {
                work.run();
            }
        });
    }

    @Test
    public void pimpinanReadsTheirSubtreeWithNipsMasked() {
        List<ParticipantNeeds> needs = as(LEAD_LD, () -> f.planning.participants(2026, Fixture.KEL_LD));
        assertEquals(List.of(Nip.mask(Fixture.SITI), Nip.mask(Fixture.BUDI)),
                needs.stream().map(ParticipantNeeds::nip).toList());
        assertEquals(2, as(LEAD_LD, () -> f.planning.unit(2026, Fixture.KEL_LD)).people());
        assertEquals(4, as(LEAD_KEC, () -> f.planning.unit(2026, Fixture.KEC)).people());
        denied(LEAD_LD, () -> f.planning.unit(2026, Fixture.KEC));
        denied(LEAD_LD, () -> f.planning.participant(2026, Fixture.EKO));
        // Budgets: only the units of the subtree, not the agency's.
        assertEquals(List.of(Fixture.KEL_LD), as(LEAD_LD, () -> f.planning.budgets(2026)).stream()
                .map(Budget::unitCode).toList());
        assertEquals(List.of(Fixture.KEL_LD, Fixture.KEL_RP), as(LEAD_KEC, () -> f.planning.budgets(2026)).stream()
                .map(Budget::unitCode).toList());
        denied(LEAD_LD, () -> f.planning.ceiling(2026, null));
        denied(LEAD_LD, () -> f.planning.ceiling(2026, Fixture.KEL_RP));
        // Plans: those of units in the subtree.
        assertEquals(1, as(LEAD_LD, () -> f.planning.plans(2026)).size());
        assertEquals(1, as(LEAD_LD, () -> f.planning.version(plan, 1)).lines().size());
        denied(AsCaller.pimpinan("lurah-rp", Fixture.KEL_RP), () -> f.planning.version(plan, 1));
        assertEquals(List.of(), as(AsCaller.pimpinan("lurah-rp", Fixture.KEL_RP), () -> f.planning.plans(2026)));
        // No writes.
        denied(LEAD_KEC, () -> f.planning.set(new Budget(2026, null, List.of())));
        denied(LEAD_KEC, () -> f.planning.accept(plan, 1, List.of(), null));
        denied(LEAD_KEC, () -> f.planning.importLevels(new StringReader("nip\n")));
        denied(LEAD_KEC, () -> f.planning.courses(2026, Fixture.KEL_LD));
    }

    @Test
    public void pesertaReadsTheirOwnNeedsOnly() {
        assertEquals(Fixture.BUDI, as(BUDI, () -> f.planning.participant(2026, Fixture.BUDI)).nip());
        assertEquals(3, as(BUDI, () -> f.planning.levels(Fixture.BUDI)).size());
        denied(BUDI, () -> f.planning.participant(2026, Fixture.SITI));
        denied(BUDI, () -> f.planning.levels(Fixture.SITI));
        denied(BUDI, () -> f.planning.unit(2026, Fixture.KEL_LD));
        denied(BUDI, () -> f.planning.plans(2026));
        denied(BUDI, () -> f.planning.budgets(2026));
        denied(BUDI, () -> f.planning.saveDraft(new PlanDraft(2026, null, "x", null, List.of())));
        denied(BUDI, () -> f.planning.csv(2026, null));
    }

    /** Another thread has no caller (the rule binds the operator to this one). */
    @Test
    public void noCallerNoPlanning() throws Exception {
        Throwable[] thrown = new Throwable[1];
        Thread t = new Thread(() -> {
            try {
                f.planning.requirements();
            } catch (Throwable e) {
                thrown[0] = e;
            }
        });
        t.start();
        t.join();
        assertEquals(AccessDeniedException.class, thrown[0].getClass());
    }
}
