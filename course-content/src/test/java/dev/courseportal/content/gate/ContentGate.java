package dev.courseportal.content.gate;

import dev.courseportal.content.CodeBlock;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs every code block of the course through the checker for its kind, lesson by lesson in course order (SQL
 * depends on the order), and collects a {@link GateReport}. A block marked {@code no-check} is not run; a block
 * marked {@code parse-only} is only parsed where its kind has a parser that does not depend on the environment
 * (JSON, YAML, Avro, Python, bash); both count as marked with their reason.
 */
public final class ContentGate {

    /**
     * Where the gate runs.
     *
     * @param postgres     the running PostgreSQL
     * @param database     the database to create for this run (dropped at the end)
     * @param schemaScript the lab's sample schema, run in that database first
     * @param python       the python3 executable
     * @param workDir      where Python blocks are written for the compiler
     */
    public record Settings(GatePostgres postgres, String database, String schemaScript, String python, Path workDir) {
        public Settings {
            Objects.requireNonNull(postgres, "postgres");
        }
    }

    private final Settings settings;
    private final JsonBlockChecker json = new JsonBlockChecker();
    private final YamlBlockChecker yaml = new YamlBlockChecker();
    private final AvroBlockChecker avro = new AvroBlockChecker();
    private final ShellBlockChecker shell = new ShellBlockChecker();

    public ContentGate(Settings settings) {
        this.settings = settings;
    }

    public GateReport run(List<GateLesson> lessons) {
        long started = System.nanoTime();
        List<Pending> pending = new ArrayList<>();
        List<CodeBlock> python = new ArrayList<>();
        Map<String, Integer> withoutChecker = new TreeMap<>();
        settings.postgres().createDatabase(settings.database(), settings.schemaScript());
        try {
            for (GateLesson lesson : lessons) {
                checkLesson(lesson, pending, python, withoutChecker);
            }
        } finally {
            settings.postgres().dropDatabase(settings.database());
        }
        Map<CodeBlock, Verdict> compiled = new PythonCompiler(settings.python(), settings.workDir()).compile(python);
        List<BlockResult> results = new ArrayList<>();
        for (Pending item : pending) {
            Verdict verdict = item.verdict != null ? item.verdict : compiled.get(item.block);
            if (item.parseOnlyReason != null && verdict.issues().isEmpty()) {
                verdict = Verdict.marked(item.parseOnlyReason);
            }
            results.add(new BlockResult(item.file, item.block.line(), item.kind, verdict.outcome(),
                    verdict.markReason(), verdict.issues()));
        }
        return new GateReport(results, withoutChecker, Duration.ofNanos(System.nanoTime() - started));
    }

    /** A block on its way to a result; Python verdicts arrive after the batch compile. */
    private static final class Pending {
        final String file;
        final CodeBlock block;
        final BlockKind kind;
        Verdict verdict;
        String parseOnlyReason;

        Pending(String file, CodeBlock block, BlockKind kind) {
            this.file = file;
            this.block = block;
            this.kind = kind;
        }
    }

    private void checkLesson(GateLesson lesson, List<Pending> pending, List<CodeBlock> python,
                             Map<String, Integer> withoutChecker) {
        List<CodeBlock> avroBlocks = new ArrayList<>();
        Set<CodeBlock> avroToRun = new LinkedHashSet<>();
        Map<CodeBlock, Pending> avroPending = new IdentityHashMap<>();
        try (LessonSql sql = new LessonSql()) {
            for (CodeBlock block : lesson.codeBlocks()) {
                BlockKind kind = BlockKind.forLanguage(block.language()).orElse(null);
                if (kind == null) {
                    withoutChecker.merge(block.language(), 1, Integer::sum);
                    continue;
                }
                if (kind == BlockKind.JSON) {
                    kind = json.kindOf(block);
                }
                Pending item = new Pending(lesson.sourcePath(), block, kind);
                pending.add(item);
                if (kind == BlockKind.AVRO) {
                    avroBlocks.add(block);
                }
                String noCheck = block.attribute("no-check").orElse(null);
                String parseOnly = block.attribute("parse-only").orElse(null);
                if (noCheck != null) {
                    item.verdict = Verdict.marked("no-check: " + noCheck);
                } else if (parseOnly != null) {
                    item.parseOnlyReason = "parse-only: " + parseOnly;
                    item.verdict = parseOnly(kind, block, python);
                } else if (kind == BlockKind.PYTHON) {
                    python.add(block);
                } else if (kind == BlockKind.AVRO) {
                    avroToRun.add(block);
                    avroPending.put(block, item);
                } else {
                    item.verdict = run(kind, block, sql);
                }
            }
        }
        avro.check(avroBlocks, avroToRun).forEach((block, verdict) -> avroPending.get(block).verdict = verdict);
    }

    private Verdict parseOnly(BlockKind kind, CodeBlock block, List<CodeBlock> python) {
        return switch (kind) {
            case CONNECTOR_CONFIG, JSON -> json.parseOnly(block);
            case YAML -> yaml.parseOnly(block);
            case AVRO -> avro.parseOnly(block);
            case SHELL -> shell.parseOnly(block);
            case PYTHON -> {
                python.add(block);
                yield null;
            }
            // PostgreSQL cannot parse without executing, and a parse-only statement is one this server cannot run.
            case SQL -> Verdict.passed();
        };
    }

    private Verdict run(BlockKind kind, CodeBlock block, LessonSql sql) {
        return switch (kind) {
            case CONNECTOR_CONFIG, JSON -> json.check(block);
            case YAML -> yaml.check(block);
            case SHELL -> shell.check(block);
            case SQL -> sql.run(block);
            case PYTHON, AVRO -> throw new IllegalStateException(kind + " blocks are checked in batches");
        };
    }

    /** The lesson's SQL session, opened at its first SQL block. */
    private final class LessonSql implements AutoCloseable {
        private SqlBlockRunner runner;

        Verdict run(CodeBlock block) {
            try {
                if (runner == null) {
                    runner = new SqlBlockRunner(settings.postgres().connect(settings.database()));
                }
            } catch (SQLException e) {
                return Verdict.failed(block.line(), "cannot connect to the gate's PostgreSQL: " + e.getMessage());
            }
            return runner.run(block);
        }

        @Override
        public void close() {
            if (runner != null) {
                try {
                    runner.close();
                } catch (SQLException e) {
                    // Closing a session whose server is gone: nothing left to clean up.
                }
            }
        }
    }
}
