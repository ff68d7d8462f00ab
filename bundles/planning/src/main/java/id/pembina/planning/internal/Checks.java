package id.pembina.planning.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.pembina.catalog.api.DeliveryMode;
import id.pembina.participant.api.Participant;
import id.pembina.planning.api.PlanDraft;
import id.pembina.planning.api.PlannedSession;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

/** The rules a plan draft and a budget must keep, as field errors. */
final class Checks {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MAX_SESSIONS = 5000;

    private Checks() {
    }

    static void year(int year, String field, List<FieldError> errors) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            errors.add(FieldError.of(field, "planning.range", MIN_YEAR, MAX_YEAR));
        }
    }

    /** @return true for rupiah in range with at most two decimals */
    static boolean amount(BigDecimal a) {
        return a != null && a.signum() >= 0 && a.scale() <= 2 && a.compareTo(BudgetStore.MAX_AMOUNT) <= 0;
    }

    /** @return the catalog's mode for a planned mode name (ONLINE is the catalog's E_LEARNING), null when unknown */
    static DeliveryMode mode(String name) {
        if (name == null) {
            return null;
        }
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.equals("ONLINE")) {
            return DeliveryMode.E_LEARNING;
        }
        for (DeliveryMode m : DeliveryMode.values()) {
            if (m.name().equals(n)) {
                return m;
            }
        }
        return null;
    }

    /**
     * @param programs    the catalog's programme codes
     * @param unitKnown   whether the registry knows the draft's unit
     * @param participants the draft's participants the registry knows, by NIP
     * @throws ValidationException with every broken rule
     */
    static void draft(PlanDraft d, Set<String> programs, boolean unitKnown, Map<String, Participant> participants) {
        if (d == null) {
            throw new ValidationException(List.of(FieldError.of("draft", "required")));
        }
        List<FieldError> errors = new ArrayList<>();
        year(d.year(), "year", errors);
        text(d.name(), "name", true, 200, errors);
        text(d.source(), "source", false, 40, errors);
        if (d.unitCode() != null && !unitKnown) {
            errors.add(FieldError.of("unitCode", "planning.unitUnknown", d.unitCode()));
        }
        if (d.sessions().size() > MAX_SESSIONS) {
            errors.add(FieldError.of("sessions", "planning.tooMany", MAX_SESSIONS));
        }
        for (int i = 0; i < d.sessions().size() && i < MAX_SESSIONS; i++) {
            session(d.year(), d.sessions().get(i), "sessions[" + i + "]", programs, participants, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void session(int year, PlannedSession s, String f, Set<String> programs,
            Map<String, Participant> participants, List<FieldError> errors) {
        if (s == null) {
            errors.add(FieldError.of(f, "required"));
            return;
        }
        if (s.programCode() == null || s.programCode().isBlank()) {
            errors.add(FieldError.of(f + ".programCode", "required"));
        } else if (!programs.contains(s.programCode())) {
            errors.add(FieldError.of(f + ".programCode", "planning.programUnknown", s.programCode()));
        }
        if (s.start() == null) {
            errors.add(FieldError.of(f + ".start", "required"));
        } else if (s.start().getYear() != year) {
            errors.add(FieldError.of(f + ".start", "planning.outsideYear", year));
        }
        if (s.end() == null) {
            errors.add(FieldError.of(f + ".end", "required"));
        } else if (s.end().getYear() != year) {
            errors.add(FieldError.of(f + ".end", "planning.outsideYear", year));
        } else if (s.start() != null && s.end().isBefore(s.start())) {
            errors.add(FieldError.of(f + ".end", "planning.endBeforeStart"));
        }
        if (s.deliveryMode() != null && mode(s.deliveryMode()) == null) {
            errors.add(FieldError.of(f + ".deliveryMode", "planning.deliveryMode", s.deliveryMode()));
        }
        if (s.capacity() < 1 || s.capacity() > 10_000) {
            errors.add(FieldError.of(f + ".capacity", "planning.range", 1, 10_000));
        } else if (s.participantNips().size() > s.capacity()) {
            errors.add(FieldError.of(f + ".capacity", "planning.capacity", s.participantNips().size()));
        }
        if (!amount(s.plannedCost())) {
            errors.add(FieldError.of(f + ".plannedCost", "planning.amount"));
        }
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < s.participantNips().size(); j++) {
            String nip = s.participantNips().get(j);
            String pf = f + ".participantNips[" + j + "]";
            if (nip == null || !participants.containsKey(nip.replace(" ", ""))) {
                errors.add(FieldError.of(pf, "planning.participantUnknown", String.valueOf(nip)));
            } else if (!seen.add(nip.replace(" ", ""))) {
                errors.add(FieldError.of(pf, "planning.participantTwice", nip));
            }
        }
    }

    static void text(String v, String field, boolean required, int max, List<FieldError> errors) {
        if (v == null || v.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "required"));
            }
        } else if (v.length() > max) {
            errors.add(FieldError.of(field, "tooLong", max));
        } else if (v.chars().anyMatch(Character::isISOControl)) {
            errors.add(FieldError.of(field, "text.control"));
        }
    }
}
