package dev.courseportal.web.instructor;

import dev.courseportal.domain.account.boundary.AccessDeniedException;
import dev.courseportal.domain.cohort.boundary.CohortProgress;
import dev.courseportal.domain.cohort.boundary.CohortService;
import dev.courseportal.domain.cohort.boundary.CohortViews.CohortSummary;
import dev.courseportal.domain.cohort.control.ProgressMatrix;
import dev.courseportal.web.admin.AdminTexts;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * A cohort's dashboard: the progress matrix (a snapshot taken when the page opens, refreshed on
 * demand, then sorted, filtered and paged in memory), the per-module chart and the inactive
 * learners. The snapshot's build time is shown and logged: it is the dashboard's server cost.
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DashboardView.class.getName());

    @EJB
    CohortProgress progress;

    @EJB
    CohortService cohorts;

    @Inject
    CurrentCaller caller;

    private Long id;
    private int days = 7;
    private boolean denied;
    private CohortSummary cohort;
    private ProgressMatrix matrix;
    private long buildMillis;
    private final MatrixModel model = new MatrixModel(this::matrix);
    static final int INACTIVE_SHOWN = 50;
    private transient List<ProgressMatrix.Row> inactive;
    private transient String[] marks;
    private transient java.util.Locale marksLocale;

    public void load() {
        if (id == null) {
            denied = true;
            AdminTexts.error("error.forbidden");
            return;
        }
        if (days < 1 || days > 365) {
            days = 7;
        }
        refresh();
    }

    public void refresh() {
        try {
            long started = System.nanoTime();
            cohort = cohorts.summary(caller.get(), id);
            matrix = progress.matrix(caller.get(), id);
            inactive = null;
            buildMillis = (System.nanoTime() - started) / 1_000_000;
            LOG.fine(() -> "dashboard of cohort " + id + ": " + matrix + " in " + buildMillis + " ms");
        } catch (AccessDeniedException e) {
            denied = true;
            cohort = null;
            matrix = null;
            AdminTexts.denied(e);
        }
    }

    ProgressMatrix matrix() {
        return matrix;
    }

    public boolean isFound() {
        return matrix != null && !denied;
    }

    public String getChart() {
        if (matrix == null) {
            return "";
        }
        return CompletionChart.svg(matrix.modules(), matrix.moduleCompletion(), AdminTexts.text("dashboard.chart.title"));
    }

    public int[] getModuleCompletion() {
        return matrix.moduleCompletion();
    }

    /** The longest idle first, at most {@link #INACTIVE_SHOWN}: a list of hundreds helps nobody. */
    public List<ProgressMatrix.Row> getInactive() {
        List<ProgressMatrix.Row> all = inactive();
        return all.size() > INACTIVE_SHOWN ? all.subList(0, INACTIVE_SHOWN) : all;
    }

    public int getInactiveCount() {
        return inactive().size();
    }

    private List<ProgressMatrix.Row> inactive() {
        if (matrix == null) {
            return List.of();
        }
        if (inactive == null) {
            inactive = matrix.inactiveSince(Instant.now().minus(Duration.ofDays(days)));
        }
        return inactive;
    }

    /** Also read while the page's component tree is built, before anyone knows whether it will show. */
    public List<ProgressMatrix.Column> getColumns() {
        return matrix == null ? List.of() : matrix.columns();
    }

    /** A lesson column's short header: module number and lesson number ("2.3"). */
    public String header(int column) {
        List<ProgressMatrix.ModuleSpan> modules = matrix.modules();
        for (int m = 0; m < modules.size(); m++) {
            if (column >= modules.get(m).from() && column < modules.get(m).to()) {
                return (m + 1) + "." + (column - modules.get(m).from() + 1);
            }
        }
        return String.valueOf(column + 1);
    }

    public int indexOf(ProgressMatrix.Column column) {
        return matrix.columns().indexOf(column);
    }

    public String cellClass(ProgressMatrix.Row row, int column) {
        return switch (row.state(column)) {
            case ProgressMatrix.DONE -> "cell cell-done";
            case ProgressMatrix.VISITED -> "cell cell-visited";
            default -> "cell cell-none";
        };
    }

    /** The cell's mark; the three marks are looked up once per language, not once per cell. */
    public String cellText(ProgressMatrix.Row row, int column) {
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        if (marks == null || !locale.equals(marksLocale)) {
            marks = new String[] {AdminTexts.text("dashboard.cell.none"), AdminTexts.text("dashboard.cell.visited"),
                    AdminTexts.text("dashboard.cell.done")};
            marksLocale = locale;
        }
        return marks[row.state(column)];
    }

    public int percent(ProgressMatrix.Row row) {
        return row.percent(matrix.columns().size());
    }

    public MatrixModel getModel() {
        return model;
    }

    public CohortSummary getCohort() {
        return cohort;
    }

    public long getBuildMillis() {
        return buildMillis;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
