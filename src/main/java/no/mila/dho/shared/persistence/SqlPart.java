package no.mila.dho.shared.persistence;

import java.util.List;

/**
 * A piece of SQL that one feature contributes to another feature's statement, with its parameters in order
 * (bound with {@code setObject}). Used where two features' writes must be one atomic statement on a hot path
 * (the report and its alert, ADR 0008): the SQL text stays in the persistence package of the feature that owns the
 * table it writes, and the statement that embeds it documents what the part may read.
 */
public record SqlPart(String sql, List<Object> parameters) {

    public SqlPart {
        parameters = List.copyOf(parameters);
    }
}
