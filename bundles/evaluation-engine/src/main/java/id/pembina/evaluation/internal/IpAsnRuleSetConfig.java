package id.pembina.evaluation.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The metatype of one IP ASN rule set (factory PID {@code id.pembina.evaluation.ipasn}): what
 * {@code config:} commands and admin consoles show. Defaults are PermenPAN-RB 38/2018 as in
 * DOMAIN.md; the names are the property keys ({@code _} is {@code .}, {@code __} is {@code _}).
 */
@ObjectClassDefinition(name = "Pembina: aturan Indeks Profesionalitas ASN / IP ASN rule set",
        description = "Satu tabel poin IP ASN yang berlaku sejak tanggal validFrom; tabel dengan validFrom terbaru "
                + "yang tidak melewati tahun penilaian dipakai. / One IP ASN points table, in force from validFrom; "
                + "an evaluation year uses the latest table whose validFrom is not after it.")
public @interface IpAsnRuleSetConfig {

    @AttributeDefinition(description = "Nama aturan (dasar hukum) / Name of the rule set (legal basis)")
    String name();

    @AttributeDefinition(description = "Berlaku sejak (YYYY-MM-DD) / In force from (YYYY-MM-DD)")
    String validFrom();

    @AttributeDefinition(description = "Kualifikasi: poin S3 / Qualification points for S3")
    double qualification_S3() default 25;

    @AttributeDefinition(description = "Kualifikasi: poin S2 / Qualification points for S2")
    double qualification_S2() default 20;

    @AttributeDefinition(description = "Kualifikasi: poin S1 / Qualification points for S1")
    double qualification_S1() default 15;

    @AttributeDefinition(description = "Kualifikasi: poin D4 / Qualification points for D4")
    double qualification_D4() default 15;

    @AttributeDefinition(description = "Kualifikasi: poin D3 / Qualification points for D3")
    double qualification_D3() default 10;

    @AttributeDefinition(description = "Kualifikasi: poin D2 / Qualification points for D2")
    double qualification_D2() default 5;

    @AttributeDefinition(description = "Kualifikasi: poin D1 / Qualification points for D1")
    double qualification_D1() default 5;

    @AttributeDefinition(description = "Kualifikasi: poin SMA / Qualification points for SMA")
    double qualification_SMA() default 5;

    @AttributeDefinition(description = "Kualifikasi: poin SMP / Qualification points for SMP")
    double qualification_SMP() default 1;

    @AttributeDefinition(description = "Kualifikasi: poin SD / Qualification points for SD")
    double qualification_SD() default 1;

    @AttributeDefinition(description = "Kompetensi: poin pelatihan kepemimpinan / Leadership training points")
    double competency_leadership_points() default 15;

    @AttributeDefinition(description = "Kompetensi: masa berlaku pelatihan kepemimpinan (tahun, 0 = selamanya) / "
            + "Years a leadership training counts (0 = always)")
    int competency_leadership_windowYears() default 0;

    @AttributeDefinition(description = "Kompetensi: poin pelatihan fungsional / Functional training points")
    double competency_functional_points() default 15;

    @AttributeDefinition(description = "Kompetensi: masa berlaku pelatihan fungsional (tahun) / Years a functional "
            + "training counts")
    int competency_functional_windowYears() default 0;

    @AttributeDefinition(description = "Kompetensi: poin pelatihan teknis / Technical training points")
    double competency_technical_points() default 15;

    @AttributeDefinition(description = "Kompetensi: JP minimal pelatihan teknis / Minimum JP of technical training")
    String competency_technical_minJp() default "20";

    @AttributeDefinition(description = "Kompetensi: masa berlaku pelatihan teknis (tahun) / Years a technical "
            + "training counts")
    int competency_technical_windowYears() default 1;

    @AttributeDefinition(description = "Kompetensi: poin seminar/workshop/kursus / Seminar or workshop points")
    double competency_seminar_points() default 10;

    @AttributeDefinition(description = "Kompetensi: masa berlaku seminar (tahun) / Years a seminar counts")
    int competency_seminar_windowYears() default 2;

    @AttributeDefinition(description = "Kompetensi pelaksana: poin pelatihan teknis / Technical training points "
            + "of a pelaksana")
    double competency_pelaksana_technical_points() default 30;

    @AttributeDefinition(description = "Kompetensi pelaksana: poin seminar / Seminar points of a pelaksana")
    double competency_pelaksana_seminar_points() default 10;

    @AttributeDefinition(description = "Kompetensi: poin maksimal / Most competency points")
    double competency_max() default 40;

    @AttributeDefinition(description = "Kinerja: Sangat Baik / Performance: very good")
    double performance_VERY__GOOD() default 30;

    @AttributeDefinition(description = "Kinerja: Baik / Performance: good")
    double performance_GOOD() default 25;

    @AttributeDefinition(description = "Kinerja: Butuh Perbaikan / Performance: needs improvement")
    double performance_NEEDS__IMPROVEMENT() default 20;

    @AttributeDefinition(description = "Kinerja: Kurang / Performance: poor")
    double performance_POOR() default 15;

    @AttributeDefinition(description = "Kinerja: Sangat Kurang / Performance: very poor")
    double performance_VERY__POOR() default 10;

    @AttributeDefinition(description = "Disiplin: tidak pernah dihukum / Discipline: no sanction")
    double discipline_NONE() default 5;

    @AttributeDefinition(description = "Disiplin: hukuman ringan / Discipline: light sanction")
    double discipline_LIGHT() default 3;

    @AttributeDefinition(description = "Disiplin: hukuman sedang / Discipline: medium sanction")
    double discipline_MEDIUM() default 2;

    @AttributeDefinition(description = "Disiplin: hukuman berat / Discipline: heavy sanction")
    double discipline_HEAVY() default 1;

    @AttributeDefinition(description = "Kategori Sangat Tinggi: skor minimal / Very high: lowest score")
    double category_SANGAT__TINGGI_min() default 91;

    @AttributeDefinition(description = "Kategori Sangat Tinggi: skor maksimal / Very high: highest score")
    double category_SANGAT__TINGGI_max() default 100;

    @AttributeDefinition(description = "Kategori Tinggi: skor minimal / High: lowest score")
    double category_TINGGI_min() default 81;

    @AttributeDefinition(description = "Kategori Tinggi: skor maksimal / High: highest score")
    double category_TINGGI_max() default 90;

    @AttributeDefinition(description = "Kategori Sedang: skor minimal / Medium: lowest score")
    double category_SEDANG_min() default 71;

    @AttributeDefinition(description = "Kategori Sedang: skor maksimal / Medium: highest score")
    double category_SEDANG_max() default 80;

    @AttributeDefinition(description = "Kategori Rendah: skor minimal / Low: lowest score")
    double category_RENDAH_min() default 61;

    @AttributeDefinition(description = "Kategori Rendah: skor maksimal / Low: highest score")
    double category_RENDAH_max() default 70;

    @AttributeDefinition(description = "Kategori Sangat Rendah: skor minimal / Very low: lowest score")
    double category_SANGAT__RENDAH_min() default 0;

    @AttributeDefinition(description = "Kategori Sangat Rendah: skor maksimal / Very low: highest score")
    double category_SANGAT__RENDAH_max() default 60;

    @AttributeDefinition(description = "JP pengembangan kompetensi minimal per tahun / Least development JP per year")
    String jp_annualMinimum() default "20";
}
