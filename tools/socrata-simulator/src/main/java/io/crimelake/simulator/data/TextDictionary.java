package io.crimelake.simulator.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns the distinct values of a low-cardinality text column and caches their numeric reading. */
final class TextDictionary {

    private final List<String> values;
    private final Map<String, Integer> codes;
    private double[] numbers;

    TextDictionary() {
        this(new ArrayList<>(), new HashMap<>(), new double[16]);
    }

    private TextDictionary(List<String> values, Map<String, Integer> codes, double[] numbers) {
        this.values = values;
        this.codes = codes;
        this.numbers = numbers;
    }

    int codeOf(String value) {
        Integer existing = codes.get(value);
        if (existing != null) {
            return existing;
        }
        int code = values.size();
        values.add(value);
        codes.put(value, code);
        if (code == numbers.length) {
            numbers = Arrays.copyOf(numbers, code * 2);
        }
        numbers[code] = parseNumber(value);
        return code;
    }

    String value(int code) {
        return values.get(code);
    }

    double number(int code) {
        return numbers[code];
    }

    TextDictionary copy() {
        return new TextDictionary(new ArrayList<>(values), new HashMap<>(codes), numbers.clone());
    }

    static double parseNumber(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
