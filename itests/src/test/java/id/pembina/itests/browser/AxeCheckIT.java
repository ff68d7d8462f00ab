package id.pembina.itests.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.Test;

/**
 * The accessibility check of the browser test can fail: axe-core, as BrowserSupport runs it, reports a
 * field without a label and text without contrast, and nothing on the same page once they are fixed.
 */
public class AxeCheckIT {

    @Test
    public void reportsSeriousViolationsAndOnlyThose() throws Exception {
        try (BrowserSupport browser = new BrowserSupport("", Path.of(System.getProperty("project.build.directory", "target"),
                "screenshots"))) {
            browser.open("data:text/html;charset=utf-8,<!doctype html><html lang=\"id\"><head><title>Uji</title></head>"
                    + "<body><main><h1>Uji</h1><input id=\"nip\"><p style=\"color:%23bbb;background:%23fff\">pucat</p></main></body></html>");
            List<String> problems = browser.accessibilityProblems();
            assertEquals(problems.toString(), 2, problems.size());
            assertTrue(problems.toString(), problems.stream().anyMatch(p -> p.startsWith("critical label:")));
            assertTrue(problems.toString(), problems.stream().anyMatch(p -> p.startsWith("serious color-contrast:")));

            browser.open("data:text/html;charset=utf-8,<!doctype html><html lang=\"id\"><head><title>Uji</title></head>"
                    + "<body><main><h1>Uji</h1><label for=\"nip\">NIP</label><input id=\"nip\">"
                    + "<p style=\"color:%23333;background:%23fff\">jelas</p></main></body></html>");
            assertEquals(List.of(), browser.accessibilityProblems());
        }
    }
}
