package dev.courseportal.content.gate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.courseportal.content.gate.GateTestSupport.block;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Python compiled by python3; shell checked by bash -n and against Kafka Connect's REST resources. */
class PythonAndShellTest {
    private final ShellBlockChecker shell = new ShellBlockChecker();

    @TempDir
    Path temp;

    private List<String> shellMessages(String code) {
        return shell.check(block("bash", code)).issues().stream().map(i -> i.line() + ": " + i.message()).toList();
    }

    @Test
    void pythonWithASyntaxErrorFailsAtItsLine() {
        var good = block("python", "import pandas as pd\nframe = pd.DataFrame()\n");
        var bad = block("python", "for event in events:\nprint(event)\n");
        Map<dev.courseportal.content.CodeBlock, Verdict> verdicts =
                new PythonCompiler(GateTestSupport.python(), temp).compile(List.of(good, bad));
        assertEquals(Outcome.CHECKED, verdicts.get(good).outcome());
        assertEquals(12, verdicts.get(bad).issues().get(0).line());
        assertTrue(verdicts.get(bad).issues().get(0).message().contains("IndentationError"),
                verdicts.get(bad).issues().toString());
    }

    @Test
    void shellWithASyntaxErrorFails() {
        List<String> messages = shellMessages("if [ -f x ]; then\n  echo yes\n");
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.get(0).contains("bash -n: syntax error"), messages::toString);
    }

    @Test
    void connectRestCallsThatExistPass() {
        assertEquals(List.of(), shellMessages("""
                curl -s localhost:8083/ | jq .
                curl -s http://localhost:8083/connectors?expand=status
                curl -s -X PUT -H 'Content-Type: application/json' \\
                     --data @inventory-connector.json \\
                     http://localhost:8083/connectors/inventory-connector/config
                curl -s -X POST "localhost:8083/connectors/$NAME/restart?includeTasks=true&onlyFailed=true"
                curl -s -XPUT connect:8083/connectors/inventory-connector/pause
                curl -s -X POST -H 'Content-Type: application/json' -d @c.json "$LAB_CONNECT_URL/connectors"
                curl -s localhost:8083/connectors/inventory-connector/tasks/0/status
                curl -s -X PUT localhost:8083/connector-plugins/PostgresConnector/config/validate -d @c.json
                curl -s -X DELETE localhost:8083/connectors/inventory-connector/offsets
                curl -s localhost:8081/subjects/not-connect
                """));
    }

    @Test
    void aConnectRestPathThatDoesNotExistFails() {
        assertEquals(List.of("11: Kafka Connect has no REST path /connectors/inventory-connector/state (did you mean "
                        + "'/connectors/{connector}/status'?)"),
                shellMessages("curl -s localhost:8083/connectors/inventory-connector/state\n"));
    }

    @Test
    void theWrongMethodAndAnUnknownQueryParameterFail() {
        List<String> messages = shellMessages("""
                curl -s -X POST localhost:8083/connectors/inventory-connector/pause
                curl -s -X POST localhost:8083/connectors/inventory-connector/restart?includeTask=true
                curl -s -d '{}' localhost:8083/connectors/inventory-connector/config
                """);
        assertEquals(List.of(
                "11: Kafka Connect answers /connectors/{connector}/pause to PUT, not POST",
                "12: Kafka Connect's POST /connectors/{connector}/restart has no query parameter 'includeTask' (it "
                        + "takes forward, includeTasks, onlyFailed)",
                "13: Kafka Connect answers /connectors/{connector}/config to GET, PATCH, PUT, not POST"), messages);
    }
}
