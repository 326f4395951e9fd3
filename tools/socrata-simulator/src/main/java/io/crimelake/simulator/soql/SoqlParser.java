package io.crimelake.simulator.soql;

import io.crimelake.simulator.data.Column;
import io.crimelake.simulator.soql.OrderItem.Direction;
import io.crimelake.simulator.soql.Token.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A recursive-descent parser for the SoQL clauses the simulator supports: boolean {@code $where} conditions,
 * {@code $select} lists with aliases and {@code count(*)}, {@code $order} and {@code $group} lists.
 */
final class SoqlParser {

    private final List<Token> tokens;
    private int position;

    private SoqlParser(String clause) {
        this.tokens = SoqlLexer.tokenize(clause);
    }

    static Predicate parseWhere(String clause) {
        SoqlParser parser = new SoqlParser(clause);
        Predicate predicate = parser.disjunction();
        parser.expectEnd();
        return predicate;
    }

    static List<SelectItem> parseSelect(String clause) {
        SoqlParser parser = new SoqlParser(clause);
        List<SelectItem> items = new ArrayList<>();
        do {
            items.addAll(parser.selectItem());
        } while (parser.accept(Type.COMMA));
        parser.expectEnd();
        return items;
    }

    static List<OrderItem> parseOrder(String clause) {
        SoqlParser parser = new SoqlParser(clause);
        List<OrderItem> items = new ArrayList<>();
        do {
            String reference =
                    parser.peekIsCount() ? parser.count() : parser.identifier().lowerCaseText();
            Direction direction = Direction.ASCENDING;
            if (parser.acceptKeyword("desc")) {
                direction = Direction.DESCENDING;
            } else {
                parser.acceptKeyword("asc");
            }
            items.add(new OrderItem(reference, direction));
        } while (parser.accept(Type.COMMA));
        parser.expectEnd();
        return items;
    }

    static List<Column> parseGroup(String clause) {
        SoqlParser parser = new SoqlParser(clause);
        List<Column> columns = new ArrayList<>();
        do {
            columns.add(parser.column());
        } while (parser.accept(Type.COMMA));
        parser.expectEnd();
        return columns;
    }

    private Predicate disjunction() {
        Predicate predicate = conjunction();
        while (acceptKeyword("or")) {
            predicate = new Predicate.Or(predicate, conjunction());
        }
        return predicate;
    }

    private Predicate conjunction() {
        Predicate predicate = negation();
        while (acceptKeyword("and")) {
            predicate = new Predicate.And(predicate, negation());
        }
        return predicate;
    }

    private Predicate negation() {
        if (acceptKeyword("not")) {
            return new Predicate.Not(negation());
        }
        if (accept(Type.LEFT_PAREN)) {
            Predicate inner = disjunction();
            expect(Type.RIGHT_PAREN);
            return inner;
        }
        return condition();
    }

    private Predicate condition() {
        Column column = column();
        if (peek().type() == Type.OPERATOR) {
            Operator operator = Operator.parse(next().text());
            return new Predicate.Comparison(column, operator, literal());
        }
        if (acceptKeyword("is")) {
            boolean negated = acceptKeyword("not");
            expectKeyword("null");
            Predicate isNull = new Predicate.IsNull(column);
            return negated ? new Predicate.Not(isNull) : isNull;
        }
        boolean negated = acceptKeyword("not");
        Predicate predicate;
        if (acceptKeyword("between")) {
            Literal low = literal();
            expectKeyword("and");
            Literal high = literal();
            predicate = new Predicate.And(
                    new Predicate.Comparison(column, Operator.GREATER_OR_EQUAL, low),
                    new Predicate.Comparison(column, Operator.LESS_OR_EQUAL, high));
        } else if (acceptKeyword("in")) {
            expect(Type.LEFT_PAREN);
            List<Literal> values = new ArrayList<>();
            do {
                values.add(literal());
            } while (accept(Type.COMMA));
            expect(Type.RIGHT_PAREN);
            predicate = new Predicate.In(column, values);
        } else if (acceptKeyword("like")) {
            predicate = new Predicate.Like(column, expect(Type.STRING).text());
        } else {
            throw unexpected("an operator after " + column.fieldName());
        }
        return negated ? new Predicate.Not(predicate) : predicate;
    }

