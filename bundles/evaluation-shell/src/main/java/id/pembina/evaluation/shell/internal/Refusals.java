package id.pembina.evaluation.shell.internal;

import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AccessDeniedException;

/** Runs a command's work and prints a refusal as the console shows them (both languages), nothing else. */
final class Refusals {

    @FunctionalInterface
    interface Work {
        void run() throws java.io.IOException;
    }

    private Refusals() {
    }

    static void print(Messages messages, Work work) throws java.io.IOException {
        try {
            work.run();
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("evaluation.console.notFound", e.key()));
        } catch (ConflictException e) {
            System.err.println(messages.bilingual("evaluation.console.conflict", e.key()));
        } catch (java.time.format.DateTimeParseException e) {
            System.err.println(messages.bilingual("evaluation.console.invalidDate", e.getParsedString()));
        } catch (AccessDeniedException e) {
            System.err.println(messages.bilingual(e.code(), e.args()));
        }
    }
}
