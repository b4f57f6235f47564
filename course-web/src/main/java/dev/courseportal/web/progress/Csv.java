package dev.courseportal.web.progress;

/** CSV cells that a spreadsheet opens as text: quoted, and never read as a formula. */
final class Csv {

    private Csv() {
    }

    static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
