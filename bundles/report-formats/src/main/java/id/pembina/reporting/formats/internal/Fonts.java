package id.pembina.reporting.formats.internal;

import java.io.InputStream;

/** DejaVu Sans, copied into this bundle from its Maven Central jar at build time (see pom.xml). */
final class Fonts {

    static final String FAMILY = "DejaVu Sans";
    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";

    private Fonts() {
    }

    static InputStream regular() {
        return open("DejaVuSans.ttf");
    }

    static InputStream bold() {
        return open("DejaVuSans-Bold.ttf");
    }

    private static InputStream open(String file) {
        InputStream in = Fonts.class.getResourceAsStream(DIR + file);
        if (in == null) {
            throw new IllegalStateException(file + " is missing from the bundle");
        }
        return in;
    }
}
