package dev.courseportal.web.instructor;

import dev.courseportal.domain.cohort.control.ProgressMatrix;
import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The progress matrix for the lazy data table: only the rows of the page on screen are rendered.
 * Filters: the learner's name (contains) and progress ("notStarted", "inProgress", "completed").
 * Sorts: name, progress, last activity, quiz score.
 */
public class MatrixModel extends LazyDataModel<ProgressMatrix.Row> {

    private static final long serialVersionUID = 1L;
    private final SerializableSupplier<ProgressMatrix> matrix;

    /** A supplier that survives view-state serialization. */
    public interface SerializableSupplier<T> extends Supplier<T>, Serializable {
    }

    MatrixModel(SerializableSupplier<ProgressMatrix> matrix) {
        this.matrix = matrix;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) filtered(filterBy).count();
    }

    @Override
    public List<ProgressMatrix.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
        Stream<ProgressMatrix.Row> rows = filtered(filterBy);
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        if (sort != null && sort.getOrder() != SortOrder.UNSORTED) {
            Comparator<ProgressMatrix.Row> order = comparator(sort.getField());
            rows = rows.sorted(sort.getOrder() == SortOrder.DESCENDING ? order.reversed() : order);
        }
        return rows.skip(first).limit(pageSize).toList();
    }

    Stream<ProgressMatrix.Row> filtered(Map<String, FilterMeta> filterBy) {
        ProgressMatrix m = matrix.get();
        if (m == null) {
            return Stream.empty();
        }
        int lessons = m.columns().size();
        Predicate<ProgressMatrix.Row> keep = row -> true;
        for (FilterMeta filter : filterBy.values()) {
            Object value = filter.getFilterValue();
            if (value == null || value.toString().isBlank()) {
                continue;
            }
            String wanted = value.toString().strip().toLowerCase(Locale.ROOT);
            switch (String.valueOf(filter.getField())) {
                case "displayName" -> keep = keep.and(row -> row.displayName().toLowerCase(Locale.ROOT).contains(wanted)
                        || row.username().toLowerCase(Locale.ROOT).contains(wanted));
                case "done" -> keep = keep.and(row -> switch (wanted) {
                    case "notstarted" -> row.done() == 0 && row.lastActivity() == null;
                    case "inprogress" -> row.lastActivity() != null && row.done() < lessons;
                    case "completed" -> lessons > 0 && row.done() == lessons;
                    default -> true;
                });
                default -> {
                    // an unknown filter (a tampered request) filters nothing
                }
            }
        }
        return m.rows().stream().filter(keep);
    }

    static Comparator<ProgressMatrix.Row> comparator(String field) {
        return switch (field == null ? "" : field) {
            case "done" -> Comparator.comparingInt(ProgressMatrix.Row::done);
            case "lastActivity" -> Comparator.comparing(ProgressMatrix.Row::lastActivity,
                    Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
            case "quiz" -> Comparator.comparingInt(ProgressMatrix.Row::quizPercent);
            default -> Comparator.comparing((ProgressMatrix.Row r) -> r.displayName().toLowerCase(Locale.ROOT))
                    .thenComparing(ProgressMatrix.Row::username);
        };
    }

    @Override
    public String getRowKey(ProgressMatrix.Row row) {
        return String.valueOf(row.accountId());
    }
}
