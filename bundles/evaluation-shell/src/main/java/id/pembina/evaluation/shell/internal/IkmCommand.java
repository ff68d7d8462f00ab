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

import id.pembina.evaluation.data.api.IkmAnswer;
import id.pembina.evaluation.data.api.IkmSurvey;
import id.pembina.evaluation.data.api.IkmSurveys;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.ValidationException;
import id.pembina.registry.shell.completers.UnitCodeCompleter;

/**
 * A unit's IKM: every period, one period, or one respondent's answers added (as {@code /ikm/{unit}}), or a CSV file
 * imported ({@code --import}).
 */
@Service
@Command(scope = "pembina", name = "ikm",
        description = "IKM unit: tampilkan, tambah jawaban (-r) atau impor CSV (-i) / A unit's IKM: show, add (-r), import (-i)")
public class IkmCommand implements Action {

    @Reference
    IkmSurveys surveys;

    @Reference
    Messages messages;

    @Option(name = "-r", aliases = "--respondent", description = "Nomor kuesioner: simpan 9 nilai / Form number: store 9 ratings")
    String respondent;

    @Option(name = "-i", aliases = "--import", description = "Berkas CSV respondentId,u1..u9 / CSV file")
    String file;

    @Argument(index = 0, name = "unit", required = true, description = "Kode unit / Unit code")
    @Completion(UnitCodeCompleter.class)
    String unit;

    @Argument(index = 1, name = "period", description = "YYYY-MM")
    String period;

    @Argument(index = 2, name = "ratings", multiValued = true, description = "U1..U9, nilai 1-4 / ratings 1-4")
    List<String> ratings;

    @Override
    public Object execute() throws Exception {
        Refusals.print(messages, () -> {
            if (period == null) {
                surveys.history(unit).forEach(s -> System.out.println(line(s)));
            } else if (file != null) {
                try (var in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of(file))) {
                    var r = surveys.importCsv(unit, period, in);
                    System.out.println(messages.bilingual("evaluation.console.imported", r.imported(), r.rows()));
                    r.errors().forEach(e -> System.err.println(e.line() + ": " + messages.bilingual(e.error())));
                }
            } else if (respondent != null) {
                System.out.println(line(surveys.record(unit, period, List.of(answer(respondent, ratings)))));
            } else {
                System.out.println(line(surveys.ikm(unit, period)));
            }
        });
        return null;
    }

    static IkmAnswer answer(String respondent, List<String> values) {
        List<Integer> out = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            try {
                out.add(Integer.valueOf(v.strip()));
            } catch (NumberFormatException e) {
                throw new ValidationException(FieldError.of("ratings", "evaluation.console.invalid", v));
            }
        }
        return new IkmAnswer(respondent, out);
    }

    /** {@code UNIT PERIOD n=.. IKM 87.50 B} */
    static String line(IkmSurvey s) {
        var r = s.result();
        return String.format("%s %s n=%d IKM %s %s", s.unitCode(), s.period(), r.n(), Text.plain(r.index()),
                r.grade() == null ? "-" : r.grade().name());
    }
}
