package id.pembina.evaluation.shell.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.evaluation.api.ProfessionalismIndex;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.Transcript;
import id.pembina.evaluation.data.api.TranscriptEntry;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.registry.shell.completers.NipCompleter;

/** A participant's trainings, JP and IP ASN breakdown of a year (as {@code GET /participants/{nip}/transcript}). */
@Service
@Command(scope = "pembina", name = "transcript",
        description = "Riwayat pelatihan, JP dan IP ASN satu tahun / Training history, JP and IP ASN of a year")
public class TranscriptCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "nip", required = true, description = "NIP peserta / The participant's NIP")
    @Completion(NipCompleter.class)
    String nip;

    @Option(name = "-y", aliases = "--year", description = "Tahun, bawaan tahun ini / Year, this year by default")
    String year;

    @Override
    public Object execute() {
        try {
            lines(evaluation.transcript(nip, Years.year("year", year)), messages).forEach(System.out::println);
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("evaluation.console.participantNotFound", nip));
        }
        return null;
    }

    static List<String> lines(Transcript t, Messages messages) {
        List<String> out = new ArrayList<>();
        out.add(messages.bilingual("evaluation.console.transcript", t.participant().nip(), t.participant().name(), t.year()));
        for (TranscriptEntry e : t.trainings()) {
            out.add("  " + e.date() + "  " + (e.programCode() != null ? e.programCode() + " " : "") + e.title() + "  "
                    + e.type() + "  " + e.jp().toPlainString() + " JP"
                    + (e.certificateNumber() != null ? "  " + e.certificateNumber() : ""));
        }
        out.add(messages.bilingual(t.jpCompliant() ? "evaluation.console.jpMet" : "evaluation.console.jpShort",
                t.jpInYear().toPlainString(), t.minimumJp().toPlainString()));
        ProfessionalismIndex i = t.index();
        if (i == null) {
            out.add("IP ASN: " + messages.bilingual(t.notIndexedReason()));
        } else {
            out.add(messages.bilingual("evaluation.console.index", i.total(), i.category().label(), i.qualification(),
                    i.competency().total(), i.performance(), i.discipline(), t.ruleSet()));
        }
        return out;
    }
}
