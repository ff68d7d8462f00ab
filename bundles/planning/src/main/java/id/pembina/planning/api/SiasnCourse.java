package id.pembina.planning.api;

/**
 * One completed training of an ASN in the shape of BKN SIASN's training history (riwayat kursus); field
 * names follow SIASN's web service. See docs/planning.md for the mapping.
 *
 * @param nipBaru                the ASN's NIP (18 digits)
 * @param nama                   the ASN's name (for checking by people; SIASN ignores it)
 * @param jenisKursus            the kind (the catalog's delivery method or the external training's type)
 * @param jenisDiklatId          SIASN's reference id of the training kind (see docs)
 * @param namaKursus             the programme's or training's title
 * @param institusiPenyelenggara the organiser
 * @param tanggalKursus          first day, dd-MM-yyyy
 * @param tanggalSelesaiKursus   last day, dd-MM-yyyy
 * @param tahunKursus            the year
 * @param jumlahJam              JP credited
 * @param nomorSertipikat        the certificate number, or null
 */
public record SiasnCourse(String nipBaru, String nama, String jenisKursus, String jenisDiklatId, String namaKursus,
        String institusiPenyelenggara, String tanggalKursus, String tanggalSelesaiKursus, int tahunKursus,
        int jumlahJam, String nomorSertipikat) {
}
