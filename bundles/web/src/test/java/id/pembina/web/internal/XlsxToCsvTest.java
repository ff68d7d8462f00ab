package id.pembina.web.internal;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.Test;

public class XlsxToCsvTest {

    @Test
    public void firstSheetBecomesTheRegistrysCsvWithTheSheetsRowNumbers() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook wb = new Workbook(bytes, "test", "1.0");
        Worksheet ws = wb.newWorksheet("Peserta");
        ws.value(0, 0, "nip");
        ws.value(0, 1, "name");
        ws.value(0, 2, "birthDate");
        ws.value(0, 3, "capacity");
        ws.value(1, 0, "199203142020122004");
        ws.value(1, 1, "Siti, Rahmawati");
        ws.value(1, 2, LocalDate.of(1992, 3, 14));
        ws.style(1, 2).format("yyyy-mm-dd").set();
        ws.value(1, 3, 20);
        // row 3 (index 2) left empty: the next row keeps its own number, 4
        ws.value(3, 0, "199105202019031006");
        ws.value(3, 1, "Budi \"Santoso\"");
        wb.newWorksheet("Other").value(0, 0, "ignored");
        wb.finish();

        String csv = XlsxToCsv.convert(new ByteArrayInputStream(bytes.toByteArray()));

        assertEquals("nip,name,birthDate,capacity\n"
                + "199203142020122004,\"Siti, Rahmawati\",1992-03-14,20\n"
                // an empty row (Commons CSV quotes an empty first value), which the registry skips as blank
                + "\"\",,,\n"
                + "199105202019031006,\"Budi \"\"Santoso\"\"\",,\n", csv);
    }
}
