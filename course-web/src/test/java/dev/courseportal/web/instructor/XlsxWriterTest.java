package dev.courseportal.web.instructor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class XlsxWriterTest {

    private static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                parts.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    @Test
    void writesAWorkbookWhosePartsAreWellFormedXml() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter xlsx = new XlsxWriter(out, "Прогресс [группа]")) {
            xlsx.row(List.of("Имя", "=cmd|' /C calc'!A0", 42));
            xlsx.row(List.of("<b>&\u0001"));
        }
        Map<String, String> parts = parts(out.toByteArray());
        assertTrue(parts.keySet().containsAll(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml")));
        for (String xml : parts.values()) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        }
        Document sheet = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(parts.get("xl/worksheets/sheet1.xml").getBytes(StandardCharsets.UTF_8)));
        assertEquals(4, sheet.getElementsByTagName("c").getLength());
        assertEquals("inlineStr", sheet.getElementsByTagName("c").item(1).getAttributes().getNamedItem("t").getNodeValue(),
                "a formula-looking text stays text");
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"Прогресс  группа\""), parts.get("xl/workbook.xml"));
    }

    @Test
    void columnsAreNamedAsSpreadsheetsNameThem() {
        assertEquals("A", XlsxWriter.column(0));
        assertEquals("Z", XlsxWriter.column(25));
        assertEquals("AA", XlsxWriter.column(26));
        assertEquals("AR", XlsxWriter.column(43));
    }
}
