package id.pembina.participant.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import id.pembina.platform.api.FieldError;
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
        String nipText = code(in.nip(), "nip", errors);
        if (nipText == null) {
            if (Texts.isBlank(in.nip())) {
                errors.add(FieldError.of("nip", "required"));
            }
        } else {
            try {
                nip = Nip.parse(nipText, today);
            } catch (InvalidNipException e) {
                errors.add(FieldError.of("nip", e.code()));
            }
        }
        String name = text(in.name(), "name", errors);
        String title = text(in.positionTitle(), "positionTitle", errors);
        String unit = code(in.unitCode(), "unitCode", errors);
        if (unit == null) {
            if (Texts.isBlank(in.unitCode())) {
                errors.add(FieldError.of("unitCode", "required"));
            }
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
        String supervisor = code(in.supervisorNip(), "supervisorNip", errors);
        if (supervisor != null) {
            supervisor = Nip.normalise(supervisor);
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
        String code = code(in.code(), "code", errors);
        if (code == null) {
            if (Texts.isBlank(in.code())) {
                errors.add(FieldError.of("code", "required"));
            }
        } else if (!UNIT_CODE.matcher(code).matches()) {
            errors.add(FieldError.of("code", "unit.code"));
        }
        String name = text(in.name(), "name", errors);
        String parent = code(in.parentCode(), "parentCode", errors);
        if (parent != null && !lookup.unitExists(parent)) {
            errors.add(FieldError.of("parentCode", "unit.parentUnknown", parent));
        }
        return errors.size() > before ? null : new OrganizationUnit(code, name, parent);
    }

    /** A required free text of at most {@link #MAX_TEXT} characters. */
    private static String text(String value, String field, List<FieldError> errors) {
        String v = Texts.trimToNull(value);
        if (v == null) {
            errors.add(FieldError.of(field, "required"));
        } else if (Texts.hasControl(v)) {
            errors.add(FieldError.of(field, "text.control"));
        } else if (v.length() > MAX_TEXT) {
            errors.add(FieldError.of(field, "tooLong", MAX_TEXT));
        }
        return v;
    }

    /**
     * A NIP or code, which is looked up in the database only when this returns it.
     *
     * @return the value trimmed; null when blank, or when refused for a control character (an
     *         error then added)
     */
    private static String code(String value, String field, List<FieldError> errors) {
        String v = Texts.trimToNull(value);
        if (v != null && Texts.hasControl(v)) {
            errors.add(FieldError.of(field, "text.control"));
            return null;
        }
        return v;
    }
}
