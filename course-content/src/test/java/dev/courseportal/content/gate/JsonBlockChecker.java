package dev.courseportal.content.gate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.courseportal.content.CodeBlock;

import java.util.Optional;

/**
 * JSON blocks: parsed strictly (a duplicate key is an error, since Kafka Connect would silently keep the last one);
 * connector configurations among them go on to {@link ConnectorConfigChecker}.
 */
final class JsonBlockChecker {
    private final ObjectMapper mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private final ConnectorConfigChecker connectors = new ConnectorConfigChecker();

    /** What the block is, for the report: a connector configuration if it parses into one or mentions one. */
    BlockKind kindOf(CodeBlock block) {
        return parse(block).map(ConnectorConfigChecker::isConnectorConfig)
                .orElse(block.code().contains("\"connector.class\""))
                ? BlockKind.CONNECTOR_CONFIG : BlockKind.JSON;
    }

    Verdict check(CodeBlock block) {
        Verdict parsed = parseOnly(block);
        if (!parsed.issues().isEmpty()) {
            return parsed;
        }
        JsonNode root = parse(block).orElseThrow();
        return ConnectorConfigChecker.isConnectorConfig(root) ? connectors.check(block, root) : Verdict.passed();
    }

    /** Only whether the block is well-formed JSON (for {@code parse-only} blocks). */
    Verdict parseOnly(CodeBlock block) {
        try {
            mapper.readTree(block.code());
            return Verdict.passed();
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNr(), 1);
            return Verdict.failed(block.line() + line, "invalid JSON: " + e.getOriginalMessage());
        }
    }

    private Optional<JsonNode> parse(CodeBlock block) {
        try {
            JsonNode node = mapper.readTree(block.code());
            return Optional.ofNullable(node);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
