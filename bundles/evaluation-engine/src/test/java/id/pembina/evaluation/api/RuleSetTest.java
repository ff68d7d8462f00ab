package id.pembina.evaluation.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.Test;

public class RuleSetTest {

    private static RuleSet with(String... keyValues) {
        Map<String, String> p = RuleSet.defaultProperties();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] == null) {
                p.remove(keyValues[i]);
            } else {
                p.put(keyValues[i], keyValues[i + 1]);
            }
        }
        return RuleSet.fromProperties(p);
    }

    @Test
    public void defaultsHoldTheDomainTables() {
        RuleSet r = RuleSet.defaults();
        assertEquals("IP ASN PermenPAN-RB 38/2018 default", r.name());
        assertEquals(LocalDate.of(2019, 1, 1), r.validFrom());
        int[] qualification = { 1, 1, 5, 5, 5, 10, 15, 15, 20, 25 }; // SD SMP SMA D1 D2 D3 D4 S1 S2 S3
        for (Education e : Education.values()) {
            assertEquals(e.name(), d(qualification[e.ordinal()]), r.qualificationPoints(e));
        }
        assertEquals(new CompetencyRules(d(15), 0, d(15), 0, d(15), new BigDecimal("20"), 1, d(10), 2, d(30), d(10), d(40)),
                r.competency());
        assertEquals(d(30), r.performancePoints(PerformanceRating.VERY_GOOD));
        assertEquals(d(25), r.performancePoints(PerformanceRating.GOOD));
        assertEquals(d(5), r.disciplinePoints(DisciplineSanction.NONE));
        assertEquals(d(1), r.disciplinePoints(DisciplineSanction.HEAVY));
        assertEquals(new CategoryRange(d(91), d(100)), r.categoryRange(Category.SANGAT_TINGGI));
        assertEquals(new CategoryRange(d(0), d(60)), r.categoryRange(Category.SANGAT_RENDAH));
        assertEquals(new BigDecimal("20"), r.annualMinimumJp());
        assertEquals(d(100), r.maximumTotal()); // 25 + 40 + 30 + 5
    }

    @Test
    public void categoriesAtTheirBounds() {
        RuleSet r = RuleSet.defaults();
        assertEquals(Category.SANGAT_TINGGI, r.categoryOf(d(100)));
        assertEquals(Category.SANGAT_TINGGI, r.categoryOf(d(91)));
        assertEquals(Category.TINGGI, r.categoryOf(d(90)));
        assertEquals(Category.TINGGI, r.categoryOf(d(81)));
        assertEquals(Category.SEDANG, r.categoryOf(d(80)));
        assertEquals(Category.SEDANG, r.categoryOf(d(71)));
        assertEquals(Category.RENDAH, r.categoryOf(d(70)));
        assertEquals(Category.RENDAH, r.categoryOf(d(61)));
        assertEquals(Category.SANGAT_RENDAH, r.categoryOf(d(60)));
        assertEquals(Category.SANGAT_RENDAH, r.categoryOf(d(0)));
        // Half points: a total that has not reached the next category's minimum stays in the one below.
        assertEquals(Category.TINGGI, r.categoryOf(new BigDecimal("90.5")));
        assertEquals(Category.RENDAH, r.categoryOf(new BigDecimal("70.5")));
        assertThrows(IllegalArgumentException.class, () -> r.categoryOf(d(-1)));
    }

    @Test
    public void theEtcCopyEqualsTheBundledDefaults() throws IOException {
        Properties cfg = new Properties();
        try (InputStream in = RuleSet.class.getResourceAsStream("/id.pembina.evaluation.ipasn-default.cfg")) {
            cfg.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Map<String, String> etc = new HashMap<>();
        cfg.stringPropertyNames().forEach(k -> etc.put(k, cfg.getProperty(k)));
        assertEquals(RuleSet.defaultProperties(), etc);
    }

    @Test
    public void configAdminKeysOutsideTheFormatAreIgnored() {
        Map<String, Object> p = new HashMap<>(RuleSet.defaultProperties());
        p.put("service.pid", "id.pembina.evaluation.ipasn");
        p.put("felix.fileinstall.filename", "file:/opt/karaf/etc/id.pembina.evaluation.ipasn.cfg");
        p.put("competency.max", 40); // a non-string value as ConfigAdmin may hand over
        assertEquals(d(40), RuleSet.fromProperties(p).competency().maximum());
        p.put("competency.max", 40.0); // a Double, as a metatype-typed console hands it over: still 40
        assertEquals(d(40), RuleSet.fromProperties(p).competency().maximum());
    }

    @Test
    public void aRuleSetIsChangedByConfigurationOnly() {
        RuleSet r = with("name", "IP ASN 2024", "validFrom", "2024-07-01", "qualification.S1", "18");
        assertEquals("IP ASN 2024", r.name());
        assertEquals(d(18), r.qualificationPoints(Education.S1));
    }

    @Test
    public void halfPointsAreHeld() {
        // Some published tables use 22.5 and 17.5: held exactly, "17.50" is 17.5.
        RuleSet r = with("performance.GOOD", "22.5", "qualification.S1", "17.50");
        assertEquals(new BigDecimal("22.5"), r.performancePoints(PerformanceRating.GOOD));
        assertEquals(new BigDecimal("17.5"), r.qualificationPoints(Education.S1));
    }

    private static BigDecimal d(int points) {
        return BigDecimal.valueOf(points);
    }

    @Test
    public void errorsNameTheKeys() {
        assertMessage("missing qualification.S3", () -> with("qualification.S3", null));
        assertMessage("unknown key qualification.S4", () -> with("qualification.S4", "30"));
        assertMessage("performance.GOOD is not a number", () -> with("performance.GOOD", "dua puluh"));
        assertMessage("validFrom is not a date", () -> with("validFrom", "01-01-2019"));
        assertMessage("must not be negative", () -> with("discipline.HEAVY", "-1"));
        // a gap between 80 and 82
        assertMessage("category TINGGI must start above 80 and at most 81: 82", () -> with("category.TINGGI.min", "82"));
        assertMessage("competency.technical.windowYears is not a whole number",
                () -> with("competency.technical.windowYears", "1.5"));
        // points reaching 105 while the top category ends at 100
        assertMessage("must reach the highest possible total 105", () -> with("qualification.S3", "30"));
    }

    @Test
    public void theRuleSetValidOnADateIsTheLatestStartedOne() {
        RuleSet old = RuleSet.defaults();
        RuleSet newer = with("name", "IP ASN 2024", "validFrom", "2024-07-01");
        RuleSets sets = RuleSets.of(newer, old);
        assertEquals(old, sets.validOn(LocalDate.of(2024, 6, 30)));
        assertEquals(newer, sets.validOn(LocalDate.of(2024, 7, 1)));
        assertEquals(old, sets.forYear(2023));
        assertEquals(newer, sets.forYear(2024)); // in force on 31 December 2024
        assertEquals(2, sets.all().size());
        assertThrows(IllegalArgumentException.class, () -> sets.validOn(LocalDate.of(2018, 12, 31)));
        assertThrows(IllegalArgumentException.class, () -> RuleSets.of(old, with("name", "twin")));
        assertThrows(IllegalArgumentException.class, () -> RuleSets.of());
    }

    private static void assertMessage(String part, org.junit.function.ThrowingRunnable parse) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, parse);
        assertTrue(e.getMessage(), e.getMessage().contains(part));
    }
}
