package dev.courseportal.web.roadmap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the course roadmap as inline SVG on the server: modules in rows by how deep they build on
 * others, arrows from each module to those that build on it, each box a link coloured by the
 * learner's state. Needs no script, so it works for everyone and raises no browser error.
 */
public final class RoadmapDiagram {

    /** One module as the diagram shows it. {@code state} is a CSS modifier: not-started, in-progress, done. */
    public record Node(String id, String title, List<String> buildsOn, String state, int percent, String href,
                       String label) {
    }

    static final int BOX_WIDTH = 230;
    static final int BOX_HEIGHT = 64;
    static final int COLUMN_GAP = 30;
    static final int ROW_GAP = 46;
    static final int MARGIN = 10;

    private RoadmapDiagram() {
    }

    public static String svg(List<Node> nodes, String ariaLabel) {
        Map<String, Node> byId = new HashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Map<String, Integer> depth = new HashMap<>();
        nodes.forEach(n -> depthOf(n, byId, depth, 0));
        List<List<Node>> rows = new ArrayList<>();
        for (Node node : nodes) {
            int d = depth.get(node.id());
            while (rows.size() <= d) {
                rows.add(new ArrayList<>());
            }
            rows.get(d).add(node);
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        int width = MARGIN * 2 + columns * BOX_WIDTH + (columns - 1) * COLUMN_GAP;
        int height = MARGIN * 2 + rows.size() * BOX_HEIGHT + (rows.size() - 1) * ROW_GAP;
        Map<String, int[]> position = new HashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Node> row = rows.get(r);
            int rowWidth = row.size() * BOX_WIDTH + (row.size() - 1) * COLUMN_GAP;
            int x = (width - rowWidth) / 2;
            for (Node node : row) {
                position.put(node.id(), new int[] {x, MARGIN + r * (BOX_HEIGHT + ROW_GAP)});
                x += BOX_WIDTH + COLUMN_GAP;
            }
        }
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg class=\"roadmap\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" role=\"group\" aria-label=\"")
                .append(escape(ariaLabel)).append("\">");
        svg.append("<defs><marker id=\"roadmap-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" "
                + "class=\"roadmap-arrowhead\"/></marker></defs>");
        for (Node node : nodes) {
            int[] to = position.get(node.id());
            for (String from : node.buildsOn()) {
                int[] start = position.get(from);
                if (start == null) {
                    continue;
                }
                int x1 = start[0] + BOX_WIDTH / 2;
                int y1 = start[1] + BOX_HEIGHT;
                int x2 = to[0] + BOX_WIDTH / 2;
                int y2 = to[1] - 2;
                int mid = (y1 + y2) / 2;
                svg.append("<path class=\"roadmap-edge\" marker-end=\"url(#roadmap-arrow)\" d=\"M").append(x1).append(',')
                        .append(y1).append(" C").append(x1).append(',').append(mid).append(' ').append(x2).append(',')
                        .append(mid).append(' ').append(x2).append(',').append(y2).append("\"/>");
            }
        }
        for (Node node : nodes) {
            int[] at = position.get(node.id());
            svg.append("<a href=\"").append(escape(node.href())).append("\" class=\"roadmap-node roadmap-")
                    .append(escape(node.state())).append("\" aria-label=\"").append(escape(node.label())).append("\">")
                    .append("<rect x=\"").append(at[0]).append("\" y=\"").append(at[1]).append("\" width=\"")
                    .append(BOX_WIDTH).append("\" height=\"").append(BOX_HEIGHT).append("\" rx=\"10\"/>")
                    .append("<text x=\"").append(at[0] + 12).append("\" y=\"").append(at[1] + 26).append("\" class=\"roadmap-title\">")
                    .append(escape(shorten(node.title(), 30))).append("</text>")
                    .append("<text x=\"").append(at[0] + 12).append("\" y=\"").append(at[1] + 48).append("\" class=\"roadmap-percent\">")
                    .append(node.percent()).append(" %</text>")
                    .append("<rect x=\"").append(at[0] + 60).append("\" y=\"").append(at[1] + 41).append("\" width=\"")
                    .append(BOX_WIDTH - 75).append("\" height=\"8\" rx=\"4\" class=\"roadmap-bar\"/>")
                    .append("<rect x=\"").append(at[0] + 60).append("\" y=\"").append(at[1] + 41).append("\" width=\"")
                    .append((BOX_WIDTH - 75) * node.percent() / 100).append("\" height=\"8\" rx=\"4\" class=\"roadmap-bar-fill\"/>")
                    .append("</a>");
        }
        return svg.append("</svg>").toString();
    }

    private static int depthOf(Node node, Map<String, Node> byId, Map<String, Integer> depth, int guard) {
        Integer known = depth.get(node.id());
        if (known != null) {
            return known;
        }
        int d = 0;
        if (guard < byId.size()) {
            for (String parent : node.buildsOn()) {
                Node p = byId.get(parent);
                if (p != null) {
                    d = Math.max(d, depthOf(p, byId, depth, guard + 1) + 1);
                }
            }
        }
        depth.put(node.id(), d);
        return d;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
