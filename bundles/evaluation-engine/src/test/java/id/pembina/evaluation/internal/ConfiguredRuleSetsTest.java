package id.pembina.evaluation.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.osgi.service.cm.ConfigurationException;

import id.pembina.evaluation.api.RuleSet;

public class ConfiguredRuleSetsTest {

    private static Hashtable<String, Object> config(String name, String validFrom) {
        Hashtable<String, Object> d = new Hashtable<>();
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
        source.updated("a", config("PermenPANRB-38-2018", "2018-01-01"));
        source.updated("b", config("Revisi-2025", "2025-01-01"));
        assertEquals("PermenPANRB-38-2018", source.ruleSets().validOn(LocalDate.of(2024, 12, 31)).name());
        assertEquals("Revisi-2025", source.ruleSets().forYear(2025).name());

        source.deleted("b");
        assertEquals("PermenPANRB-38-2018", source.ruleSets().forYear(2025).name());
    }

    @Test
    public void aBrokenRuleSetIsRefusedAndTheOthersStay() throws Exception {
        ConfiguredRuleSets source = new ConfiguredRuleSets();
        source.updated("a", config("PermenPANRB-38-2018", "2018-01-01"));
        Hashtable<String, Object> broken = config("Rusak", "2025-01-01");
        broken.put("qualification.S3", "dua puluh lima");
        assertThrows(ConfigurationException.class, () -> source.updated("b", broken));
        assertEquals(List.of("PermenPANRB-38-2018"), source.ruleSets().all().stream().map(RuleSet::name).toList());
    }
}
