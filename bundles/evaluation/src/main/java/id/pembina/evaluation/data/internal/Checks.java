package id.pembina.evaluation.data.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import id.pembina.platform.api.FieldError;

/** Field checks shared by the submissions; each adds its refusals to a list. */
final class Checks {

    private Checks() {
    }

    /** @return the NIP without spaces, or null */
    static String nip(String text) {
        return text == null ? null : text.replace(" ", "").strip();
    }

    /** @return the text stripped, null when blank */
    static String text(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static boolean hasControl(String s) {
        return s != null && s.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t'
                || ch == 0x7f);
    }

    /** Optional or required free text of at most {@code max} characters without control characters. */
    static void text(String field, String value, boolean required, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(FieldError.of(field, "evaluation.required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, "evaluation.textTooLong", max));
        } else if (hasControl(value)) {
            errors.add(FieldError.of(field, "evaluation.textControl"));
        }
    }

    static void required(String field, Object value, List<FieldError> errors) {
        if (value == null) {
            errors.add(FieldError.of(field, "evaluation.required"));
        }
    }

    /**
     * Every item answered once, nothing else. A null value is refused as missing unless {@code nullAllowed};
     * values must lie in min..max (null bounds: checked elsewhere).
     */
    static void items(String field, Map<String, Integer> values, List<String> itemIds, String version, int min,
            int max, boolean nullAllowed, List<FieldError> errors) {
        if (values == null) {
            errors.add(FieldError.of(field, "evaluation.required"));
            return;
        }
        for (Map.Entry<String, Integer> e : values.entrySet()) {
            String key = e.getKey();
            if (key == null || !itemIds.contains(key)) {
                errors.add(FieldError.of(field + "." + key, "evaluation.itemUnknown", key, version));
            } else if (e.getValue() == null) {
                if (!nullAllowed) {
                    errors.add(FieldError.of(field + "." + key, "evaluation.itemMissing", key));
                }
            } else if (e.getValue() < min || e.getValue() > max) {
                errors.add(FieldError.of(field + "." + key, "evaluation.valueRange", e.getValue(), min, max));
            }
        }
        for (String id : itemIds) {
            if (!values.containsKey(id)) {
                errors.add(FieldError.of(field + "." + id, "evaluation.itemMissing", id));
            }
        }
    }

    /** @return true for a non-negative amount with at most {@code scale} fraction digits below {@code limit} */
    static boolean decimal(BigDecimal value, int scale, BigDecimal limit, boolean negativeAllowed) {
        return value != null && (negativeAllowed || value.signum() >= 0)
                && value.stripTrailingZeros().scale() <= scale && value.abs().compareTo(limit) < 0;
    }
}
