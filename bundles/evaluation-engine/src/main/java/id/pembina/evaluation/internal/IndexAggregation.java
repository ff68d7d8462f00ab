package id.pembina.evaluation.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.pembina.evaluation.api.Category;
import id.pembina.evaluation.api.CategoryDistribution;
import id.pembina.evaluation.api.ParticipantYear;
import id.pembina.evaluation.api.ProfessionalismIndex;
import id.pembina.evaluation.api.RuleSet;
import id.pembina.evaluation.api.RuleSets;
import id.pembina.evaluation.api.YearIndex;

/** Unit distributions and trends of the professionalism index. */
final class IndexAggregation {

    private IndexAggregation() {
    }

    static CategoryDistribution unitDistribution(String unitCode, int year, Collection<ParticipantYear> facts,
            RuleSets ruleSets) {
        RuleSet rules = ruleSets.forYear(year);
        List<ParticipantYear> selected = facts.stream()
                .filter(f -> f.unitCode().equals(unitCode) && f.year() == year).toList();
        Stats.unique(selected, ParticipantYear::participantId, "participant in " + unitCode + " " + year);
        List<ProfessionalismIndex> indices = new ArrayList<>(selected.stream()
                .map(f -> ProfessionalismCalculator.compute(f, rules)).toList());
        indices.sort(Comparator.comparing(ProfessionalismIndex::participantId));
        return new CategoryDistribution(unitCode, year, indices.size(), counts(indices), rules.name(), indices);
    }

    static List<YearIndex> trend(Collection<ParticipantYear> facts, RuleSets ruleSets) {
        Stats.unique(facts, f -> List.of(f.participantId(), f.year()), "participant-year");
        Map<Integer, List<ParticipantYear>> byYear = new TreeMap<>();
        facts.forEach(f -> byYear.computeIfAbsent(f.year(), y -> new ArrayList<>()).add(f));
        List<YearIndex> trend = new ArrayList<>();
        byYear.forEach((year, yearFacts) -> {
            RuleSet rules = ruleSets.forYear(year);
            List<ProfessionalismIndex> indices = yearFacts.stream()
                    .map(f -> ProfessionalismCalculator.compute(f, rules)).toList();
            double mean = indices.stream().mapToDouble(i -> i.total().doubleValue()).average().orElseThrow();
            trend.add(new YearIndex(year, indices.size(), mean, counts(indices), rules.name(), rules.validFrom()));
        });
        return trend;
    }

    private static Map<Category, Integer> counts(List<ProfessionalismIndex> indices) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            counts.put(c, 0);
        }
        indices.forEach(i -> counts.merge(i.category(), 1, Integer::sum));
        return counts;
    }
}
