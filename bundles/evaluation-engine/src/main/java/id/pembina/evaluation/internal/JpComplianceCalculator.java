package id.pembina.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

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
        List<ParticipantJp> all = new ArrayList<>();
        for (ParticipantTrainings p : participants) {
            BigDecimal jp = p.trainings().stream().filter(t -> t.date().getYear() == year)
                    .map(TrainingRecord::jp).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean compliant = jp.compareTo(minimum) >= 0;
            all.add(new ParticipantJp(p.participantId(), p.unitCode(), jp, compliant,
                    compliant ? BigDecimal.ZERO : minimum.subtract(jp)));
        }
        all.sort(Comparator.comparing(ParticipantJp::unitCode).thenComparing(ParticipantJp::participantId));
        Map<String, int[]> units = new TreeMap<>();
        all.forEach(p -> {
            int[] c = units.computeIfAbsent(p.unitCode(), u -> new int[2]);
            c[0]++;
            c[1] += p.compliant() ? 1 : 0;
        });
        List<UnitCompliance> unitCompliance = new ArrayList<>();
        units.forEach((unit, c) -> unitCompliance.add(new UnitCompliance(unit, c[0], c[1], (double) c[1] / c[0])));
        List<ParticipantJp> below = all.stream().filter(p -> !p.compliant()).toList();
        int compliant = all.size() - below.size();
        return new JpCompliance(year, minimum, ruleSet, all.size(), compliant, Stats.share(compliant, all.size()),
                all, below, unitCompliance);
    }
}
