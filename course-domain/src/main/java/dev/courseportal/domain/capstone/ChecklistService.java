package dev.courseportal.domain.capstone;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A learner's ticks on a lesson's checklist, keyed by the item ids the lesson declares. */
@Stateless
public class ChecklistService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Ticks or unticks one item; ticking twice or unticking an unticked item changes nothing. */
    public void set(long accountId, String lessonId, String itemId, boolean ticked) {
        if (ticked) {
            em.createNativeQuery("INSERT INTO checklist_tick (account_id, lesson_id, item_id, ticked_at) "
                            + "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                    .setParameter(1, accountId).setParameter(2, lessonId).setParameter(3, itemId)
                    .setParameter(4, Instant.now())
                    .executeUpdate();
        } else {
            em.createNativeQuery("DELETE FROM checklist_tick WHERE account_id = ?1 AND lesson_id = ?2 AND item_id = ?3")
                    .setParameter(1, accountId).setParameter(2, lessonId).setParameter(3, itemId)
                    .executeUpdate();
        }
    }

    public Set<String> ticked(long accountId, String lessonId) {
        @SuppressWarnings("unchecked")
        List<String> items = em.createNativeQuery(
                        "SELECT item_id FROM checklist_tick WHERE account_id = ?1 AND lesson_id = ?2")
                .setParameter(1, accountId).setParameter(2, lessonId)
                .getResultList();
        return new TreeSet<>(items);
    }
}