    private List<SelectItem> selectItem() {
        if (accept(Type.STAR)) {
            return Column.DATA_COLUMNS.stream()
                    .map(column -> (SelectItem) new SelectItem.ColumnItem(column, column.fieldName()))
                    .toList();
        }
        if (peek().isKeyword(":*")) {
            next();
            return List.of(
                    new SelectItem.ColumnItem(Column.ROW_ID, Column.ROW_ID.fieldName()),
                    new SelectItem.ColumnItem(Column.ROW_UPDATED_AT, Column.ROW_UPDATED_AT.fieldName()));
        }
        if (peekIsCount()) {
            count();
            return List.of(new SelectItem.CountItem(alias("count")));
        }
        Column column = column();
        return List.of(new SelectItem.ColumnItem(column, alias(column.fieldName())));
    }

    private String alias(String fallback) {
        if (acceptKeyword("as")) {
            return identifier().text();
        }
        return fallback;
    }

    private boolean peekIsCount() {
        return peek().isKeyword("count") && tokens.get(position + 1).type() == Type.LEFT_PAREN;
    }

    private String count() {
        next();
        expect(Type.LEFT_PAREN);
        if (!accept(Type.STAR)) {
            column();
        }
        expect(Type.RIGHT_PAREN);
        return "count(*)";
    }

    private Column column() {
        Token name = identifier();
        if (peek().type() == Type.LEFT_PAREN) {
            throw SoqlException.malformed("Function " + name.text() + "() is not supported by the simulator");
        }
        return Column.byFieldName(name.text())
                .orElseThrow(() -> new SoqlException(
                        SoqlException.NO_SUCH_COLUMN,
                        "No such column: " + name.text() + " at position " + name.position()));
    }

    private Literal literal() {
        Token token = next();
        return switch (token.type()) {
            case STRING -> new Literal(Literal.Kind.STRING, token.text());
            case NUMBER -> new Literal(Literal.Kind.NUMBER, token.text());
            case IDENTIFIER -> {
                if (token.isKeyword("true") || token.isKeyword("false")) {
                    yield new Literal(Literal.Kind.BOOLEAN, token.lowerCaseText());
                }
                throw unexpectedAt(token, "a literal");
            }
            default -> throw unexpectedAt(token, "a literal");
        };
    }

    private Token identifier() {
        return expect(Type.IDENTIFIER);
    }

    private Token peek() {
        return tokens.get(position);
    }

    private Token next() {
        Token token = tokens.get(position);
        if (token.type() != Type.END) {
            position++;
        }
        return token;
    }

    private boolean accept(Type type) {
        if (peek().type() == type) {
            next();
            return true;
        }
        return false;
    }

    private boolean acceptKeyword(String keyword) {
        if (peek().isKeyword(keyword)) {
            next();
            return true;
        }
        return false;
    }

    private Token expect(Type type) {
        if (peek().type() != type) {
            throw unexpected(type.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return next();
    }

    private void expectKeyword(String keyword) {
        if (!acceptKeyword(keyword)) {
            throw unexpected(keyword.toUpperCase(Locale.ROOT));
        }
    }

    private void expectEnd() {
        if (peek().type() != Type.END) {
            throw unexpected("the end of the clause");
        }
    }

    private SoqlException unexpected(String expected) {
        return unexpectedAt(peek(), expected);
    }

    private static SoqlException unexpectedAt(Token token, String expected) {
        String found = token.type() == Type.END ? "end of input" : "'" + token.text() + "'";
        return SoqlException.malformed(
                "Expected " + expected + " but found " + found + " at position " + token.position());
    }
}
