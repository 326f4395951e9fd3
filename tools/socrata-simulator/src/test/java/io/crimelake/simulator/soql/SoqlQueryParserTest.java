package io.crimelake.simulator.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crimelake.simulator.data.Column;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoqlQueryParserTest {

    @Test
    void andBindsTighterThanOr() {
        Predicate where = SoqlQueryParser.parse(Map.of("$where", "ward = 1 OR ward = 2 AND arrest = true"))
                .where();

        assertThat(where).isInstanceOf(Predicate.Or.class);
        assertThat(((Predicate.Or) where).right()).isInstanceOf(Predicate.And.class);
    }

    @Test
    void betweenKeepsItsOwnAnd() {
        Predicate where = SoqlQueryParser.parse(
                        Map.of("$where", "date between '2024-01-01' and '2024-01-31' and primary_type = 'THEFT'"))
                .where();

        assertThat(where).isInstanceOf(Predicate.And.class);
        assertThat(((Predicate.And) where).right())
                .isEqualTo(new Predicate.Comparison(
                        Column.PRIMARY_TYPE, Operator.EQUAL, new Literal(Literal.Kind.STRING, "THEFT")));
    }

    @Test
    void quotedStringsMayContainEscapedQuotesAndKeywords() {
        Predicate where = SoqlQueryParser.parse(Map.of("$where", "block = 'O''HARE AND OR'"))
                .where();

        assertThat(where)
                .isEqualTo(new Predicate.Comparison(
                        Column.BLOCK, Operator.EQUAL, new Literal(Literal.Kind.STRING, "O'HARE AND OR")));
    }

    @Test
    void selectOrderAndGroupAreParsed() {
        SoqlQuery query = SoqlQueryParser.parse(Map.of(
                "$select", "primary_type, count(*) AS n",
                "$group", "primary_type",
                "$order", "n DESC, primary_type",
                "$limit", "10",
                "$offset", "20"));

        assertThat(query.select())
                .containsExactly(
                        new SelectItem.ColumnItem(Column.PRIMARY_TYPE, "primary_type"), new SelectItem.CountItem("n"));
        assertThat(query.order())
                .containsExactly(
                        new OrderItem("n", OrderItem.Direction.DESCENDING),
                        new OrderItem("primary_type", OrderItem.Direction.ASCENDING));
        assertThat(query.group()).containsExactly(Column.PRIMARY_TYPE);
        assertThat(query.limit()).isEqualTo(10);
        assertThat(query.offset()).isEqualTo(20);
        assertThat(query.isAggregate()).isTrue();
    }

    @Test
    void appTokenAndOtherDoubleDollarParametersAreNotPartOfTheQuery() {
        SoqlQuery query = SoqlQueryParser.parse(Map.of("$$app_token", "abc", "$$exclude_system_fields", "false"));

        assertThat(query.where()).isInstanceOf(Predicate.MatchAll.class);
        assertThat(query.limit()).isEqualTo(SoqlQuery.DEFAULT_LIMIT);
    }

    @Test
    void rejectsWhatThePortalRejects() {
        List<Map<String, String>> bad = List.of(
                Map.of("$limit", "50001"),
                Map.of("$limit", "ten"),
                Map.of("$offset", "-1"),
                Map.of("$where", "id >"),
                Map.of("$where", "(id > 1"),
                Map.of("$where", "date > 'unterminated"),
                Map.of("$where", "upper(block) = 'X'"),
                Map.of("$having", "count > 1"),
                Map.of("$select", "id,"));

        for (Map<String, String> parameters : bad) {
            assertThatThrownBy(() -> SoqlQueryParser.parse(parameters))
                    .as(parameters.toString())
                    .isInstanceOf(SoqlException.class)
                    .extracting(error -> ((SoqlException) error).code())
                    .isEqualTo(SoqlException.MALFORMED);
        }
    }
}
