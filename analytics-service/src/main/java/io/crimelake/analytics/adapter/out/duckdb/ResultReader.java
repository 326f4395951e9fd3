package io.crimelake.analytics.adapter.out.duckdb;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Turns a query's result set into a value. */
@FunctionalInterface
interface ResultReader<T> {

    T read(ResultSet result) throws SQLException;
}
