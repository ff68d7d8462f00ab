package id.pembina.planning.shell.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import id.pembina.participant.api.Nip;
import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AccessDeniedException;

/** What every planning command shares: refusals printed in both languages, rupiah, the default year. */
final class Console {

    private Console() {
    }

    /** Runs a command's work; a refusal is printed (both languages) instead of a stack trace. */
    static Object run(Messages messages, Callable<Object> work) throws Exception {
        try {
            return work.call();
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (ImportRefusedException e) {
            System.err.println(messages.bilingual("planning.console.importRefused"));
            for (ImportResult.RowError r : e.result().errors()) {
                System.err.println("  " + messages.bilingual("planning.console.line", r.line()) + ": "
                        + messages.bilingual(r.error()));
            }
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("planning.console.notFound", e.getMessage()));
        } catch (AccessDeniedException e) {
            System.err.println(messages.bilingual(e.code(), e.args()));
        }
        return null;
    }

    /** @return the year given, or this year in WIB */
    static int year(Integer year) {
        return year == null ? LocalDate.now(Nip.WIB).getYear() : year;
    }

    /** Rp 1.234.567,50 as Indonesian write it. */
    static String rupiah(BigDecimal amount) {
        if (amount == null) {
            return "-";
        }
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("id-ID")));
        return "Rp " + f.format(amount);
    }
}
