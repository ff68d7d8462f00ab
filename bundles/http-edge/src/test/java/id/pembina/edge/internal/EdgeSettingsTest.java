package id.pembina.edge.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;

import org.junit.Test;

public class EdgeSettingsTest {

    private static EdgeSettings settings(String[] served, String[] origins, long hsts) {
        return new EdgeSettings(new EdgeSettings.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EdgeSettings.Config.class;
            }

            @Override
            public long hsts_max_age() {
                return hsts;
            }

            @Override
            public String[] served_paths() {
                return served;
            }

            @Override
            public String[] allowed_origins() {
                return origins;
            }
        });
    }

    @Test
    public void servesOnlyUnderItsPathsAndLeadsHomeToTheFirst() {
        EdgeSettings s = settings(new String[] { "/pembina", "/api/v1/" }, new String[0], 31_536_000L);
        assertTrue(s.served("/api/v1"));
        assertTrue(s.served("/api/v1/units"));
        assertTrue(s.served("/pembina/"));
        assertFalse(s.served("/api/v10"));
        assertFalse(s.served("/cxf/services"));
        assertFalse(s.served("/"));
        assertFalse(s.served("/pembinax"));
        assertEquals("/pembina/", s.home());
    }

    @Test
    public void aCfgFileGivesCommaSeparatedValues() {
        EdgeSettings s = settings(new String[] { "/pembina, /api/v1, /bench" },
                new String[] { " HTTPS://Pembina.Example.go.id , https://b.example" }, -5);
        assertTrue(s.served("/bench/x"));
        assertEquals(Set.of("https://pembina.example.go.id", "https://b.example"), s.allowedOrigins());
        assertEquals(0, s.hstsSeconds()); // a negative age sends no HSTS
        assertEquals(List.of("a", "b"), EdgeSettings.values(new String[] { "a,", " b ", "" }));
    }
}
