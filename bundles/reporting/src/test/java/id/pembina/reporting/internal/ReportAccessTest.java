package id.pembina.reporting.internal;

import id.pembina.evaluation.data.internal.FollowThroughImpl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.FollowUpSubmission;
import id.pembina.evaluation.data.api.ReactionResponse;
import id.pembina.evaluation.data.api.ReactionSubmission;
import id.pembina.evaluation.data.api.Transcript;
import id.pembina.participant.api.Nip;
import id.pembina.persistence.testing.AsCaller;
import id.pembina.platform.api.Languages;
import id.pembina.platform.api.Page;
import id.pembina.reporting.api.ReportDocument;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.AuditEntry;
import id.pembina.security.api.AuditEvent;
import id.pembina.security.api.AuditQuery;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;

/**
 * Who may make which report, and who may read which evaluation, over the real services on {@link ReportWorld}
 * (KEC > KEL; Rudi in KEC, Budi, Siti, Dewi and Ani in KEL): a pimpinan of KEL gets KEL's reports with NIPs
 * masked and is refused KEC's; a peserta gets their own transcript, masked; staff get everything in full.
 */
public class ReportAccessTest {

    private static final Locale ID = Languages.INDONESIAN;
    private static final Caller OPERATOR = AsCaller.operator("opa");
    private static final Caller LURAH = AsCaller.pimpinan("lurah", ReportWorld.KEL);
    private static final Caller BUDI = AsCaller.peserta("budi", ReportWorld.BUDI);
    /** Budi's NIP 198609262015051001 as roles below operator see it. */
    private static final String BUDI_MASKED = "1986************01";

    private ReportWorld world;
    private ReportsService reports;
    private final List<String> audited = new ArrayList<>();

    @Before
    public void setUp() throws Exception {
        CallerContext.runAs(OPERATOR, () -> {
            try {
                world = new ReportWorld();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            world.answer();
        });
        reports = new ReportsService(Clock.fixed(ReportWorld.NOW, Nip.WIB));
        reports.setRegistry(world.registry);
        reports.setAuditTrail(new AuditTrail() {
            @Override
            public void record(AuditEvent e) {
                audited.add(CallerContext.require().name() + " " + e.action() + " " + e.entityId());
            }

            @Override
            public void record(String user, String address, AuditEvent event) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Page<AuditEntry> find(AuditQuery query, int offset, int limit) {
                throw new UnsupportedOperationException();
            }
        });
        reports.addType(new UnitReport(world.catalog, world.evaluation, world.registry));
        reports.addType(new TranscriptReport(world.evaluation, world.messages));
        reports.addType(new ProgramEvaluationReport(world.catalog, world.evaluation, world.engine, world.registry,
                new FollowThroughImpl(world.db.dataSource(), world.evaluation, world.catalog, world.registry)));
        reports.addFormat(new Docs.TitleFormat("txt"));
    }

    @After
    public void tearDown() throws Exception {
        world.close();
    }

    private ReportDocument make(String type, Map<String, String> params) {
        return reports.make(type, "txt", params, ID).document();
    }

    private static String denied(Runnable r) {
        return assertThrows(AccessDeniedException.class, r::run).code();
    }

    @Test
    public void staffGetEveryReportInFull() {
        CallerContext.runAs(OPERATOR, () -> {
            assertTrue(make("unit", Map.of("unit", ReportWorld.KEC, "year", "2026")).toString().contains(ReportWorld.BUDI));
            make("program-evaluation", Map.of("program", ReportWorld.PROGRAM));
        });
        assertEquals(List.of("opa EXPORT unit", "opa EXPORT program-evaluation"), audited);
    }

    @Test
    public void aPimpinanGetsTheirSubtreesReportsMasked() {
        CallerContext.runAs(LURAH, () -> {
            // No unit given: their own.
            ReportDocument own = make("unit", Map.of("year", "2026"));
            assertTrue(own.toString().contains(ReportWorld.KEL));
            assertFalse(own.toString().contains(ReportWorld.BUDI));
            assertTrue(own.toString().contains(BUDI_MASKED));
            ReportDocument transcript = make("transcript", Map.of("nip", ReportWorld.BUDI, "year", "2026"));
            assertFalse(transcript.toString().contains(ReportWorld.BUDI));
            assertEquals("riwayat-" + BUDI_MASKED + "-2026", transcript.fileStem());
            assertEquals(Access.OUTSIDE, denied(() -> make("unit", Map.of("unit", ReportWorld.KEC, "year", "2026"))));
            assertEquals(Access.OUTSIDE, denied(() -> make("transcript", Map.of("nip", ReportWorld.RUDI, "year", "2026"))));
            // A programme over every unit is staff's.
            assertEquals(Access.DENIED, denied(() -> make("program-evaluation", Map.of("program", ReportWorld.PROGRAM))));
        });
        assertEquals(List.of("lurah EXPORT unit", "lurah EXPORT transcript"), audited);
    }

    @Test
    public void aPesertaGetsTheirOwnTranscriptOnly() {
        CallerContext.runAs(BUDI, () -> {
            assertEquals("riwayat-" + BUDI_MASKED + "-2026",
                    make("transcript", Map.of("nip", ReportWorld.BUDI, "year", "2026")).fileStem());
            assertEquals(Access.DENIED, denied(() -> make("transcript", Map.of("nip", ReportWorld.SITI, "year", "2026"))));
            assertEquals(Access.DENIED, denied(() -> make("unit", Map.of("unit", ReportWorld.KEL, "year", "2026"))));
        });
    }

    @Test
    public void evaluationsFollowTheSameRules() {
        CallerContext.runAs(LURAH, () -> {
            assertEquals(4, world.evaluation.evaluateUnit(ReportWorld.KEL, 2026).jp().n());
            assertEquals("evaluation.denied.unit", denied(() -> world.evaluation.evaluateUnit(ReportWorld.KEC, 2026)));
            assertEquals("evaluation.denied", denied(() -> world.evaluation.evaluateProgram(ReportWorld.PROGRAM, null, null)));
            world.evaluation.evaluateSession(world.session);
            Transcript t = world.evaluation.transcript(ReportWorld.BUDI, 2026);
            assertEquals(BUDI_MASKED, t.participant().nip());
            assertNull(t.participant().birthDate());
            assertEquals("evaluation.denied", denied(() -> world.evaluation.recordBenefit(world.session, "x",
                    java.math.BigDecimal.ONE)));
        });
        CallerContext.runAs(BUDI, () -> {
            // Reactions of the session are Budi's and Siti's; Budi sees his own.
            assertEquals(List.of(ReportWorld.BUDI), world.evaluation.reactionResponses(world.session).stream()
                    .map(ReactionResponse::nip).toList());
            assertEquals("evaluation.denied", denied(() -> world.evaluation.submitReaction(world.session,
                    new ReactionSubmission(ReportWorld.DEWI, null, ReportWorld.map("r1", 5, "r2", 5), null))));
            assertEquals("evaluation.denied", denied(() -> world.evaluation.submitFollowUp(new FollowUpSubmission(
                    world.session, ReportWorld.SITI, ReportWorld.RUDI, FollowUpPhase.BASELINE, null, null,
                    ReportWorld.map("b1", 2, "b2", 3)))));
            assertEquals("evaluation.denied", denied(() -> world.evaluation.evaluateUnit(ReportWorld.KEL, 2026)));
            assertEquals(LocalDate.of(1986, 9, 26), CallerContext.callAs(OPERATOR,
                    () -> world.evaluation.transcript(ReportWorld.BUDI, 2026)).participant().birthDate());
        });
    }
}
