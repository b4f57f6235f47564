package dev.courseportal.content.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the cycles of a small directed graph (prerequisites, module arrows), each reported once. */
final class GraphCycles {
    private final Map<String, List<String>> edges;
    private final Map<String, Integer> state = new HashMap<>();
    private final List<String> path = new ArrayList<>();
    private final Set<List<String>> cycles = new LinkedHashSet<>();

    private GraphCycles(Map<String, List<String>> edges) {
        this.edges = edges;
    }

    /**
     * Every elementary cycle met by a depth-first walk, as the path that closes it ({@code a, b, a}), rotated to
     * start at its smallest node so that the same cycle is not reported twice. Edges to unknown nodes are ignored.
     */
    static List<List<String>> find(Map<String, List<String>> edges) {
        GraphCycles search = new GraphCycles(edges);
        edges.keySet().stream().sorted().forEach(search::visit);
        return List.copyOf(search.cycles);
    }

    private void visit(String node) {
        Integer seen = state.get(node);
        if (seen != null) {
            if (seen == 1) {
                recordCycle(node);
            }
            return;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : edges.getOrDefault(node, List.of())) {
            if (edges.containsKey(next)) {
                visit(next);
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
    }

    private void recordCycle(String start) {
        List<String> cycle = new ArrayList<>(path.subList(path.lastIndexOf(start), path.size()));
        int smallest = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (cycle.get(i).compareTo(cycle.get(smallest)) < 0) {
                smallest = i;
            }
        }
        List<String> rotated = new ArrayList<>(cycle.subList(smallest, cycle.size()));
        rotated.addAll(cycle.subList(0, smallest));
        rotated.add(rotated.get(0));
        cycles.add(List.copyOf(rotated));
    }
}
