package io.crimelake.simulator.soql;

import io.crimelake.simulator.soql.Token.Type;
import java.util.ArrayList;
import java.util.List;

/** Splits a SoQL clause into tokens: identifiers (including {@code :id} and back-quoted names), quoted strings, numbers, operators. */
final class SoqlLexer {

    private SoqlLexer() {}

    static List<Token> tokenize(String clause) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < clause.length()) {
            char c = clause.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder value = new StringBuilder();
                i++;
                while (true) {
                    if (i >= clause.length()) {
                        throw SoqlException.malformed("Unterminated string literal at position " + start);
                    }
                    char next = clause.charAt(i++);
                    if (next == '\'' && i < clause.length() && clause.charAt(i) == '\'') {
                        value.append('\'');
                        i++;
                    } else if (next == '\'') {
                        break;
                    } else {
                        value.append(next);
                    }
                }
                tokens.add(new Token(Type.STRING, value.toString(), start));
            } else if (c == '`') {
                int end = clause.indexOf('`', i + 1);
                if (end < 0) {
                    throw SoqlException.malformed("Unterminated quoted identifier at position " + start);
                }
                tokens.add(new Token(Type.IDENTIFIER, clause.substring(i + 1, end), start));
                i = end + 1;
            } else if (Character.isDigit(c) || (c == '-' && i + 1 < clause.length() && isNumberStart(clause, i + 1))) {
                i++;
                while (i < clause.length() && (Character.isDigit(clause.charAt(i)) || clause.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Type.NUMBER, clause.substring(start, i), start));
            } else if (c == ':' && i + 1 < clause.length() && clause.charAt(i + 1) == '*') {
                tokens.add(new Token(Type.IDENTIFIER, ":*", start));
                i += 2;
            } else if (Character.isLetter(c) || c == '_' || c == ':' || c == '@') {
                i++;
                while (i < clause.length() && isIdentifierPart(clause.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Type.IDENTIFIER, clause.substring(start, i), start));
            } else if (c == '<' || c == '>' || c == '=' || c == '!') {
                i++;
                if (i < clause.length() && (clause.charAt(i) == '=' || (c == '<' && clause.charAt(i) == '>'))) {
                    i++;
                }
                tokens.add(new Token(Type.OPERATOR, clause.substring(start, i), start));
            } else {
                tokens.add(new Token(single(c, start), String.valueOf(c), start));
                i++;
            }
        }
        tokens.add(new Token(Type.END, "", clause.length()));
        return tokens;
    }

    private static boolean isNumberStart(String clause, int at) {
        return Character.isDigit(clause.charAt(at)) || clause.charAt(at) == '.';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '@';
    }

    private static Type single(char c, int position) {
        return switch (c) {
            case '(' -> Type.LEFT_PAREN;
            case ')' -> Type.RIGHT_PAREN;
            case ',' -> Type.COMMA;
            case '*' -> Type.STAR;
            default -> throw SoqlException.malformed("Unexpected character '" + c + "' at position " + position);
        };
    }
}
