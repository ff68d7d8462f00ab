package id.pembina.catalog.api;

import java.util.List;

import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;
import id.pembina.catalog.spi.IndexTrainingType;

/**
 * A programme of the catalog. {@code installed} is false when the module that defines it is not
 * installed now; its sessions and records stay readable.
 *
 * @param indexTrainingType what the programme counts as for the IP ASN index: the operator's setting when
 *     there is one ({@code indexTrainingTypeSet}), otherwise what its module declares
 * @param indexTrainingTypeSet whether an operator set the type (it then outlives module upgrades)
 */
public record Program(String code, String title, String description, CompetencyType competencyType,
        DeliveryMethod deliveryMethod, int jp, List<String> objectives, String moduleId, String moduleVersion,
        boolean installed, IndexTrainingType indexTrainingType, boolean indexTrainingTypeSet) {

    public Program {
        indexTrainingType = indexTrainingType == null ? IndexTrainingType.defaultFor(deliveryMethod)
                : indexTrainingType;
    }

    /** A programme with the default IP ASN type of its delivery method, as in release 2.1 of this package. */
    public Program(String code, String title, String description, CompetencyType competencyType,
            DeliveryMethod deliveryMethod, int jp, List<String> objectives, String moduleId, String moduleVersion,
            boolean installed) {
        this(code, title, description, competencyType, deliveryMethod, jp, objectives, moduleId, moduleVersion,
                installed, null, false);
    }
}
