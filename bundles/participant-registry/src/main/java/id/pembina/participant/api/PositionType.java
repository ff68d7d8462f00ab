package id.pembina.participant.api;

/** Type of position (jabatan) held by an ASN. */
public enum PositionType {
    /** Jabatan Pimpinan Tinggi: senior executive. */
    JPT,
    /** Jabatan Administrator. */
    ADMINISTRATOR,
    /** Jabatan Pengawas: supervisor. */
    PENGAWAS,
    /** Jabatan Fungsional: functional. */
    FUNGSIONAL,
    /** Jabatan Pelaksana: staff. */
    PELAKSANA
}
