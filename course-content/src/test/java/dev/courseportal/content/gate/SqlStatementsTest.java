package dev.courseportal.content.gate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Splitting SQL blocks into statements the way psql does. */
class SqlStatementsTest {

    @Test
    void splitsOnSemicolonsOutsideQuotesCommentsAndDollarQuotes() {
        String code = """
                -- a comment; not a statement
                SELECT 'a;b' AS "x;y";

                /* block; /* nested; */ comment */
                DO $$
                BEGIN
                    PERFORM 1;
                END
                $$;
                INSERT INTO t VALUES (E'it\\'s; fine'), ($tag$;$tag$)
                """;
        List<SqlStatements.Statement> statements = SqlStatements.split(code);
        assertEquals(3, statements.size(), statements::toString);
        assertEquals(new SqlStatements.Statement("SELECT 'a;b' AS \"x;y\"", 1), statements.get(0));
        assertEquals(4, statements.get(1).lineOffset());
        assertEquals("DO $$\nBEGIN\n    PERFORM 1;\nEND\n$$", statements.get(1).sql());
        assertEquals(new SqlStatements.Statement("INSERT INTO t VALUES (E'it\\'s; fine'), ($tag$;$tag$)", 9),
                statements.get(2));
    }

    @Test
    void aBlockOfCommentsHasNoStatements() {
        assertEquals(List.of(), SqlStatements.split("-- nothing to run\n/* still nothing */\n"));
    }
}
