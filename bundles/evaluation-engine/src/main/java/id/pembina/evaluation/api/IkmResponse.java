package id.pembina.evaluation.api;

import java.util.List;

/**
 * One respondent's public-service survey (survei kepuasan masyarakat, PermenPAN-RB 14/2017): a rating 1..4 for
 * each of the nine service elements (unsur) U1..U9, in that order: persyaratan, sistem/mekanisme/prosedur, waktu
 * penyelesaian, biaya/tarif, produk spesifikasi jenis pelayanan, kompetensi pelaksana, perilaku pelaksana,
 * penanganan pengaduan/saran/masukan, sarana dan prasarana.
 */
public record IkmResponse(String respondentId, List<Integer> ratings) {

    /** The number of service elements. */
    public static final int ELEMENTS = 9;

    public IkmResponse {
        Checks.text(respondentId, "respondentId");
        ratings = List.copyOf(ratings);
        if (ratings.size() != ELEMENTS) {
            throw new IllegalArgumentException("an IKM response rates all 9 elements: " + ratings.size());
        }
        ratings.forEach(r -> Checks.range(r, 1, 4, "IKM rating"));
    }
}
