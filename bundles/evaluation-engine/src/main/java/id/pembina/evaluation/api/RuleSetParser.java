package id.pembina.evaluation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and checks the properties format of {@link RuleSet}. Keys:
 *
 * <pre>
 * name, validFrom (yyyy-MM-dd)
 * qualification.{SD..S3}
 * competency.{leadership,functional}.{points,windowYears}
 * competency.technical.{points,minJp,windowYears}, competency.seminar.{points,windowYears}
 * competency.pelaksana.{technical,seminar}.points, competency.max
 * performance.{VERY_GOOD..VERY_POOR}, discipline.{NONE,LIGHT,MEDIUM,HEAVY}
 * category.{SANGAT_TINGGI..SANGAT_RENDAH}.{min,max}, jp.annualMinimum
 * </pre>
 *
 * Keys under these prefixes that are not listed are refused as typos; other keys are ignored. All problems are
 * reported together.
 */
final class RuleSetParser {

    private static final List<String> PREFIXES =
            List.of("qualification.", "competency.", "performance.", "discipline.", "category.", "jp.");

    private final Map<String, ?> properties;
    private final Set<String> used = new TreeSet<>();
    private final List<String> problems = new ArrayList<>();

    private RuleSetParser(Map<String, ?> properties) {
        this.properties = properties;
    }

    static RuleSet parse(Map<String, ?> properties) {
        return new RuleSetParser(properties).parse();
    }

    private RuleSet parse() {
        String name = string("name");
        LocalDate validFrom = date("validFrom");
        Map<Education, Integer> qualification = table("qualification.", Education.class);
        CompetencyRules competency = new CompetencyRules(points("competency.leadership.points"),
                points("competency.leadership.windowYears"), points("competency.functional.points"),
                points("competency.functional.windowYears"), points("competency.technical.points"),
                decimal("competency.technical.minJp"), points("competency.technical.windowYears"),
                points("competency.seminar.points"), points("competency.seminar.windowYears"),
                points("competency.pelaksana.technical.points"), points("competency.pelaksana.seminar.points"),
                points("competency.max"));
        Map<PerformanceRating, Integer> performance = table("performance.", PerformanceRating.class);
        Map<DisciplineSanction, Integer> discipline = table("discipline.", DisciplineSanction.class);
        Map<Category, CategoryRange> categories = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            categories.put(c, new CategoryRange(points("category." + c + ".min"), points("category." + c + ".max")));
        }
        BigDecimal annualMinimumJp = decimal("jp.annualMinimum");
        for (String key : properties.keySet()) {
            if (!used.contains(key) && PREFIXES.stream().anyMatch(key::startsWith)) {
                problems.add("unknown key " + key);
            }
        }
        fail(problems);
        return new RuleSet(name, validFrom, qualification, competency, performance, discipline, categories,
                annualMinimumJp);
    }

    private <E extends Enum<E>> Map<E, Integer> table(String prefix, Class<E> type) {
        Map<E, Integer> table = new EnumMap<>(type);
        for (E constant : type.getEnumConstants()) {
            table.put(constant, points(prefix + constant.name()));
        }
        return table;
    }

    private String string(String key) {
        used.add(key);
        Object value = properties.get(key);
        if (value == null || value.toString().isBlank()) {
            problems.add("missing " + key);
            return null;
        }
        return value.toString().trim();
    }

    private int points(String key) {
        String value = string(key);
        try {
            return value == null ? 0 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.add(key + " is not a whole number: " + value);
            return 0;
        }
    }

    private BigDecimal decimal(String key) {
        String value = string(key);
        try {
            return value == null ? BigDecimal.ZERO : new BigDecimal(value);
        } catch (NumberFormatException e) {
            problems.add(key + " is not a number: " + value);
            return BigDecimal.ZERO;
        }
    }

    private LocalDate date(String key) {
        String value = string(key);
        try {
            return value == null ? LocalDate.MIN : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(key + " is not a date yyyy-MM-dd: " + value);
            return LocalDate.MIN;
        }
    }

    /** Checks a complete rule set; called by its constructor. */
    static void validate(RuleSet r) {
        List<String> problems = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (Education e : Education.values()) {
            values.add(r.qualificationPoints(e));
        }
        for (PerformanceRating p : PerformanceRating.values()) {
            values.add(r.performancePoints(p));
        }
        for (DisciplineSanction d : DisciplineSanction.values()) {
            values.add(r.disciplinePoints(d));
        }
        CompetencyRules c = r.competency();
        values.addAll(List.of(c.leadershipPoints(), c.leadershipWindowYears(), c.functionalPoints(),
                c.functionalWindowYears(), c.technicalPoints(), c.technicalWindowYears(), c.seminarPoints(),
                c.seminarWindowYears(), c.pelaksanaTechnicalPoints(), c.pelaksanaSeminarPoints(), c.maximum()));
        if (values.stream().anyMatch(v -> v < 0) || c.technicalMinimumJp().signum() < 0
                || r.annualMinimumJp().signum() < 0) {
            problems.add("points, windows and JP must not be negative");
        }
        // Ranges from the lowest category up must be contiguous and cover 0 .. the highest reachable total.
        int expectedMin = Integer.MIN_VALUE;
        Category[] all = Category.values();
        for (int i = all.length - 1; i >= 0; i--) {
            CategoryRange range = r.categoryRange(all[i]);
            if (range.min() > range.max()) {
                problems.add("category " + all[i] + " has min > max");
            }
            if (i == all.length - 1 ? range.min() > 0 : range.min() != expectedMin) {
                problems.add("category " + all[i] + " must start at " + (i == all.length - 1 ? "0 or below"
                        : String.valueOf(expectedMin)) + ": " + range.min());
            }
            expectedMin = range.max() + 1;
        }
        if (expectedMin - 1 < r.maximumTotal()) {
            problems.add("category " + all[0] + " must reach the highest possible total " + r.maximumTotal());
        }
        fail(problems);
    }

    private static void fail(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid IP ASN rule set: " + String.join("; ", problems));
        }
    }
}
