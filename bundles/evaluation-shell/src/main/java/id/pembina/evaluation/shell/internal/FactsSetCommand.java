package id.pembina.evaluation.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import id.pembina.evaluation.api.DisciplineSanction;
import id.pembina.evaluation.api.PerformanceRating;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.YearFacts;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.registry.shell.completers.NipCompleter;

/** A participant's performance rating and discipline sanction of a year (as {@code PUT /participants/{nip}/facts/{year}}). */
@Service
@Command(scope = "pembina", name = "facts-set",
        description = "Predikat kinerja dan hukuman disiplin setahun / Performance rating and discipline sanction of a year")
public class FactsSetCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "nip", required = true, description = "NIP peserta / The participant's NIP")
    @Completion(NipCompleter.class)
    String nip;

    @Argument(index = 1, name = "year", required = true, description = "Tahun / Year")
    String year;

    @Option(name = "-p", aliases = "--performance", required = true,
            description = "VERY_GOOD, GOOD, NEEDS_IMPROVEMENT, POOR, VERY_POOR")
    @Completion(value = StringsCompleter.class, values = { "VERY_GOOD", "GOOD", "NEEDS_IMPROVEMENT", "POOR", "VERY_POOR" })
    String performance;

    @Option(name = "-d", aliases = "--discipline", required = true, description = "NONE, LIGHT, MEDIUM, HEAVY")
    @Completion(value = StringsCompleter.class, values = { "NONE", "LIGHT", "MEDIUM", "HEAVY" })
    String discipline;

    @Override
    public Object execute() {
        try {
            YearFacts f = evaluation.recordYearFacts(facts());
            System.out.println(messages.bilingual("evaluation.console.factsSet", f.nip(), f.year(), f.performance(),
                    f.discipline()));
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("evaluation.console.participantNotFound", nip));
        }
        return null;
    }

    /** @throws ValidationException naming every option that cannot be read */
    YearFacts facts() {
        int y = Years.year("year", year);
        return new YearFacts(nip, y, Enums.parse("performance", PerformanceRating.class, performance),
                Enums.parse("discipline", DisciplineSanction.class, discipline));
    }
}
