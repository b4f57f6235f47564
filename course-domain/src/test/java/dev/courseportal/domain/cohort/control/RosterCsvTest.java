package dev.courseportal.domain.cohort.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterCsvTest {

    private static List<RosterCsv.Line> parse(String text) throws RosterFileException {
        return RosterCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheFirstColumnSkipsAHeaderAndBlankLinesAndKeepsLineNumbers() throws RosterFileException {
        List<RosterCsv.Line> lines = parse("\uFEFFEmail;Name\r\nanna@example.org;Анна\r\n\r\n\"boris\",\"Борис, старший\"\nvera\t1\n");
        assertEquals(List.of(new RosterCsv.Line(2, "anna@example.org"), new RosterCsv.Line(4, "boris"),
                new RosterCsv.Line(5, "vera")), lines);
    }

    @Test
    void aHeaderIsOnlyTheFirstLine() throws RosterFileException {
        assertEquals(List.of(new RosterCsv.Line(1, "anna"), new RosterCsv.Line(2, "username")), parse("anna\nusername\n"));
    }

    @Test
    void aFileThatIsNotAUsableCsvIsRefusedWhole() {
        assertEquals("roster.file.empty", assertThrows(RosterFileException.class, () -> RosterCsv.parse(new byte[0]))
                .messageKey());
        assertEquals("roster.file.noRows", assertThrows(RosterFileException.class, () -> parse("username\n\n"))
                .messageKey());
        assertEquals("roster.file.unclosedQuote", assertThrows(RosterFileException.class, () -> parse("a\n\"b,c\n"))
                .messageKey());
        assertEquals("roster.file.notUtf8", assertThrows(RosterFileException.class,
                () -> RosterCsv.parse(new byte[] {'a', (byte) 0xE9, '\n'})).messageKey());
        assertEquals("roster.file.tooManyRows", assertThrows(RosterFileException.class,
                () -> parse("x\n".repeat(RosterCsv.MAX_ROWS + 1))).messageKey());
    }
}
