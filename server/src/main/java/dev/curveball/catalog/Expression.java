package dev.curveball.catalog;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A parsed arithmetic expression over figure keys: decimal numbers, camelCase names, {@code + - * /}, unary minus and
 * parentheses, with the usual precedence. Small on purpose: a derived figure is a back-of-the-envelope formula.
 */
final class Expression {
    private final Node root;
    private final Set<String> names;

    private Expression(Node root, Set<String> names) {
        this.root = root;
        this.names = Set.copyOf(names);
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} saying what is wrong and where. */
    static Expression parse(String text) {
        Parser parser = new Parser(text);
        Node root = parser.sum();
        parser.skipSpaces();
        if (parser.at < text.length()) {
            throw new IllegalArgumentException("unexpected \"" + text.charAt(parser.at) + "\" at column " + (parser.at + 1));
        }
        return new Expression(root, parser.names);
    }

    /** The figure keys the expression reads. */
    Set<String> names() {
        return names;
    }

    /** The value with each name bound; throws {@link ArithmeticException} on a division by zero. */
    double evaluate(Map<String, Double> values) {
        return root.value(values);
    }

    private interface Node {
        double value(Map<String, Double> values);
    }

    private static final class Parser {
        private final String text;
        private final Set<String> names = new LinkedHashSet<>();
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Node sum() {
            Node left = product();
            for (char op = peek(); op == '+' || op == '-'; op = peek()) {
                at++;
                Node l = left;
                Node r = product();
                left = op == '+' ? v -> l.value(v) + r.value(v) : v -> l.value(v) - r.value(v);
            }
            return left;
        }

        Node product() {
            Node left = unary();
            for (char op = peek(); op == '*' || op == '/'; op = peek()) {
                at++;
                Node l = left;
                Node r = unary();
                left = op == '*' ? v -> l.value(v) * r.value(v) : v -> {
                    double divisor = r.value(v);
                    if (divisor == 0) {
                        throw new ArithmeticException("division by zero");
                    }
                    return l.value(v) / divisor;
                };
            }
            return left;
        }

        Node unary() {
            if (peek() == '-') {
                at++;
                Node operand = unary();
                return v -> -operand.value(v);
            }
            return atom();
        }

        Node atom() {
            char c = peek();
            if (c == '(') {
                at++;
                Node inner = sum();
                if (peek() != ')') {
                    throw new IllegalArgumentException("missing \")\" at column " + (at + 1));
                }
                at++;
                return inner;
            }
            int start = at;
            if (Character.isDigit(c) || c == '.') {
                while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                    at++;
                }
                try {
                    double number = Double.parseDouble(text.substring(start, at));
                    return v -> number;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("\"" + text.substring(start, at) + "\" is not a number");
                }
            }
            if (Character.isLetter(c)) {
                while (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
                    at++;
                }
                String name = text.substring(start, at);
                names.add(name);
                return v -> v.get(name);
            }
            throw new IllegalArgumentException(at < text.length()
                ? "unexpected \"" + c + "\" at column " + (at + 1) : "ends where a number or figure was expected");
        }

        /** The next character that is not a space, or {@code '\0'} at the end. */
        char peek() {
            skipSpaces();
            return at < text.length() ? text.charAt(at) : '\0';
        }

        void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }
    }
}
