package id.pembina.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.pembina.evaluation.api.JpCompliance;
import id.pembina.evaluation.api.ParticipantJp;
import id.pembina.evaluation.api.ParticipantTrainings;
import id.pembina.evaluation.api.TrainingRecord;
import id.pembina.evaluation.api.UnitCompliance;

/** JP credited per calendar year against the annual minimum. */
final class JpComplianceCalculator {

    private JpComplianceCalculator() {
    }

    static JpCompliance compute(int year, Collection<ParticipantTrainings> participants, BigDecimal minimum,
            String ruleSet) {
        Objects.requireNonNull(minimum, "minimumJp");
        Stats.unique(participants, ParticipantTrainings::participantId, "participant");
        // Grouped per unit, then each unit's participants ordered by id: the order of sorting everyone by unit
        // and id (ids are unique), without comparing the unit codes of 100,000 participants a million times.
        Map<String, List<ParticipantJp>> byUnit = new HashMap<>();
        for (ParticipantTrainings p : participants) {
            BigDecimal jp = BigDecimal.ZERO;
            for (TrainingRecord t : p.trainings()) {
                if (t.date().getYear() == year) {
                    jp = jp.add(t.jp());
                }
            }
            boolean compliant = jp.compareTo(minimum) >= 0;
            byUnit.computeIfAbsent(p.unitCode(), u -> new ArrayList<>())
                    .add(new ParticipantJp(p.participantId(), p.unitCode(), jp, compliant,
                            compliant ? BigDecimal.ZERO : minimum.subtract(jp)));
        }
        List<String> unitCodes = new ArrayList<>(byUnit.keySet());
        Collections.sort(unitCodes);
        List<ParticipantJp> all = new ArrayList<>(participants.size());
        List<UnitCompliance> unitCompliance = new ArrayList<>(unitCodes.size());
        for (String unit : unitCodes) {
            List<ParticipantJp> members = byUnit.get(unit);
            members.sort(Comparator.comparing(ParticipantJp::participantId));
            int compliantHere = 0;
            for (ParticipantJp p : members) {
                compliantHere += p.compliant() ? 1 : 0;
            }
            all.addAll(members);
            unitCompliance.add(new UnitCompliance(unit, members.size(), compliantHere,
                    (double) compliantHere / members.size()));
        }
        List<ParticipantJp> below = all.stream().filter(p -> !p.compliant()).toList();
        int compliant = all.size() - below.size();
        return new JpCompliance(year, minimum, ruleSet, all.size(), compliant, Stats.share(compliant, all.size()),
                all, below, unitCompliance);
    }
}
