package dev.courseportal.content.internal;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.io.StringReader;
import java.util.Optional;

/**
 * Parses YAML into SnakeYAML's node tree rather than into Java objects: nodes keep their line numbers, which every
 * problem report needs. Aliases and nesting are bounded because the input is authored text, not trusted data.
 */
final class YamlParsing {

    private YamlParsing() {
    }

    /**
     * Parses one YAML document that must be a mapping.
     *
     * @param firstLine the line of the file the YAML text starts at (2 for front matter after {@code ---})
     */
    static Optional<YamlMap> parseMapping(String yaml, String file, int firstLine, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(1_000_000);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() : 0;
            problems.add(file, firstLine + line, "invalid YAML: " + describe(e));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(file, firstLine, "invalid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(file, firstLine, root == null ? "empty YAML: fields are missing" : "YAML must be a mapping of fields");
            return Optional.empty();
        }
        return Optional.of(new YamlMap(mapping, file, firstLine, "", problems));
    }

    private static String describe(MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : e.getContext() + ", ";
        String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
        String hint = problem.startsWith("mapping values are not allowed")
                ? " (a text that contains ': ' must be put in quotes)" : "";
        return context + problem + hint;
    }
}
