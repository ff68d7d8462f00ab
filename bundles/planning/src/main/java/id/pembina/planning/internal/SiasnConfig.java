package id.pembina.planning.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration {@code id.pembina.planning}: the SIASN export's mapping of training kinds. */
@ObjectClassDefinition(name = "Pembina planning", description = "The SIASN export of completed training")
public @interface SiasnConfig {

    String PID = "id.pembina.planning";

    @AttributeDefinition(name = "SIASN jenisDiklatId", description = "SIASN's reference id per kind of training: "
            + "program:<code>=id, method:<delivery method>=id or type:<LEADERSHIP|FUNCTIONAL|TECHNICAL|SEMINAR>=id "
            + "(the most specific wins). Take the ids from BKN's SIASN reference of jenis diklat; unmapped kinds are "
            + "exported empty with a warning")
    String[] siasn_jenisDiklat() default {};
}
