package dev.courseportal.content.gate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.courseportal.content.gate.GateTestSupport.block;
import static dev.courseportal.content.gate.GateTestSupport.lesson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate end to end on small lessons: SQL on the real PostgreSQL in lesson order, markers, Python through the
 * batch compiler, the failure lines and the reports.
 */
@ExtendWith(GatePostgresExtension.class)
class ContentGateTest {
    private static final String SCHEMA = """
            CREATE SCHEMA inventory;
            CREATE TABLE inventory.customers (id SERIAL PRIMARY KEY, email VARCHAR(255) NOT NULL UNIQUE);
            INSERT INTO inventory.customers (email) VALUES ('anna@example.com');
            """;

    @TempDir
    Path temp;

    private GateReport run(GatePostgres postgres, GateLesson... lessons) {
        return new ContentGate(new ContentGate.Settings(postgres, "gate_test", SCHEMA, GateTestSupport.python(),
                temp.resolve("python"))).run(List.of(lessons));
    }

    @Test
    void sqlRunsInLessonOrderOnTheSampleSchemaWithLogicalDecoding(GatePostgres postgres) {
        GateReport report = run(postgres,
                lesson("01-m/01-a.md", block("sql", """
                        CREATE TABLE inventory.audit (id INT PRIMARY KEY);
                        SELECT slot_name FROM pg_create_logical_replication_slot('gate_test_slot', 'pgoutput');
                        """)),
                lesson("01-m/02-b.md", block("sql", """
                        INSERT INTO inventory.audit SELECT id FROM inventory.customers;
                        SELECT pg_drop_replication_slot('gate_test_slot');
                        """)));
        assertEquals(List.of(), report.failureLines(""));
        assertEquals(2, report.count(Outcome.CHECKED));
    }

    @Test
    void sqlWithAnErrorReportsItsLineAndThePostgresError(GatePostgres postgres) {
        GateReport report = run(postgres, lesson("01-m/01-a.md",
                block("sql", "SELECT 1;\nSELECT email\n  FROM inventory.customer;\n"),
                block("sql", "BEGIN;\nINSERT INTO inventory.customers (email) VALUES (NULL);\nCOMMIT;\n"),
                block("sql", "SELECT count(*) FROM inventory.customers;\n"),
                block("sql", "\\dt inventory.*\n")));
        List<String> failures = report.failureLines("course/");
        assertEquals(3, failures.size(), failures::toString);
        assertTrue(failures.get(0).startsWith("course/01-m/01-a.md:13: sql: PostgreSQL: ERROR: relation "
                + "\"inventory.customer\" does not exist"), failures::toString);
        assertTrue(failures.get(1).startsWith("course/01-m/01-a.md:12: sql: PostgreSQL: ERROR: null value in column "
                + "\"email\""), failures::toString);
        assertTrue(failures.get(2).startsWith("course/01-m/01-a.md:11: sql: psql meta-command '\\dt'"),
                failures::toString);
        // The block after the failed transaction runs in a clean session.
        assertEquals(Outcome.CHECKED, report.results().get(2).outcome());
    }

    @Test
    void markedBlocksAreCountedWithTheirReasonAndNotRun(GatePostgres postgres) {
        GateReport report = run(postgres, lesson("01-m/01-a.md",
                block("sql", "SELECT * FROM aurora_replica_status();", "parse-only", "Aurora only"),
                block("json", "{\"slot.name\": \"x\", ...}", "no-check", "fragment"),
                block("json", "{\"slot.name\": \"x\", ...}", "parse-only", "fragment"),
                block("yaml", "services:\n  kafka:\n    image: apache/kafka:latest\n", "parse-only", "sketch")));
        assertEquals(3, report.count(Outcome.MARKED));
        assertEquals("parse-only: Aurora only", report.results().get(0).reason());
        assertEquals("no-check: fragment", report.results().get(1).reason());
        // parse-only still parses: this one is not JSON.
        assertEquals(Outcome.FAILED, report.results().get(2).outcome());
        assertEquals(Outcome.MARKED, report.results().get(3).outcome());
    }

    @Test
    void pythonIsCompiledInOneBatch(GatePostgres postgres) {
        GateReport report = run(postgres, lesson("05-m/01-a.md",
                block("python", "from confluent_kafka import Consumer\nconsumer = Consumer({'group.id': 'g'})\n"),
                block("python", "def handle(event):\n    if event['op'] == 'c'\n        return 1\n")));
        assertEquals(Outcome.CHECKED, report.results().get(0).outcome());
        List<String> failures = report.failureLines("");
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).startsWith("05-m/01-a.md:12: python: python3: SyntaxError: "), failures::toString);
    }

    @Test
    void withoutPythonEveryPythonBlockFailsWithHowToInstallIt(GatePostgres postgres) {
        GateReport report = new ContentGate(new ContentGate.Settings(postgres, "gate_test", SCHEMA,
                "python3-that-is-not-installed", temp.resolve("python")))
                .run(List.of(lesson("05-m/01-a.md", block("python", "print('hi')\n"))));
        assertEquals(List.of("05-m/01-a.md:10: python: " + PythonCompiler.INSTALL_HINT), report.failureLines(""));
    }

    @Test
    void theReportsCountByLessonAndKind(GatePostgres postgres) throws Exception {
        GateReport report = run(postgres, lesson("01-m/01-a.md",
                block("sql", "SELECT 1;"),
                block("bash", "curl -s localhost:8083/connectors/inventory-connector/status | jq .\n"),
                block("json", "{", "no-check", "fragment"),
                block("text", "not checked")));
        report.write(temp.resolve("report"), "course/");
        String markdown = Files.readString(temp.resolve("report/report.md"));
        assertTrue(markdown.contains("| 01-m/01-a.md | sql | 1 | 0 | 0 |"), markdown);
        assertTrue(markdown.contains("| 01-m/01-a.md | json | 0 | 1 | 0 |"), markdown);
        assertTrue(markdown.contains("- `course/01-m/01-a.md:10` json: no-check: fragment"), markdown);
        assertTrue(report.summaryTable().contains("blocks without a checker: {text=1}"), report.summaryTable());
        assertEquals(List.of("lesson,kind,checked,marked,failed",
                "\"01-m/01-a.md\",json,0,1,0",
                "\"01-m/01-a.md\",sql,1,0,0",
                "\"01-m/01-a.md\",shell,1,0,0"),
                Files.readAllLines(temp.resolve("report/report.csv")));
        assertEquals(List.of("file,line,kind,outcome,detail",
                "\"01-m/01-a.md\",10,sql,checked,\"\"",
                "\"01-m/01-a.md\",10,shell,checked,\"\"",
                "\"01-m/01-a.md\",10,json,marked,\"no-check: fragment\""),
                Files.readAllLines(temp.resolve("report/blocks.csv")));
    }
}
