package org.cdisignals.it.example;

import java.util.ArrayList;
import java.util.List;

/** Reads a JSON array of strings (all that {@code /signals.json} sends), so the tests need no JSON library. */
final class JsonStrings {

    private final String json;
    private int pos;

    private JsonStrings(String json) {
        this.json = json;
    }

    static List<String> parse(String json) {
        return new JsonStrings(json).array();
    }

    private List<String> array() {
        List<String> values = new ArrayList<>();
        expect('[');
        if (peek() == ']') {
            pos++;
            return values;
        }
        while (true) {
            values.add(string());
            char c = next();
            if (c == ']') {
                return values;
            }
            if (c != ',') {
                throw error("',' or ']'");
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = json.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = json.charAt(pos++);
            switch (escaped) {
                case '"', '\\', '/' -> out.append(escaped);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(json.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> throw error("an escape");
            }
        }
    }

    private void expect(char expected) {
        if (next() != expected) {
            throw error("'" + expected + "'");
        }
    }

    /** The next character that is not white space, consumed. */
    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    private char peek() {
        while (Character.isWhitespace(json.charAt(pos))) {
            pos++;
        }
        return json.charAt(pos);
    }

    private IllegalArgumentException error(String expected) {
        return new IllegalArgumentException("Expected " + expected + " at " + pos + " in " + json);
    }
}
