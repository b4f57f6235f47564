package dev.courseportal.domain.capstone;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Capstone design submissions. A submission is never edited after the fact: a revised design is a
 * new submission, so the instructor sees the history.
 */
@Stateless
public class CapstoneService {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 10_000;
    static final int MAX_URL = 500;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Why a submission was refused, as a message key for the page. */
    public static class InvalidSubmission extends Exception {
        private static final long serialVersionUID = 1L;

        public InvalidSubmission(String messageKey) {
            super(messageKey);
        }
    }

    public CapstoneSubmission submit(long accountId, String title, String designUrl, String summary)
            throws InvalidSubmission {
        String cleanTitle = title == null ? "" : title.strip();
        String cleanSummary = summary == null ? "" : summary.strip();
        String cleanUrl = designUrl == null || designUrl.isBlank() ? null : designUrl.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
            throw new InvalidSubmission("capstone.invalidTitle");
        }
        if (cleanSummary.isEmpty() || cleanSummary.length() > MAX_SUMMARY) {
            throw new InvalidSubmission("capstone.invalidSummary");
        }
        if (cleanUrl != null && !isWebLink(cleanUrl)) {
            throw new InvalidSubmission("capstone.invalidUrl");
        }
        CapstoneSubmission submission = new CapstoneSubmission(accountId, cleanTitle, cleanUrl, cleanSummary,
                Instant.now());
        em.persist(submission);
        return submission;
    }

    public List<CapstoneSubmission> of(long accountId) {
        return em.createNamedQuery(CapstoneSubmission.OF_ACCOUNT, CapstoneSubmission.class)
                .setParameter("accountId", accountId).getResultList();
    }

    public List<CapstoneSubmission> ofLearners(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(CapstoneSubmission.OF_ACCOUNTS, CapstoneSubmission.class)
                .setParameter("accountIds", accountIds).getResultList();
    }

    /** Records a review; a stale version (someone reviewed it meanwhile) is refused, not overwritten. */
    public void review(long submissionId, long expectedVersion, long reviewer, ReviewStatus status, String comment) {
        CapstoneSubmission submission = em.find(CapstoneSubmission.class, submissionId);
        if (submission == null) {
            throw new IllegalArgumentException("no submission " + submissionId);
        }
        if (submission.version() != expectedVersion) {
            throw new OptimisticLockException("submission " + submissionId + " was reviewed meanwhile");
        }
        String cleanComment = comment == null || comment.isBlank() ? null
                : comment.strip().substring(0, Math.min(comment.strip().length(), 4000));
        submission.review(reviewer, status, cleanComment, Instant.now());
    }

    static boolean isWebLink(String url) {
        if (url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
