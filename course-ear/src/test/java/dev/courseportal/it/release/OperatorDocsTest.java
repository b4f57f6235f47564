package dev.courseportal.it.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** An operator can configure the artifact from the docs alone: every variable it reads is described. */
class OperatorDocsTest {

    @Test
    void everyVariableTheArtifactReadsIsDocumented() {
        Set<String> undocumented = new TreeSet<>(Release.variablesTheArtifactReads());
        undocumented.removeAll(Release.documentedVariables());
        assertEquals(Set.of(), undocumented,
                "read by the CLI scripts or the code, but described neither in README.md nor in docs/operations.md");
    }

    @Test
    void theReadmeLeadsToTheOperationsGuide() {
        assertTrue(Release.read(Release.projectRoot().resolve("README.md")).contains("docs/operations.md"));
    }
}
