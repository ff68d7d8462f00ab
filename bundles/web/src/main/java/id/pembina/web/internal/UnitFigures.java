package id.pembina.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import id.pembina.evaluation.api.Category;
import id.pembina.evaluation.api.UnitCompliance;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.UnitEvaluation;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.ParticipantRegistry;

/**
 * The dashboard's 20 JP compliance by unit and IP ASN distribution of a year. Evaluating a whole agency
 * takes seconds in a large city, so the figures of a year are kept for a few minutes: the dashboard is a
 * glance, the reports and the evaluation pages give the exact figures of the moment.
 */
final class UnitFigures {

    static final long KEEP_NANOS = 5L * 60 * 1_000_000_000L;

    private record Kept(long at, Map<String, Object> figures) {
    }

    private final Map<Integer, Kept> kept = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    UnitFigures(LongSupplier clock) {
        this.clock = clock;
    }

    Map<String, Object> of(int year, ParticipantRegistry registry, EvaluationDataService evaluation) {
        long now = clock.getAsLong();
        Kept k = kept.get(year);
        if (k != null && now - k.at() < KEEP_NANOS) {
            return k.figures();
        }
        Map<String, Object> figures = compute(year, registry, evaluation);
        kept.put(year, new Kept(now, figures));
        return figures;
    }

    private static Map<String, Object> compute(int year, ParticipantRegistry registry, EvaluationDataService evaluation) {
        Map<String, String> unitNames = new LinkedHashMap<>();
        List<OrganizationUnit> units = registry.units();
        units.forEach(u -> unitNames.put(u.code(), u.name()));
        List<Map<String, Object>> compliance = new ArrayList<>();
        Map<Category, Integer> categories = new LinkedHashMap<>();
        for (OrganizationUnit root : units) {
            if (root.parentCode() != null) {
                continue;
            }
            UnitEvaluation unit = evaluation.evaluateUnit(root.code(), year);
            for (UnitCompliance c : unit.jp().units()) {
                compliance.add(Map.of("code", c.unitCode(), "name", unitNames.getOrDefault(c.unitCode(), c.unitCode()),
                        "participants", c.participants(), "compliant", c.compliant(),
                        "rate", Wib.percent(c.rate()), "width", Math.round(c.rate() * 100)));
            }
            for (Category c : Category.values()) {
                categories.merge(c, unit.index().count(c), Integer::sum);
            }
        }
        int indexed = categories.values().stream().mapToInt(Integer::intValue).sum();
        List<Map<String, Object>> distribution = new ArrayList<>();
        for (Map.Entry<Category, Integer> e : categories.entrySet()) {
            distribution.add(Map.of("label", e.getKey().label(), "count", e.getValue(),
                    "width", indexed == 0 ? 0 : Math.round(100.0 * e.getValue() / indexed)));
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("year", year);
        figures.put("compliance", compliance);
        figures.put("distribution", distribution);
        figures.put("indexed", indexed);
        return figures;
    }
}
