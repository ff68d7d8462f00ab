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
import java.util.stream.IntStream;

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
        Map<Education, BigDecimal> qualification = table("qualification.", Education.class);
        CompetencyRules competency = new CompetencyRules(points("competency.leadership.points"),
                years("competency.leadership.windowYears"), points("competency.functional.points"),
                years("competency.functional.windowYears"), points("competency.technical.points"),
                decimal("competency.technical.minJp"), years("competency.technical.windowYears"),
                points("competency.seminar.points"), years("competency.seminar.windowYears"),
                points("competency.pelaksana.technical.points"), points("competency.pelaksana.seminar.points"),
                points("competency.max"));
        Map<PerformanceRating, BigDecimal> performance = table("performance.", PerformanceRating.class);
        Map<DisciplineSanction, BigDecimal> discipline = table("discipline.", DisciplineSanction.class);
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

    private <E extends Enum<E>> Map<E, BigDecimal> table(String prefix, Class<E> type) {
        Map<E, BigDecimal> table = new EnumMap<>(type);
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

    /** Points: whole or with decimals (published tables use half points such as 22.5), written plainly. */
    private BigDecimal points(String key) {
        String value = string(key);
        try {
            return value == null ? BigDecimal.ZERO : plain(new BigDecimal(value));
        } catch (NumberFormatException e) {
            problems.add(key + " is not a number: " + value);
            return BigDecimal.ZERO;
        }
    }

    /** "25.0" (a Double from ConfigAdmin) and "25" are the same 25; "22.50" is 22.5. */
    private static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private int years(String key) {
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
        List<BigDecimal> values = new ArrayList<>();
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
        values.addAll(List.of(c.leadershipPoints(), c.functionalPoints(), c.technicalPoints(), c.seminarPoints(),
                c.pelaksanaTechnicalPoints(), c.pelaksanaSeminarPoints(), c.maximum(), c.technicalMinimumJp(),
                r.annualMinimumJp()));
        boolean negativeWindow = IntStream.of(c.leadershipWindowYears(), c.functionalWindowYears(),
                c.technicalWindowYears(), c.seminarWindowYears()).anyMatch(w -> w < 0);
        if (values.stream().anyMatch(v -> v.signum() < 0) || negativeWindow) {
            problems.add("points, windows and JP must not be negative");
        }
        // From the lowest category up: the lowest starts at 0 or below, each next one starts above the previous
        // one's max and at most one point after it (whole-point tables: exactly max + 1), and the highest reaches
        // the highest possible total.
        BigDecimal previousMax = null;
        Category[] all = Category.values();
        for (int i = all.length - 1; i >= 0; i--) {
            CategoryRange range = r.categoryRange(all[i]);
            if (range.min().compareTo(range.max()) > 0) {
                problems.add("category " + all[i] + " has min > max");
            }
            if (previousMax == null ? range.min().signum() > 0
                    : range.min().compareTo(previousMax) <= 0
                            || range.min().compareTo(previousMax.add(BigDecimal.ONE)) > 0) {
                problems.add("category " + all[i] + " must start " + (previousMax == null ? "at 0 or below"
                        : "above " + previousMax.toPlainString() + " and at most "
                                + previousMax.add(BigDecimal.ONE).toPlainString()) + ": " + range.min().toPlainString());
            }
            previousMax = range.max();
        }
        if (previousMax.compareTo(r.maximumTotal()) < 0) {
            problems.add("category " + all[0] + " must reach the highest possible total "
                    + r.maximumTotal().toPlainString());
        }
        fail(problems);
    }

    private static void fail(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid IP ASN rule set: " + String.join("; ", problems));
        }
    }
}
