package dev.courseportal.domain.account.boundary;

import dev.courseportal.domain.account.entity.Account;
import dev.courseportal.domain.account.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;

/** Creating and finding accounts. */
@Stateless
public class AccountService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Account create(String username, String displayName, Set<Role> roles, char[] password) {
        Account account = new Account(username, displayName, roles);
        if (password != null) {
            account.changePasswordHash(PasswordHasher.hash(password));
        }
        em.persist(account);
        return account;
    }

    public Optional<Account> byUsername(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> byId(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    public long count() {
        return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
    }
}
