package id.pembina.edge.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import org.junit.Test;

public class EdgeSettingsTest {

    @Test
    public void servesOnlyUnderItsPathsAndLeadsHomeToTheFirst() {
        EdgeSettings s = EdgeSettings.DEFAULTS;
        assertTrue(s.served("/api/v1"));
        assertTrue(s.served("/api/v1/units"));
        assertTrue(s.served("/pembina/"));
        assertFalse(s.served("/api/v10"));
        assertFalse(s.served("/cxf/services"));
        assertFalse(s.served("/"));
        assertFalse(s.served("/pembinax"));
        assertEquals("/pembina/", s.home());
        assertEquals(31_536_000L, s.hstsSeconds());
        assertEquals(EdgeSettings.DEFAULTS, EdgeSettings.of(null));
    }

    @Test
    public void aCfgFileGivesCommaSeparatedValues() {
        Hashtable<String, Object> cfg = new Hashtable<>();
        cfg.put("served.paths", "/pembina, /api/v1/, /bench");
        cfg.put("allowed.origins", " HTTPS://Pembina.Example.go.id , https://b.example");
        cfg.put("hsts.max.age", "-5");
        EdgeSettings s = EdgeSettings.of(cfg);
        assertTrue(s.served("/bench/x"));
        assertTrue(s.served("/api/v1/units"));
        assertEquals(Set.of("https://pembina.example.go.id", "https://b.example"), s.allowedOrigins());
        assertEquals(0, s.hstsSeconds()); // a negative age sends no HSTS
        assertEquals(List.of("a", "b"), EdgeSettings.values(new String[] { "a,", " b ", "" }));
    }

    @Test
    public void whatAConfigurationLeavesOutKeepsItsDefault() {
        Hashtable<String, Object> cfg = new Hashtable<>();
        cfg.put("hsts.max.age", "not a number");
        cfg.put("allowed.origins", new String[] { "https://a.example" });
        EdgeSettings s = EdgeSettings.of(cfg);
        assertEquals(31_536_000L, s.hstsSeconds());
        assertTrue(s.served("/pembina/login"));
        assertEquals(Set.of("https://a.example"), s.allowedOrigins());
    }
}
