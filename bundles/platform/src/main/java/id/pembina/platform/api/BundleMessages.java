package id.pembina.platform.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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
            return new MessageFormat(b.getString(code), l).format(args);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
