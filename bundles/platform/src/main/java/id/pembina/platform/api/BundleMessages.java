package id.pembina.platform.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link MessageSource} backed by a bundle's {@code .properties} resource bundles: the base file
 * in English, {@code _id} in Bahasa Indonesia, {@link MessageFormat} placeholders.
 */
public final class BundleMessages implements MessageSource {

    /**
     * The texts every bundle may use: {@code required}, {@code tooLong}, {@code invalidValue},
     * {@code invalidDate}, {@code text.control} and the CSV reading errors {@code csv.*}.
     */
    public static final MessageSource PLATFORM = new BundleMessages("id.pembina.platform.internal.messages",
            BundleMessages.class.getClassLoader());

    private final String baseName;
    private final ClassLoader loader;

    /**
     * @param baseName e.g. {@code id.pembina.participant.internal.messages}
     * @param loader   the class loader of the bundle that holds the files
     */
    public BundleMessages(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    @Override
    public String text(Locale locale, String code, Object... args) {
        Locale l = Languages.of(locale);
        try {
            ResourceBundle b = ResourceBundle.getBundle(baseName, l, loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = b.getString(code);
            try {
                return new MessageFormat(pattern, l).format(args);
            } catch (IllegalArgumentException e) {
                // e.g. {0,number} given a FieldError's text argument: the plain values, never an error
                return plain(pattern, args);
            }
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private static String plain(String pattern, Object... args) {
        Matcher m = PLACEHOLDER.matcher(pattern.replace("''", "'"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
        }
        return m.appendTail(out).toString();
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(,[^}]*)?}");
}
