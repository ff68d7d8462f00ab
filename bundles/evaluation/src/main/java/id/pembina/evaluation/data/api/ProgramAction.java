package id.pembina.evaluation.data.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-through action of a programme: what was decided after an evaluation, who does it, by when, and how far
 * it went ({@code doneAt} is set when it became DONE), so that the next year's plan can show what was done.
 */
public record ProgramAction(long id, String programCode, String recommendation, String text, ActionStatus status,
        String owner, LocalDate due, Instant createdAt, Instant updatedAt, Instant doneAt) {
}
