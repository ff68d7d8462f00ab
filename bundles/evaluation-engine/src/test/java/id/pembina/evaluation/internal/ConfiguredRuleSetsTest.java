package id.pembina.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import id.pembina.evaluation.api.RuleSet;

public class ConfiguredRuleSetsTest {

    private static Map<String, Object> config(String name, String validFrom) {
        Map<String, Object> d = new HashMap<>();
        for (Map.Entry<String, String> e : RuleSet.defaultProperties().entrySet()) {
            d.put(e.getKey(), e.getValue());
        }
        d.put("name", name);
        d.put("validFrom", validFrom);
        d.put("service.pid", "id.pembina.evaluation.ipasn.x"); // ConfigAdmin's own keys are ignored
        return d;
    }

    @Test
    public void defaultsWithoutConfiguration() {
        ConfiguredRuleSets source = new ConfiguredRuleSets();
        assertEquals(List.of(RuleSet.defaults().name()), source.ruleSets().all().stream().map(RuleSet::name).toList());
    }

    @Test
    public void configuredRuleSetsAreChosenByDate() throws Exception {
        ConfiguredRuleSets source = new ConfiguredRuleSets();
        source.addRuleSet(new IpAsnRuleSet(config("PermenPANRB-38-2018", "2018-01-01")));
        IpAsnRuleSet revision = new IpAsnRuleSet(config("Revisi-2025", "2025-01-01"));
        source.addRuleSet(revision);
        assertEquals("PermenPANRB-38-2018", source.ruleSets().validOn(LocalDate.of(2024, 12, 31)).name());
        assertEquals("Revisi-2025", source.ruleSets().forYear(2025).name());

        source.removeRuleSet(revision);
        assertEquals("PermenPANRB-38-2018", source.ruleSets().forYear(2025).name());
    }

    @Test
    public void aBrokenRuleSetIsRefusedAndTheOthersStay() throws Exception {
        ConfiguredRuleSets source = new ConfiguredRuleSets();
        source.addRuleSet(new IpAsnRuleSet(config("PermenPANRB-38-2018", "2018-01-01")));
        Map<String, Object> broken = config("Rusak", "2025-01-01");
        broken.put("qualification.S3", "dua puluh lima");
        IpAsnRuleSet refused = new IpAsnRuleSet(broken);
        source.addRuleSet(refused);
        assertNull(refused.ruleSet());
        assertTrue(refused.problem(), refused.problem().contains("qualification.S3"));
        assertEquals(List.of("PermenPANRB-38-2018"), source.ruleSets().all().stream().map(RuleSet::name).toList());
    }

    @Test
    public void theMetatypeDefaultsAreTheShippedDefaultTable() throws Exception {
        Map<String, String> defaults = RuleSet.defaultProperties();
        int attributes = 0;
        for (java.lang.reflect.Method m : IpAsnRuleSetConfig.class.getDeclaredMethods()) {
            // metatype naming: "_" is ".", "__" is "_"
            String key = m.getName().replace("__", "\u0000").replace('_', '.').replace('\u0000', '_');
            assertTrue(key, defaults.containsKey(key));
            if (m.getDefaultValue() != null) {
                // points are typed double (half points), windows int: compare as numbers
                assertEquals(key, 0, new java.math.BigDecimal(defaults.get(key))
                        .compareTo(new java.math.BigDecimal(String.valueOf(m.getDefaultValue()))));
            }
            attributes++;
        }
        assertEquals(defaults.size(), attributes);
    }
}
