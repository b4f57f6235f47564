package dev.courseportal.web.instructor;

import dev.courseportal.domain.cohort.control.ProgressMatrix;
import java.util.List;

/**
 * The per-module completion chart as inline SVG drawn on the server: no chart script, nothing
 * from a CDN, readable by a screen reader through its title and the table beside it.
 */
public final class CompletionChart {

    private static final int ROW = 28;
    private static final int LABEL = 330;
    private static final int BAR = 360;

    private CompletionChart() {
    }

    public static String svg(List<ProgressMatrix.ModuleSpan> modules, int[] percent, String title) {
        int height = modules.size() * ROW + 10;
        int width = LABEL + BAR + 60;
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"completion-chart\" role=\"img\" ")
                .append("viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" ")
                .append("aria-labelledby=\"completion-chart-title\"><title id=\"completion-chart-title\">")
                .append(escape(title)).append("</title>");
        for (int i = 0; i < modules.size(); i++) {
            int y = 5 + i * ROW;
            int value = Math.max(0, Math.min(100, percent[i]));
            int bar = BAR * value / 100;
            svg.append("<g class=\"chart-row\" data-module=\"").append(escape(modules.get(i).id())).append("\">")
                    .append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\" class=\"chart-label\">").append(escape(shorten(modules.get(i).title())))
                    .append("</text>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(BAR)
                    .append("\" height=\"18\" class=\"chart-track\"/>")
                    .append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(bar)
                    .append("\" height=\"18\" class=\"chart-bar\"/>")
                    .append("<text x=\"").append(LABEL + BAR + 8).append("\" y=\"").append(y + 17)
                    .append("\" class=\"chart-value\">").append(value).append(" %</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    private static String shorten(String title) {
        return title.length() > 40 ? title.substring(0, 39) + "…" : title;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
