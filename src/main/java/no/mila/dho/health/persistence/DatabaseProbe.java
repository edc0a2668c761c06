package no.mila.dho.health.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;

/** Whether the database takes a new connection (outside the pool) and answers its validation. */
@ApplicationScoped
public class DatabaseProbe {

    private final AgroalDataSource dataSource;

    public DatabaseProbe(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean healthy() throws SQLException {
        return dataSource.isHealthy(true);
    }
}
