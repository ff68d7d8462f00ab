package id.pembina.evaluation.shell.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import id.pembina.evaluation.api.TrainingType;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.ExternalTraining;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.registry.shell.completers.NipCompleter;

/** Training not run in Pembina, for JP and the IP ASN index (as {@code POST /participants/{nip}/external-trainings}). */
@Service
@Command(scope = "pembina", name = "external-training-add",
        description = "Catat pelatihan di luar Pembina / Record a training held outside Pembina")
public class ExternalTrainingAddCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "nip", required = true, description = "NIP peserta / The participant's NIP")
    @Completion(NipCompleter.class)
    String nip;

    @Argument(index = 1, name = "title", required = true, description = "Judul pelatihan / Training title")
    String title;

    @Option(name = "-t", aliases = "--type", required = true, description = "LEADERSHIP, FUNCTIONAL, TECHNICAL, SEMINAR")
    @Completion(value = StringsCompleter.class, values = { "LEADERSHIP", "FUNCTIONAL", "TECHNICAL", "SEMINAR" })
    String type;

    @Option(name = "-j", aliases = "--jp", required = true, description = "JP, mis. 24 / JP, e.g. 24")
    String jp;

    @Option(name = "-d", aliases = "--date", required = true, description = "Tanggal (YYYY-MM-DD) / Date")
    String date;

    @Option(name = "-c", aliases = "--certificate", description = "Nomor sertifikat / Certificate number")
    String certificate;

    @Override
    public Object execute() {
        try {
            ExternalTraining t = evaluation.addExternalTraining(training());
            System.out.println(messages.bilingual("evaluation.console.externalAdded", t.id(), t.nip(), t.title(),
                    t.jp().toPlainString()));
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("evaluation.console.participantNotFound", nip));
        }
        return null;
    }

    /** @throws ValidationException for a type, JP or date that cannot be read */
    ExternalTraining training() {
        LocalDate d;
        try {
            d = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException(FieldError.of("date", "invalidDate", date));
        }
        return new ExternalTraining(null, nip, title, Enums.parse("type", TrainingType.class, type),
                Amounts.parse("jp", jp), d, certificate);
    }
}
