package id.pembina.web.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.Gender;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.platform.api.FieldError;

/**
 * The participant form's fields: read from a request into a {@link Participant} (with the errors of values
 * that are not even of the right kind), and written back as the strings the form shows.
 */
final class ParticipantForm {

    static final List<String> FIELDS = List.of("nip", "name", "gender", "birthDate", "unitCode", "positionTitle",
            "positionType", "rank", "education", "supervisorNip");

    final Participant participant;
    final List<FieldError> errors;

    private ParticipantForm(Participant participant, List<FieldError> errors) {
        this.participant = participant;
        this.errors = errors;
    }

    static ParticipantForm read(HttpServletRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Gender gender = choice(request, "gender", Gender.class, errors);
        PositionType type = choice(request, "positionType", PositionType.class, errors);
        Education education = choice(request, "education", Education.class, errors);
        Rank rank = null;
        String rankText = value(request, "rank");
        if (rankText != null) {
            try {
                rank = Rank.fromCode(rankText);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("rank", "invalidValue", rankText,
                        Arrays.stream(Rank.values()).map(Rank::code).collect(Collectors.joining(", "))));
            }
        }
        LocalDate birth = null;
        String birthText = value(request, "birthDate");
        if (birthText != null) {
            try {
                birth = LocalDate.parse(birthText);
            } catch (DateTimeParseException e) {
                errors.add(FieldError.of("birthDate", "invalidDate", birthText));
            }
        }
        Participant p = new Participant(value(request, "nip"), value(request, "name"), gender, birth,
                value(request, "unitCode"), value(request, "positionTitle"), type, rank, education,
                value(request, "supervisorNip"), null);
        return new ParticipantForm(p, errors);
    }

    /** The form's values as the page shows them. */
    static Map<String, String> values(Participant p) {
        Map<String, String> v = new LinkedHashMap<>();
        if (p == null) {
            return v;
        }
        v.put("nip", p.nip());
        v.put("name", p.name());
        v.put("gender", p.gender() == null ? null : p.gender().name());
        v.put("birthDate", p.birthDate() == null ? null : p.birthDate().toString());
        v.put("unitCode", p.unitCode());
        v.put("positionTitle", p.positionTitle());
        v.put("positionType", p.positionType() == null ? null : p.positionType().name());
        v.put("rank", p.rank() == null ? null : p.rank().code());
        v.put("education", p.education() == null ? null : p.education().name());
        v.put("supervisorNip", p.supervisorNip());
        v.values().removeIf(java.util.Objects::isNull);
        return v;
    }

    /** The values typed in, so that a refused form keeps them. */
    static Map<String, String> values(HttpServletRequest request) {
        Map<String, String> v = new LinkedHashMap<>();
        for (String f : FIELDS) {
            String s = value(request, f);
            if (s != null) {
                v.put(f, s);
            }
        }
        return v;
    }

    static String value(HttpServletRequest request, String name) {
        String v = request.getParameter(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static <E extends Enum<E>> E choice(HttpServletRequest request, String name, Class<E> type,
            List<FieldError> errors) {
        String v = value(request, name);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(name, "invalidValue", v, Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "))));
            return null;
        }
    }
}
