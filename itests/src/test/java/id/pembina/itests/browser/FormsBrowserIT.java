package id.pembina.itests.browser;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;

import id.pembina.itests.Tls;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A participant on a 360 × 740 px phone: opens the session's link, identifies, fills the reaction questionnaire
 * and the pre-test in headless Chromium; no page scrolls sideways.
 */
public class FormsBrowserIT {

    private static final String NIP = "198707172012011003";

    private static FormsBrowserDistribution server;

    @BeforeClass
    public static void startServer() throws Exception {
        server = FormsBrowserDistribution.start("browser-forms");
    }

    @AfterClass
    public static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    public void aReactionAndAPreTestFilledOnAPhone() throws Exception {
        FormsBrowserDistribution.await("MANWAKTU offered",
                () -> server.api("GET", "programs/MANWAKTU", null).statusCode() == 200, null);
        String program = server.api("GET", "programs/MANWAKTU", null).body();
        assertEquals(201, server.api("POST", "units", "{\"code\":\"UI-FORMS\",\"name\":\"Seksi Uji Peramban\"}").statusCode());
        HttpResponse<String> person = server.api("POST", "participants", "{\"nip\":\"" + NIP + "\",\"name\":\"Tiur Simanjuntak\","
                + "\"unitCode\":\"UI-FORMS\",\"positionTitle\":\"Pengadministrasi Umum\",\"positionType\":\"PELAKSANA\","
                + "\"rank\":\"III/a\",\"education\":\"S1\"}");
        assertEquals(person.body(), 201, person.statusCode());
        HttpResponse<String> created = server.api("POST", "sessions", "{\"programCode\":\"MANWAKTU\",\"start\":\"2026-06-15T08:00:00\","
                + "\"end\":\"2026-06-15T16:00:00\",\"venue\":\"Aula Kecamatan Medan Marelan, Jalan Marelan Raya Pasar Nomor 4\",\"capacity\":5}");
        assertEquals(created.body(), 201, created.statusCode());
        String session = created.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1");
        assertEquals(200, server.api("POST", "sessions/" + session + "/enrollments", "{\"nip\":\"" + NIP + "\"}").statusCode());
        // she was there: only participants who attended answer the reaction questionnaire
        assertEquals(200, server.api("PUT", "sessions/" + session + "/attendance",
                "[{\"nip\":\"" + NIP + "\",\"meeting\":1,\"present\":true}]").statusCode());
        // the REST resource and the forms' servlet register on their own, maybe after the rest of the API
        FormsBrowserDistribution.await("the form link", () -> server.api("GET", "sessions/" + session + "/form-link", null)
                .statusCode() == 200, null);
        String link = server.api("GET", "sessions/" + session + "/form-link", null).body();
        String url = field(link, "url");
        FormsBrowserDistribution.await("the form page", () -> Tls.client().build().send(
                HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200, null);
        String room = field(link, "roomCode");

        // option 0 for every pre-test item: the score is the points of the items whose key is 0
        int expectedScore = 0;
        int maxPoints = 0;
        Matcher key = Pattern.compile("\"answerIndex\":(\\d+),\"points\":(\\d+)")
                .matcher(program.substring(program.indexOf("\"knowledgeTest\"")));
        while (key.find()) {
            int points = Integer.parseInt(key.group(2));
            maxPoints += points;
            expectedScore += key.group(1).equals("0") ? points : 0;
        }

        try (FormsBrowserSupport phone = new FormsBrowserSupport("forms")) {
            phone.driver.get(url);
            phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("nip")));
            assertEquals(FormsBrowserSupport.WIDTH, phone.viewportWidth());
            assertEquals("identification page", 0, phone.horizontalOverflow());
            phone.screenshot("1-identify");
            phone.driver.findElement(By.id("nip")).sendKeys(NIP);
            phone.driver.findElement(By.id("code")).sendKeys(room);
            phone.driver.findElement(By.cssSelector("button[type=submit]")).click();

            phone.wait.until(ExpectedConditions.elementToBeClickable(By.id("open-reaction"))).click();
            List<WebElement> questions = phone.wait.until(
                    ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector("fieldset.question")));
            assertTrue(questions.size() > 0);
            assertEquals("reaction questionnaire", 0, phone.horizontalOverflow());
            for (WebElement q : questions) {
                q.findElement(By.cssSelector("input[value='4']")).click();
            }
            phone.driver.findElement(By.id("comment")).sendKeys("Materi mudah diterapkan di kantor kelurahan.");
            phone.screenshot("2-reaction");
            phone.driver.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement thanks = phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.ok")));
            assertEquals("Terima kasih: kuesioner Anda telah tersimpan.", thanks.getText());
            assertEquals("menu", 0, phone.horizontalOverflow());

            phone.driver.findElement(By.id("open-pretest")).click();
            List<WebElement> items = phone.wait.until(
                    ExpectedConditions.visibilityOfAllElementsLocatedBy(By.cssSelector("fieldset.question")));
            assertEquals("pre-test", 0, phone.horizontalOverflow());
            for (WebElement item : items) {
                item.findElement(By.cssSelector("input[value='0']")).click();
            }
            phone.screenshot("3-pretest");
            phone.driver.findElement(By.cssSelector("button[type=submit]")).click();
            thanks = phone.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.ok")));
            assertEquals("Terima kasih: pre-test Anda telah tersimpan.", thanks.getText());
            String menu = phone.driver.findElement(By.cssSelector("ul.forms")).getText();
            assertTrue(menu, menu.contains("Terkirim · nilai " + expectedScore + "/" + maxPoints));
            phone.screenshot("4-menu");
        }
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        assertTrue(json, m.find());
        return m.group(1);
    }
}
