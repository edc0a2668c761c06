package no.mila.dho.threshold.persistence;

import io.quarkus.panache.common.Parameters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.List;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;

/** One page of a native search: the rows of the page and the count of all of them, with the same parameters. */
final class SqlPage {

    private SqlPage() {
    }

    /**
     * {@code columns} selected {@code from} (the {@code FROM ... WHERE ...} of the search) in {@code order}, read as
     * {@code type} (an entity, or {@link Tuple} with the columns by alias); {@code params} binds rows and count.
     */
    @SuppressWarnings("unchecked")
    static <T> Page<T> page(EntityManager em, String columns, String from, String order, Class<T> type,
                            Parameters params, PageRequest page) {
        Query total = em.createNativeQuery("SELECT count(*) AS total " + from, Tuple.class);
        params.map().forEach(total::setParameter);
        Query rows = em.createNativeQuery("SELECT " + columns + " " + from + " ORDER BY " + order, type);
        params.map().forEach(rows::setParameter);
        List<T> items = rows.setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, ((Tuple) total.getSingleResult()).get("total", Number.class).longValue());
    }
}
