package id.pembina.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.util.List;

import org.junit.Test;

import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.GroupTransfer;
import id.pembina.evaluation.api.LeadershipInvolvement;
import id.pembina.evaluation.api.UnitInvolvement;
import id.pembina.evaluation.api.UnitLeadership;

public class LeadershipInvolvementTest {

    private static final double EPS = 1e-12;
    private final EvaluationEngine engine = Evaluations.engine();

    /** The five kelurahan of Medan Marelan. */
    private static final List<UnitLeadership> UNITS = List.of(
            new UnitLeadership("LD", 4, 3, 0.8), // 0.75 involved
            new UnitLeadership("RP", 4, 2, 0.6), // 0.5 involved (at the threshold)
            new UnitLeadership("TJ", 5, 1, 0.5), // 0.2
            new UnitLeadership("PP", 0, 0, null), // no session: share undefined, not involved
            new UnitLeadership("TER", 2, 0, 0.3)); // 0.0

    @Test
    public void involvedUnitsAgainstTheOthers() {
        LeadershipInvolvement l = engine.leadershipInvolvement(UNITS);
        assertEquals(0.5, l.threshold(), 0);
        List<UnitInvolvement> u = l.units(); // by code: LD PP RP TER TJ
        assertEquals(0.75, u.get(0).involvementShare(), EPS);
        assertEquals(true, u.get(0).involved());
        assertNull(u.get(1).involvementShare());
        assertEquals(false, u.get(1).involved());
        assertEquals(0.5, u.get(2).involvementShare(), EPS);
        assertEquals(true, u.get(2).involved());
        assertEquals(0.0, u.get(3).involvementShare(), EPS);
        assertEquals(0.2, u.get(4).involvementShare(), EPS);
        // involved LD, RP: (0.8 + 0.6) / 2 = 0.7; others PP (no transfer), TER, TJ: (0.3 + 0.5) / 2 = 0.4
        assertGroup(l.involved(), 2, 2, 0.7);
        assertGroup(l.others(), 3, 2, 0.4);
        assertEquals(0.3, l.difference(), EPS);
    }

    @Test
    public void withNoInvolvedUnitThereIsNoDifference() {
        LeadershipInvolvement l = engine.leadershipInvolvement(UNITS, 0.8);
        assertEquals(0, l.involved().units());
        assertNull(l.involved().meanShareApplying());
        assertGroup(l.others(), 5, 4, (0.8 + 0.6 + 0.5 + 0.3) / 4); // 0.55
        assertNull(l.difference());
    }

    @Test
    public void aLeaderAloneIsNotInvolvementButARoleIs() {
        // LD: 4 sessions; the leader attended 3, with own staff in 1 of them, and mentored in 2 (one of them
        // the session attended with staff): involved in 1 + 2 - 1 = 2 of 4 = 0.5 -> involved (at the threshold).
        // RP: 4 sessions, the leader attended all 4 alone and had no role: 0 / 4 = 0 -> not involved.
        LeadershipInvolvement l = engine.leadershipInvolvement(List.of(
                new UnitLeadership("LD", 4, 3, 0.8, 1, 2, 2),
                new UnitLeadership("RP", 4, 4, 0.6, 0, 0, 0)));
        UnitInvolvement ld = l.units().get(0);
        assertEquals(new UnitInvolvement("LD", 4, 3, 0.5, true, 0.8, 1, 2, 2), ld);
        assertEquals(new UnitInvolvement("RP", 4, 4, 0.0, false, 0.6, 0, 0, 0), l.units().get(1));
        assertEquals(0.8 - 0.6, l.difference(), EPS); // 0.2
        // more involved sessions than with staff + in role, or fewer than either, is refused
        assertThrows(IllegalArgumentException.class, () -> new UnitLeadership("LD", 4, 3, null, 1, 2, 4));
        assertThrows(IllegalArgumentException.class, () -> new UnitLeadership("LD", 4, 3, null, 1, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> new UnitLeadership("LD", 4, 1, null, 2, 0, 2));
    }

    @Test
    public void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new UnitLeadership("LD", 2, 3, null));
        assertThrows(IllegalArgumentException.class, () -> new UnitLeadership("LD", 2, 1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> engine.leadershipInvolvement(UNITS, 1.5));
    }

    private static void assertGroup(GroupTransfer g, int units, int withTransfer, double mean) {
        assertEquals(units, g.units());
        assertEquals(withTransfer, g.unitsWithTransfer());
        assertEquals(mean, g.meanShareApplying(), EPS);
    }
}
