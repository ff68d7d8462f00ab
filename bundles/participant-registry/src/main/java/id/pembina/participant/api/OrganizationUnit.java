package id.pembina.participant.api;

/**
 * A node of the organisation-unit tree, e.g. a kecamatan office with its kelurahan below it.
 * {@code parentCode} is null for a root.
 */
public record OrganizationUnit(String code, String name, String parentCode) {
}
