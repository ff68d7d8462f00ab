package id.pembina.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.FollowUpSubmission;
import id.pembina.evaluation.data.api.ReactionSubmission;
import id.pembina.evaluation.data.api.TestSubmission;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

/**
 * Reads the posted forms into the evaluation service's submissions. The inputs are named as the service names
 * its fields ({@code values.<item>}, {@code choices.<item>}, {@code ratings.<indicator>}, {@code comment},
 * {@code version}), so that a refusal of the service lands beside its input. Only what a browser cannot send
 * by itself (a value that is not a whole number, i.e. an edited page) is refused here; every rule of the
 * answers (items present, ranges, enrollment, one response per participant) is the service's.
 */
final class AnswerForms {

    private AnswerForms() {
    }

    /** A blank Likert answer is left out, so that the service refuses it as missing. */
    static ReactionSubmission reaction(String nip, Function<String, String> form, ReactionQuestionnaire q) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> values = new LinkedHashMap<>();
        for (ReactionQuestionnaire.LikertItem item : q.items()) {
            Integer v = number(form, "values." + item.id(), errors);
            if (v != null) {
                values.put(item.id(), v);
            }
        }
        refuse(errors);
        String comment = blankToNull(form.apply("comment"));
        return new ReactionSubmission(nip, version(form), values, comment);
    }

    /** A blank test answer is kept as null: the service scores an unanswered item as incorrect. */
    static TestSubmission test(String nip, Function<String, String> form, KnowledgeTest test) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> choices = new LinkedHashMap<>();
        for (KnowledgeTest.TestItem item : test.items()) {
            choices.put(item.id(), number(form, "choices." + item.id(), errors));
        }
        refuse(errors);
        return new TestSubmission(nip, version(form), choices);
    }

    /** A blank rating is left out, so that the service refuses it as missing. */
    static FollowUpSubmission followUp(long sessionId, String nip, String supervisorNip, FollowUpPhase phase,
            Integer weeksAfterSession, Function<String, String> form, BehaviourChecklist checklist) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (BehaviourChecklist.BehaviourIndicator indicator : checklist.indicators()) {
            Integer v = number(form, "ratings." + indicator.id(), errors);
            if (v != null) {
                ratings.put(indicator.id(), v);
            }
        }
        refuse(errors);
        return new FollowUpSubmission(sessionId, nip, supervisorNip, phase,
                phase == FollowUpPhase.AFTER ? weeksAfterSession : null, version(form), ratings);
    }

    private static Integer number(Function<String, String> form, String field, List<FieldError> errors) {
        String raw = blankToNull(form.apply(field));
        if (raw == null) {
            return null;
        }
        try {
            return Integer.valueOf(raw);
        } catch (NumberFormatException e) {
            errors.add(FieldError.of(field, "forms.notAChoice"));
            return null;
        }
    }

    private static String version(Function<String, String> form) {
        return blankToNull(form.apply("version"));
    }

    private static void refuse(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
