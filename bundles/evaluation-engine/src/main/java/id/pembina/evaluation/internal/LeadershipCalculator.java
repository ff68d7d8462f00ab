package id.pembina.evaluation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import id.pembina.evaluation.api.GroupTransfer;
import id.pembina.evaluation.api.LeadershipInvolvement;
import id.pembina.evaluation.api.UnitInvolvement;
import id.pembina.evaluation.api.UnitLeadership;

/** Leader involvement per unit (attended with staff, or in a role) and L3 transfer of involved units against the others. */
final class LeadershipCalculator {

    private LeadershipCalculator() {
    }

    static LeadershipInvolvement compute(Collection<UnitLeadership> units, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in 0..1: " + threshold);
        }
        Stats.unique(units, UnitLeadership::unitCode, "unit");
        List<UnitInvolvement> involvements = new ArrayList<>();
        for (UnitLeadership u : units) {
            Double share = Stats.share(u.sessionsInvolved(), u.sessions());
            involvements.add(new UnitInvolvement(u.unitCode(), u.sessions(), u.sessionsAttendedByLeader(), share,
                    share != null && share >= threshold, u.shareApplying(), u.sessionsWithStaff(), u.sessionsInRole(),
                    u.sessionsInvolved()));
        }
        involvements.sort(Comparator.comparing(UnitInvolvement::unitCode));
        GroupTransfer involved = group(involvements, true);
        GroupTransfer others = group(involvements, false);
        Double difference = involved.meanShareApplying() == null || others.meanShareApplying() == null ? null
                : involved.meanShareApplying() - others.meanShareApplying();
        return new LeadershipInvolvement(threshold, involvements, involved, others, difference);
    }

    private static GroupTransfer group(List<UnitInvolvement> units, boolean involved) {
        List<UnitInvolvement> group = units.stream().filter(u -> u.involved() == involved).toList();
        double[] shares = group.stream().filter(u -> u.shareApplying() != null)
                .mapToDouble(UnitInvolvement::shareApplying).toArray();
        return new GroupTransfer(group.size(), shares.length, Stats.mean(shares));
    }
}
