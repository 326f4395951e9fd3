package io.crimelake.analytics.adapter.out.duckdb;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL text built only from constants in this package plus its bound parameter values: request values never
 * become SQL text.
 */
record SqlQuery(String sql, List<Object> parameters) {

    SqlQuery {
        requireNonNull(sql, "sql is null");
        parameters = List.copyOf(parameters);
    }

    /** Prepares the statement on {@code connection} and binds every parameter. */
    PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** Accumulates constant SQL fragments and bound values. */
    static final class Builder {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        /** Appends a constant fragment; never pass request data here. */
        Builder sql(String constantFragment) {
            sql.append(constantFragment);
            return this;
        }

        /** Appends a {@code ?} placeholder bound to {@code value}. */
        Builder bind(Object value) {
            sql.append('?');
            parameters.add(requireNonNull(value, "value is null"));
            return this;
        }

        /** Appends {@code (?, ?, ...)} with one placeholder per value. */
        Builder bindList(List<?> values) {
            sql.append('(');
            for (int i = 0; i < values.size(); i++) {
                sql.append(i == 0 ? "" : ", ");
                bind(values.get(i));
            }
            sql.append(')');
            return this;
        }

        SqlQuery build() {
            return new SqlQuery(sql.toString(), parameters);
        }
    }
}
