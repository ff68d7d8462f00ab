package id.pembina.catalog.api;

import java.util.List;

import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;

/**
 * A programme of the catalog. {@code installed} is false when the module that defines it is not
 * installed now; its sessions and records stay readable.
 */
public record Program(String code, String title, String description, CompetencyType competencyType,
        DeliveryMethod deliveryMethod, int jp, List<String> objectives, String moduleId, String moduleVersion,
        boolean installed) {
}
