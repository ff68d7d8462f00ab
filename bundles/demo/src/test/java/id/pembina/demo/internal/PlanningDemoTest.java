package id.pembina.demo.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.io.BufferedReader;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;

import id.pembina.planning.api.Competencies;
import id.pembina.planning.api.CompetencyRequirement;
import id.pembina.platform.api.ImportResult;

public class PlanningDemoTest {

    private final List<String> imported = new ArrayList<>();
    private List<CompetencyRequirement> existing = List.of();

    /** Answers requirements() with {@link #existing}, records importRequirements' CSV; refuses the rest. */
    private Competencies competencies() {
        return (Competencies) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Competencies.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "requirements" -> existing;
                    case "importRequirements" -> {
                        String csv = new BufferedReader((Reader) args[0]).lines().collect(Collectors.joining("\n"));
                        imported.add(csv);
                        int rows = csv.split("\n").length - 1; // the header is not a row
                        yield new ImportResult(rows, rows, List.of());
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static DemoDataLoader.Config config(boolean enabled) {
        return new DemoDataLoader.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DemoDataLoader.Config.class;
            }

            @Override
            public boolean enabled() {
                return enabled;
            }
        };
    }

    /** 12 standards: 3 competencies for each of PELAKSANA, FUNGSIONAL, PENGAWAS and ADMINISTRATOR (4 x 3). */
    @Test
    public void anEmptyStandardGetsTheDemoRequirementsOnce() {
        new PlanningDemo(competencies(), config(true));
        assertEquals(1, imported.size());
        String[] lines = imported.get(0).split("\n");
        assertEquals("positionTitle,positionType,competency,name,level", lines[0]);
        assertEquals(1 + 12, lines.length);
        assertEquals(3, java.util.Arrays.stream(lines).filter(l -> l.startsWith(",ADMINISTRATOR,")).count());
    }

    @Test
    public void existingStandardsOrADisabledDemoAreLeftAlone() {
        new PlanningDemo(competencies(), config(false));
        assertEquals(0, imported.size());
        existing = List.of(new CompetencyRequirement(null, "PELAKSANA", "X", "X", 1));
        assertNull(new PlanningDemo(competencies(), config(true)).load());
        assertEquals(0, imported.size());
    }
}
