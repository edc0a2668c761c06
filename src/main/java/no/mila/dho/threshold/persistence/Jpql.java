package no.mila.dho.threshold.persistence;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;

/** One page of a JPQL search: the rows of the page and the count of all of them, with the same parameters. */
final class Jpql {

    private Jpql() {
    }

    /** {@code select} and {@code count} share their {@code from ... where}; {@code params} binds both. */
    static <T> Page<T> page(EntityManager em, String select, String count, Class<T> type, Parameters params,
                            PageRequest page) {
        TypedQuery<Long> total = em.createQuery(count, Long.class);
        params.map().forEach(total::setParameter);
        TypedQuery<T> rows = em.createQuery(select, type);
        params.map().forEach(rows::setParameter);
        return Page.of(rows.setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList(), page,
                total.getSingleResult());
    }
}
