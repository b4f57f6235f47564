package dev.courseportal.lab.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every message key the code uses has an English and a Russian text, with valid placeholders. */
class LabMessagesTest {

    @Test
    void englishAndRussianBundlesHaveTheSameKeys() throws IOException {
        assertEquals(load("LabMessages.properties").stringPropertyNames(), load("LabMessages_ru.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTheCodeHasAText() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern key = Pattern.compile("\"((?:probe|check)\\.[a-zA-Z.]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        Set<String> defined = load("LabMessages.properties").stringPropertyNames();
        used.removeAll(defined);
        assertTrue(used.isEmpty(), "keys without text: " + used);
    }

    @Test
    void textsAreValidMessageFormats() throws IOException {
        for (String bundle : new String[] {"LabMessages.properties", "LabMessages_ru.properties"}) {
            Properties texts = load(bundle);
            for (String name : texts.stringPropertyNames()) {
                new MessageFormat(texts.getProperty(name)).format(new Object[] {"a", "b", "c"});
            }
        }
    }

    @Test
    void formatsInEnglishAndRussian() {
        LabMessage timeout = LabMessage.of("probe.timeout", 5000);
        assertEquals("no answer within 5000 ms", timeout.english());
        assertEquals("нет ответа за 5000 мс", timeout.in(Locale.forLanguageTag("ru")));
        assertEquals("no result within the run's deadline of 100 ms", LabMessage.of("probe.deadline", 100).english());
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = LabMessagesTest.class.getResourceAsStream("/dev/courseportal/lab/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
