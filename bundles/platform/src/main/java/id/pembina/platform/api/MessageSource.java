package id.pembina.platform.api;

import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The texts of one bundle. Each bundle registers its own as an OSGi service; the {@link Messages}
 * service asks them all. Codes start with the bundle's own prefix (e.g. {@code nip.},
 * {@code session.}) so that sources do not compete for a code.
 */
@ConsumerType
public interface MessageSource {

    /** @return the text of the code in the language (see {@link Languages#of}), or null when this source has no such code */
    String text(Locale locale, String code, Object... args);
}
