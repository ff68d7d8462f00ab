package id.pembina.evaluation.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A versioned IP ASN rule set: every point table and category bound, plus the annual JP minimum. Built from
 * properties ({@link #fromProperties}), the format ConfigAdmin hands over; the DOMAIN.md defaults ship as
 * {@code ipasn-default.properties} beside this class and as {@code id.pembina.evaluation.ipasn-default.cfg} (shipped in the distribution's etc/).
 * Construction validates completeness, non-negative points and contiguous category ranges covering 0 .. the
 * highest reachable total.
 */
public final class RuleSet {

    private final String name;
    private final LocalDate validFrom;
    private final Map<Education, BigDecimal> qualification;
    private final CompetencyRules competency;
    private final Map<PerformanceRating, BigDecimal> performance;
    private final Map<DisciplineSanction, BigDecimal> discipline;
    private final Map<Category, CategoryRange> categories;
    private final BigDecimal annualMinimumJp;

    RuleSet(String name, LocalDate validFrom, Map<Education, BigDecimal> qualification, CompetencyRules competency,
            Map<PerformanceRating, BigDecimal> performance, Map<DisciplineSanction, BigDecimal> discipline,
            Map<Category, CategoryRange> categories, BigDecimal annualMinimumJp) {
        this.name = Checks.text(name, "name");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        this.qualification = Collections.unmodifiableMap(new EnumMap<>(qualification));
        this.competency = Objects.requireNonNull(competency, "competency");
        this.performance = Collections.unmodifiableMap(new EnumMap<>(performance));
        this.discipline = Collections.unmodifiableMap(new EnumMap<>(discipline));
        this.categories = Collections.unmodifiableMap(new EnumMap<>(categories));
        this.annualMinimumJp = Objects.requireNonNull(annualMinimumJp, "annualMinimumJp");
        RuleSetParser.validate(this);
    }

    /** Parses a rule set; unknown keys outside this format's prefixes (service.pid, felix.*) are ignored. */
    public static RuleSet fromProperties(Map<String, ?> properties) {
        return RuleSetParser.parse(properties);
    }

    /** The shipped defaults from DOMAIN.md as properties (a fresh, modifiable, sorted map). */
    public static Map<String, String> defaultProperties() {
        Properties properties = new Properties();
        try (InputStream in = RuleSet.class.getResourceAsStream("ipasn-default.properties")) {
            if (in == null) {
                throw new IllegalStateException("ipasn-default.properties is missing from the bundle");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
        return map;
    }

    /** The shipped defaults from DOMAIN.md. */
    public static RuleSet defaults() {
        return fromProperties(defaultProperties());
    }

    public String name() {
        return name;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public BigDecimal qualificationPoints(Education education) {
        return qualification.get(education);
    }

    public CompetencyRules competency() {
        return competency;
    }

    public BigDecimal performancePoints(PerformanceRating rating) {
        return performance.get(rating);
    }

    public BigDecimal disciplinePoints(DisciplineSanction sanction) {
        return discipline.get(sanction);
    }

    public CategoryRange categoryRange(Category category) {
        return categories.get(category);
    }

    /**
     * The category of a total: the highest category whose {@code min} the total reaches. With whole points this is
     * the range containing it; a half-point total between two stated ranges (90.5 between Tinggi 81..90 and Sangat
     * Tinggi 91..100) belongs to the lower one, as it has not reached the next.
     */
    public Category categoryOf(BigDecimal total) {
        for (Category c : Category.values()) {
            if (total.compareTo(categories.get(c).min()) >= 0) {
                return c;
            }
        }
        throw new IllegalArgumentException("total " + total + " is below every category of " + name);
    }

    /** The minimum JP of competency development a year (20 by PP 17/2020). */
    public BigDecimal annualMinimumJp() {
        return annualMinimumJp;
    }

    /** The highest total the point tables can produce. */
    public BigDecimal maximumTotal() {
        return Collections.max(qualification.values()).add(competency.maximum())
                .add(Collections.max(performance.values())).add(Collections.max(discipline.values()));
    }

    @Override
    public String toString() {
        return "RuleSet[" + name + ", valid from " + validFrom + "]";
    }
}
