package id.pembina.planning.schedule.rest.internal;

import static id.pembina.rest.testkit.OpenApiCheck.documented;
import static id.pembina.rest.testkit.OpenApiCheck.fields;
import static id.pembina.rest.testkit.OpenApiCheck.implemented;
import static id.pembina.rest.testkit.OpenApiCheck.mismatches;
import static id.pembina.rest.testkit.OpenApiCheck.properties;
import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.ConstraintOutcome;
import id.pembina.planning.schedule.api.DeliveryMode;
import id.pembina.planning.schedule.api.DutyBlock;
import id.pembina.planning.schedule.api.DutyKind;
import id.pembina.planning.schedule.api.Figures;
import id.pembina.planning.schedule.api.JobState;
import id.pembina.planning.schedule.api.PersonNeed;
import id.pembina.planning.schedule.api.Proposal;
import id.pembina.planning.schedule.api.ProposedSession;
import id.pembina.planning.schedule.api.SavedPlan;
import id.pembina.planning.schedule.api.ScheduleJob;
import id.pembina.planning.schedule.api.ScheduleRequest;
import id.pembina.planning.schedule.api.ScoreStep;
import id.pembina.planning.schedule.api.StaffingRule;
import id.pembina.rest.testkit.OpenApiCheck;

/** Keeps the scheduler's OpenAPI fragment true: exactly the operations its resources implement, exactly their fields. */
public class OpenApiDocumentTest {

    private static JsonNode fragment() throws Exception {
        return OpenApiCheck.read(ScheduleOpenApi.class.getResource(ScheduleOpenApi.DOCUMENT));
    }

    @Test
    public void documentsExactlyTheImplementedOperations() throws Exception {
        assertEquals(implemented(List.of(ScheduleResource.class, DutyResource.class)), documented(fragment()));
    }

    @Test
    public void schemasNameExactlyTheJsonFields() throws Exception {
        JsonNode doc = fragment();
        assertEquals(fields(ScheduleRequest.class), properties(doc, "ScheduleRequest"));
        assertEquals(fields(CandidateSession.class), properties(doc, "CandidateSession"));
        assertEquals(fields(PersonNeed.class), properties(doc, "PersonNeed"));
        assertEquals(fields(ScheduleJob.class), properties(doc, "ScheduleJob"));
        assertEquals(fields(ScoreStep.class), properties(doc, "ScoreStep"));
        assertEquals(fields(Proposal.class), properties(doc, "Proposal"));
        assertEquals(fields(ProposedSession.class), properties(doc, "ProposedSession"));
        assertEquals(fields(Figures.class), properties(doc, "Figures"));
        assertEquals(fields(ConstraintOutcome.class), properties(doc, "ConstraintOutcome"));
        assertEquals(fields(SavedPlan.class), properties(doc, "SavedPlan"));
        assertEquals(fields(ScheduleResource.SaveRequest.class), properties(doc, "SaveRequest"));
        assertEquals(fields(DutyBlock.class), properties(doc, "DutyBlock"));
        assertEquals(fields(StaffingRule.class), properties(doc, "StaffingRule"));
    }

    @Test
    public void aJobAsTheApiWritesItMatchesItsSchema() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        LocalDate mon = LocalDate.of(2027, 3, 1);
        Proposal p = new Proposal(Proposal.GREEDY,
                List.of(new ProposedSession("S1", "P1", mon, mon.plusDays(2), DeliveryMode.CLASSROOM, 2,
                        new BigDecimal("10000000"), 24, List.of("198001012006041001"))),
                new Figures(3, 1, 60, 20, new BigDecimal("10000000"), new BigDecimal("20000000"), 0, 0, "0hard/5soft"),
                List.of(new ConstraintOutcome("capacity", true, true, 0, "0hard/0soft",
                        "schedule.explain.capacity.held", List.of("0"), "Tidak ada", "None")));
        ScheduleJob job = new ScheduleJob("j1", 2027, "KEL", "operator", JobState.DONE, 100,
                List.of(new ScoreStep(120, 0, "0hard/5soft")), Instant.parse("2026-11-30T03:00:00Z"),
                Instant.parse("2026-11-30T03:00:30Z"), p, p, null);
        assertEquals(List.of(), mismatches(fragment(), "ScheduleJob", mapper.valueToTree(job)));
        assertEquals(List.of(), mismatches(fragment(), "DutyBlock",
                mapper.valueToTree(new DutyBlock("198001012006041001", mon, mon, DutyKind.LEAVE))));
        assertEquals(List.of(), mismatches(fragment(), "StaffingRule", mapper.valueToTree(new StaffingRule("KEL",
                DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0), 3))));
    }
}
