package dev.courseportal.web.search;

import dev.courseportal.content.search.SearchHit;
import dev.courseportal.domain.catalog.CourseCatalog;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** Full-text search over the course; the query comes from a GET parameter so results can be linked. */
@Named
@RequestScoped
public class SearchView {

    static final int LIMIT = 30;

    @EJB
    CourseCatalog catalog;

    private String q;
    private List<SearchHit> hits;

    public List<SearchHit> getHits() {
        if (hits == null) {
            hits = q == null || q.isBlank() ? List.of() : catalog.search().search(q.strip(), LIMIT);
        }
        return hits;
    }

    public boolean isSearched() {
        return q != null && !q.isBlank();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? null : (q.length() > 200 ? q.substring(0, 200) : q);
    }
}
