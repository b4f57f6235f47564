package dev.courseportal.web.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void cellsASpreadsheetWouldRunAsFormulasAreMadeInert() {
        for (String formula : List.of("=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals('\'', CsvWriter.neutralised(formula).charAt(0), formula);
        }
        assertEquals("Анна", CsvWriter.neutralised("Анна"));
        assertEquals("-3", CsvWriter.cell(-3), "numbers are numbers, not text");
    }

    @Test
    void writesRfc4180WithABomFirst() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(Arrays.asList("a,b", "say \"hi\"", null, 7));
        csv.row(List.of("=HYPERLINK(\"http://x\")"));
        assertEquals("\uFEFF\"a,b\",\"say \"\"hi\"\"\",,7\r\n\"'=HYPERLINK(\"\"http://x\"\")\"\r\n", out.toString());
    }
}
