package io.crimelake.simulator.soql;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** One lexical token of a SoQL clause, with its position for error messages. */
record Token(Type type, String text, int position) {

    enum Type {
        IDENTIFIER,
        STRING,
        NUMBER,
        OPERATOR,
        LEFT_PAREN,
        RIGHT_PAREN,
        COMMA,
        STAR,
        END
    }

    Token {
        requireNonNull(type, "type is null");
        requireNonNull(text, "text is null");
    }

    boolean isKeyword(String keyword) {
        return type == Type.IDENTIFIER && text.equalsIgnoreCase(keyword);
    }

    String lowerCaseText() {
        return text.toLowerCase(Locale.ROOT);
    }
}
