package id.pembina.forms.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.Test;

import id.pembina.platform.api.BundleMessages;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Languages;
import id.pembina.platform.api.Messages;

/** The pages as the templates render them, with the real texts of this bundle and of the evaluation service. */
public class TemplatesTest {

    static final Messages MESSAGES = Messages.of(List.of(
            new BundleMessages("id.pembina.forms.internal.texts", TemplatesTest.class.getClassLoader()),
            new BundleMessages("id.pembina.evaluation.data.internal.messages", TemplatesTest.class.getClassLoader()),
            BundleMessages.PLATFORM));

    private final Templates templates = new Templates(MESSAGES);

    private Map<String, Object> reactionPage(Locale locale, Fields errors, Map<String, String> posted) {
        Map<String, Object> m = new HashMap<>();
        m.put("csrf", "TOKEN");
        m.put("switchHref", "/pembina/forms/s/1.x/reaction?lang=en");
        m.put("css", "/pembina/forms/static/forms.css");
        m.put("home", "/pembina/forms/s/1.x");
        m.put("session", Map.of("title", "Manajemen Waktu", "dates", "4 Mei 2026", "venue", "Aula"));
        m.put("form", "reaction");
        m.put("version", "1.0");
        m.put("comment", "");
        m.put("notice", "");
        m.put("errors", errors.byField());
        m.put("general", errors.general());
        m.put("items", QuestionModels.reaction(AnswerFormsTest.REACTION, posted, locale, templates));
        return m;
    }

    @Test
    public void aReactionItemIsAFieldsetOfFiveLabelledRadios() {
        String html = templates.render("questions", reactionPage(Languages.INDONESIAN, Fields.NONE, Map.of("values.r2", "4")),
                Languages.INDONESIAN);
        assertTrue(html, html.strip().startsWith("<!DOCTYPE html>\n<html lang=\"id\">"));
        assertTrue(html, html.contains("<fieldset class=\"question\" id=\"values-r1\">\n"
                + "  <legend>Materi sesuai kebutuhan &lt;b&gt;kerja&lt;/b&gt;</legend>\n"
                + "  <label class=\"choice\"><input type=\"radio\" name=\"values.r1\" value=\"1\"> <span>1 – Sangat tidak setuju</span></label>\n"));
        assertTrue(html, html.contains("<label class=\"choice\"><input type=\"radio\" name=\"values.r2\" value=\"4\" checked> "
                + "<span>4 – Setuju</span></label>"));
        assertTrue(html, html.contains("<input type=\"hidden\" name=\"csrf\" value=\"TOKEN\">"));
        assertTrue(html, html.contains("<input type=\"hidden\" name=\"version\" value=\"1.0\">"));
        assertTrue(html, html.contains("<a class=\"lang\" href=\"/pembina/forms/s/1.x/reaction?lang=en\" hreflang=\"en\" lang=\"en\">English</a>"));
        assertFalse(html, html.contains("class=\"error\""));
    }

    @Test
    public void theServicesRefusalIsShownBesideItsQuestionInTheChosenLanguage() {
        Fields errors = Fields.of(List.of(FieldError.of("values.r1", "evaluation.itemMissing", "r1", "1.0"),
                FieldError.of("nip", "evaluation.notEnrolled", "1990", "7")), Set.of("values.r1", "values.r2", "comment"),
                MESSAGES, Locale.ENGLISH);
        String html = templates.render("questions", reactionPage(Locale.ENGLISH, errors, Map.of()), Locale.ENGLISH);
        assertTrue(html, html.contains("<fieldset class=\"question invalid\" id=\"values-r1\" aria-describedby=\"values-r1-error\">"));
        assertTrue(html, html.contains("<p class=\"error\" id=\"values-r1-error\">Choose an answer</p>"));
        assertTrue(html, html.contains("<div class=\"errors\" role=\"alert\"><p>Participant 1990 holds no seat in session 7</p></div>"));
        assertTrue(html, html.contains("<span>5 – Strongly agree</span>"));
    }

    @Test
    public void theProblemPageSaysItInBothLanguages() {
        Map<String, Object> m = new HashMap<>();
        m.put("csrf", "T");
        m.put("switchHref", "/pembina/forms/s/1.bad?lang=en");
        m.put("css", "/c.css");
        m.put("titleId", MESSAGES.text(Languages.INDONESIAN, "forms.badLink"));
        m.put("titleEn", MESSAGES.text(Locale.ENGLISH, "forms.badLink"));
        m.put("hintId", "a");
        m.put("hintEn", "b");
        String html = templates.render("problem", m, Languages.INDONESIAN);
        assertTrue(html, html.contains("<h1 lang=\"id\">Tautan ini tidak berlaku</h1>"));
        assertTrue(html, html.contains("<h2 lang=\"en\">This link is not valid</h2>"));
        assertEquals(1, html.split("<title>Tautan ini tidak berlaku · Pembina</title>", -1).length - 1);
    }
}
