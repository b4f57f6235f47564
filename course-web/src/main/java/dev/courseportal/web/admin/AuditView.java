package dev.courseportal.web.admin;

import dev.courseportal.domain.audit.AuditAction;
import dev.courseportal.domain.audit.AuditEntry;
import dev.courseportal.domain.audit.AuditLog;
import dev.courseportal.domain.audit.AuditQuery;
import dev.courseportal.web.security.CurrentCaller;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log for administrators: filtered by who, what, text and dates; paged; exported as CSV. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One entry as the table shows it. */
    public record Line(long id, Instant at, String actor, String action, String target, String detail)
            implements Serializable {
    }

    @EJB
    AuditLog audit;

    @Inject
    CurrentCaller caller;

    private String actor;
    private String action;
    private String text;
    private LocalDate from;
    private LocalDate to;
    private final Model model = new Model();

    /** The log a page at a time, newest first. */
    public class Model extends LazyDataModel<Line> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(caller.get(), query()));
        }

        @Override
        public List<Line> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return audit.search(caller.get(), query(), first, pageSize).stream().map(AuditView::line).toList();
        }

        @Override
        public String getRowKey(Line line) {
            return String.valueOf(line.id());
        }
    }

    static Line line(AuditEntry e) {
        return new Line(e.id(), e.at(), e.actor(), e.action(), e.target(), e.detail());
    }

    AuditQuery query() {
        return query(actor, action, text, from, to);
    }

    static AuditQuery query(String actor, String action, String text, LocalDate from, LocalDate to) {
        ZoneId zone = ZoneId.systemDefault();
        return new AuditQuery(actor, action, text,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The export link carries the same filter as the table. */
    public String getExportQuery() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("actor", actor);
        params.put("action", action);
        params.put("text", text);
        params.put("from", from == null ? null : from.toString());
        params.put("to", to == null ? null : to.toString());
        return params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public Model getModel() {
        return model;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
