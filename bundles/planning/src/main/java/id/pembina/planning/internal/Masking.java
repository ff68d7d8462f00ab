package id.pembina.planning.internal;

import id.pembina.participant.api.Nip;
import id.pembina.planning.api.AsnNeeds;
import id.pembina.planning.api.ParticipantNeeds;
import id.pembina.planning.api.UnitNeeds;

/** NIPs as roles below operator get them (issue 9: personal data in what is handed out). */
final class Masking {

    private Masking() {
    }

    static ParticipantNeeds masked(ParticipantNeeds n) {
        return new ParticipantNeeds(Nip.mask(n.nip()), n.unitCode(), n.jpThisYear(), n.jpShortfall(), n.gaps(),
                n.covered(), n.recentTraining());
    }

    static UnitNeeds masked(UnitNeeds u) {
        return new UnitNeeds(u.unitCode(), u.year(), u.people(), u.withGaps(), u.belowMinimumJp(), u.jpShortfall(),
                u.gapsBySize(), u.gapsByPeople(), u.participants().stream()
                        .map(a -> new AsnNeeds(masked(a.needs()), a.name(), a.position(), a.jpLastYear(), a.performance()))
                        .toList(), u.programs());
    }
}
