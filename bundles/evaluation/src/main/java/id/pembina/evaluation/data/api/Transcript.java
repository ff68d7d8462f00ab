package id.pembina.evaluation.data.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.pembina.evaluation.api.ProfessionalismIndex;
import id.pembina.participant.api.Participant;

/**
 * A participant's training history (all years, oldest first) with the JP and the professionalism index of
 * {@code year}.
 *
 * @param jpInYear         JP of the trainings dated in {@code year}
 * @param minimumJp        the annual minimum of the rule set valid in {@code year}
 * @param index            the IP ASN breakdown, or null when {@code notIndexedReason} says why not
 * @param notIndexedReason a message code of the bundle's messages ({@code id.pembina.platform.api.Messages}), or null
 */
public record Transcript(Participant participant, int year, List<TranscriptEntry> trainings, BigDecimal jpInYear,
        BigDecimal minimumJp, boolean jpCompliant, ProfessionalismIndex index, String notIndexedReason,
        String ruleSet, LocalDate ruleSetValidFrom) {

    public Transcript {
        trainings = List.copyOf(trainings);
    }
}
