package id.pembina.demo.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.planning.api.PlanDraft;
import id.pembina.planning.api.PlannedSession;

public class PlanningDemoDataTest {

    private static Participant person(int i, PositionType type) {
        return new Participant(String.format("1990010120200110%02d", i), "P" + i, null, null, "MARELAN", "Staf", type,
                Rank.III_A, Education.S1, null, null);
    }

    /**
     * Eleven PELAKSANA (PELAYANAN-PUBLIK 3, LITERASI-DIGITAL 2, INTEGRITAS 2), by NIP 00..10. Person 0: ASSESSMENT,
     * levels 3-0, 2-1, 2-2 = 3, 1, 0; person 3: SELF, 3-(3%3)=3, 2-(4%3)=1, 2-(5%3)=0; persons 4 and 9: none;
     * person 10: ASSESSMENT again, 3-(10%3)=2, 2-(11%3)=0, 2-(12%3)=2. Rows: 9 people x 3 = 27.
     */
    @Test
    public void levelsFollowTheRule() {
        List<Participant> staff = new ArrayList<>();
        for (int i = 10; i >= 0; i--) {
            staff.add(person(i, PositionType.PELAKSANA));
        }
        String[] rows = PlanningDemoData.levels(PlanningDemoData.staff(staff)).split("\n");
        assertEquals(1 + 27, rows.length);
        assertEquals("199001012020011000,PELAYANAN-PUBLIK,3,ASSESSMENT,2025-09-01", rows[1]);
        assertEquals("199001012020011000,LITERASI-DIGITAL,1,ASSESSMENT,2025-09-01", rows[2]);
        assertEquals("199001012020011000,INTEGRITAS,0,ASSESSMENT,2025-09-01", rows[3]);
        // persons 1, 2 (SUPERVISOR) then 3 (SELF): rows 10-12
        assertEquals("199001012020011003,PELAYANAN-PUBLIK,3,SELF,2025-11-15", rows[10]);
        assertEquals("199001012020011003,LITERASI-DIGITAL,1,SELF,2025-11-15", rows[11]);
        assertEquals("199001012020011003,INTEGRITAS,0,SELF,2025-11-15", rows[12]);
        assertEquals("199001012020011005,PELAYANAN-PUBLIK,1,SUPERVISOR,2026-10-01", rows[13]);
        assertEquals("199001012020011010,INTEGRITAS,2,ASSESSMENT,2025-09-01", rows[27]);
    }

    /** A JPT has no requirements in the demo: no rows. */
    @Test
    public void positionsWithoutStandardsGetNoLevels() {
        assertEquals("nip,competency,level,source,assessedOn\n",
                PlanningDemoData.levels(List.of(person(0, PositionType.JPT))));
    }

    /** 60 + 15 + 30 + 10 + 20 + 5 million = 140 million. */
    @Test
    public void budgetAndTwoVersions() {
        assertEquals(new BigDecimal("140000000"), PlanningDemoData.budget(2026).total());
        List<Participant> staff = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            staff.add(person(i, PositionType.PELAKSANA));
        }
        List<PlanDraft> drafts = PlanningDemoData.drafts(staff, 2026, "MARELAN");
        assertEquals(2, drafts.size());
        assertEquals(drafts.get(0).name(), drafts.get(1).name());
        // v1: 20 + 15 participants, 12.5 + 6 million; v2: 20 + 15 + 25, 11 + 6 + 3 million
        assertEquals(List.of(20, 15), drafts.get(0).sessions().stream().map(s -> s.participantNips().size()).toList());
        assertEquals(List.of(20, 15, 25), drafts.get(1).sessions().stream().map(s -> s.participantNips().size()).toList());
        assertEquals(new BigDecimal("20000000"), drafts.get(1).sessions().stream().map(PlannedSession::plannedCost)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        assertEquals("199001012020011035", drafts.get(1).sessions().get(2).participantNips().get(0));
    }
}
