package id.pembina.participant.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import id.pembina.participant.api.FieldError;
import id.pembina.participant.api.InvalidNipException;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;

/** Checks a participant completely, collecting every problem rather than stopping at the first. */
final class ParticipantValidator {

    static final int MAX_TEXT = 200;
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

    /** What the validator needs to know about stored data. */
    interface Lookup {
        boolean unitExists(String code);

        boolean participantExists(String nip);
    }

    private ParticipantValidator() {
    }

    /**
     * @return the participant normalised (trimmed text, gender and birth date from the NIP, active
     *         set), or null when {@code errors} received at least one error
     */
    static Participant validate(Participant in, Lookup lookup, LocalDate today, List<FieldError> errors) {
        int before = errors.size();
        Nip nip = null;
        if (blank(in.nip())) {
            errors.add(FieldError.of("nip", "required"));
        } else {
            try {
                nip = Nip.parse(in.nip(), today);
            } catch (InvalidNipException e) {
                errors.add(FieldError.of("nip", e.code()));
            }
        }
        String name = text(in.name(), "name", errors);
        String title = text(in.positionTitle(), "positionTitle", errors);
        String unit = trim(in.unitCode());
        if (unit == null) {
            errors.add(FieldError.of("unitCode", "required"));
        } else if (!lookup.unitExists(unit)) {
            errors.add(FieldError.of("unitCode", "unit.unknown", unit));
        }
        if (in.positionType() == null) {
            errors.add(FieldError.of("positionType", "required"));
        }
        if (in.rank() == null) {
            errors.add(FieldError.of("rank", "required"));
        }
        if (in.education() == null) {
            errors.add(FieldError.of("education", "required"));
        }
        if (nip != null && in.gender() != null && in.gender() != nip.gender()) {
            errors.add(FieldError.of("gender", "gender.mismatch", in.gender(), nip.gender()));
        }
        if (nip != null && in.birthDate() != null && !in.birthDate().equals(nip.birthDate())) {
            errors.add(FieldError.of("birthDate", "birthDate.mismatch", in.birthDate(), nip.birthDate()));
        }
        String supervisor = trim(in.supervisorNip());
        if (supervisor != null) {
            supervisor = supervisor.replace(" ", "");
            if (nip != null && supervisor.equals(nip.value())) {
                errors.add(FieldError.of("supervisorNip", "supervisor.self"));
            } else {
                try {
                    supervisor = Nip.parse(supervisor, today).value();
                    if (!lookup.participantExists(supervisor)) {
                        errors.add(FieldError.of("supervisorNip", "supervisor.unknown", supervisor));
                    }
                } catch (InvalidNipException e) {
                    errors.add(FieldError.of("supervisorNip", e.code()));
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new Participant(nip.value(), name, nip.gender(), nip.birthDate(), unit, title,
                in.positionType(), in.rank(), in.education(), supervisor, in.active() == null || in.active());
    }

    /** @return the unit normalised, or null when {@code errors} received an error */
    static OrganizationUnit validateUnit(OrganizationUnit in, Lookup lookup, List<FieldError> errors) {
        int before = errors.size();
        String code = trim(in.code());
        if (code == null) {
            errors.add(FieldError.of("code", "required"));
        } else if (!UNIT_CODE.matcher(code).matches()) {
            errors.add(FieldError.of("code", "unit.code"));
        }
        String name = text(in.name(), "name", errors);
        String parent = trim(in.parentCode());
        if (parent != null && !lookup.unitExists(parent)) {
            errors.add(FieldError.of("parentCode", "unit.parentUnknown", parent));
        }
        return errors.size() > before ? null : new OrganizationUnit(code, name, parent);
    }

    private static String text(String value, String field, List<FieldError> errors) {
        String v = trim(value);
        if (v == null) {
            errors.add(FieldError.of(field, "required"));
        } else if (v.length() > MAX_TEXT) {
            errors.add(FieldError.of(field, "tooLong", MAX_TEXT));
        }
        return v;
    }

    static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static boolean blank(String s) {
        return trim(s) == null;
    }
}
