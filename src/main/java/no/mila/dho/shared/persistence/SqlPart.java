package no.mila.dho.shared.persistence;

import java.util.List;

/**
 * A piece of SQL that one feature contributes to another feature's statement, with its parameters in order
 * (bound with {@code setObject}; a null is SQL NULL). Used where two features' writes must be one atomic statement on a hot path
 * (the report and its alert, ADR 0008): the SQL text stays in the persistence package of the feature that owns the
 * table it writes, and the statement that embeds it documents what the part may read.
 */
public record SqlPart(String sql, List<Object> parameters) {

    public SqlPart {
        // nulls are parameters too (SQL NULL), so not List.copyOf
        parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
    }
}
