package id.pembina.evaluation.shell.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.FollowUp;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.FollowUpSubmission;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.ValidationException;

/** A participant's ratings of their own behaviour (as {@code POST /followups/self-assessments}). */
@Service
@Command(scope = "pembina", name = "self-assessment-add",
        description = "Catat penilaian diri peserta (L3) / Record a participant's self-assessment (L3)")
public class SelfAssessmentAddCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

    @Reference
    Messages messages;

    @Option(name = "-w", aliases = "--weeks", description = "Minggu setelah sesi (AFTER, bawaan 12) / Weeks after the session")
    Integer weeks;

    @Option(name = "-v", aliases = "--version", description = "Versi daftar periksa / Checklist version")
    String version;

    @Argument(index = 0, name = "session", required = true, description = "ID sesi / Session id")
    long session;

    @Argument(index = 1, name = "nip", required = true, description = "NIP peserta / Participant's NIP")
    String nip;

    @Argument(index = 2, name = "phase", required = true, description = "BASELINE atau AFTER")
    String phase;

    @Argument(index = 3, name = "ratings", required = true, multiValued = true,
            description = "indikator=nilai 1-4, mis. b1=3 b2=4 / indicator=rating")
    List<String> ratings;

    /** The submission the arguments describe. */
    FollowUpSubmission submission() {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (String r : ratings) {
            int eq = r.indexOf('=');
            try {
                values.put(r.substring(0, eq).strip(), Integer.valueOf(r.substring(eq + 1).strip()));
            } catch (RuntimeException e) {
                throw new ValidationException(FieldError.of("ratings", "evaluation.console.invalid", r));
            }
        }
        return new FollowUpSubmission(session, nip, null, Enums.parse("phase", FollowUpPhase.class, phase), weeks,
                version, values);
    }

    @Override
    public Object execute() throws Exception {
        Refusals.print(messages, () -> {
            FollowUp f = evaluation.submitSelfAssessment(submission());
            System.out.println(messages.bilingual("evaluation.console.selfAdded", f.nip(), f.sessionId(), f.phase()));
        });
        return null;
    }
}
