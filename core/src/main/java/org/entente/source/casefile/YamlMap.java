package org.entente.source.casefile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.entente.model.PartialDate;

/**
 * One YAML mapping of a case file, read field by field. It knows the fields it may hold, so a
 * misspelt field is reported rather than silently ignored, and every problem names the field's
 * path ({@code summits[3].date}) and line. A getter returns null when the field is absent or bad;
 * the problem has been recorded by then.
 */
final class YamlMap {

    private final Node node;
    private final String path;
    private final Problems problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

    private YamlMap(Node node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /**
     * Reads {@code node} as a mapping with the given fields; null (and a problem) if it is not a
     * mapping. Unknown, repeated and missing required fields are recorded as problems.
     */
    static YamlMap of(Node node, String path, Problems problems, List<String> required, List<String> optional) {
        if (!(node instanceof MappingNode m)) {
            problems.add(node, path, "expected a mapping of fields (key: value), found " + describe(node));
            return null;
        }
        YamlMap map = new YamlMap(node, path, problems);
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problems.add(t.getKeyNode(), path, "a field name must be plain text");
                continue;
            }
            String key = k.getValue();
            String where = map.field(key);
            if (!required.contains(key) && !optional.contains(key)) {
                problems.add(k, where, "unknown field" + suggestion(key, required, optional)
                        + "; the fields here are: " + String.join(", ", allFields(required, optional)));
            } else if (map.fields.containsKey(key)) {
                problems.add(k, where, "the field is given twice (first at line "
                        + Problems.line(map.fields.get(key).getKeyNode()) + ")");
            } else if (!isNull(t.getValueNode())) {
                map.fields.put(key, t);
            }
        }
        for (String r : required) {
            if (!map.fields.containsKey(r)) {
                problems.add(node, map.field(r), r.equals("sources")
                        ? "missing required field: every entry must cite at least one source id from 'sources'"
                        : "missing required field");
            }
        }
        return map;
    }

    Node node() {
        return node;
    }

    String path() {
        return path;
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return fields.containsKey(key);
    }

    Node value(String key) {
        NodeTuple t = fields.get(key);
        return t == null ? null : t.getValueNode();
    }

    Node keyNode(String key) {
        NodeTuple t = fields.get(key);
        return t == null ? null : t.getKeyNode();
    }

    String string(String key) {
        Node v = value(key);
        if (v == null) {
            return null;
        }
        if (v instanceof ScalarNode s) {
            String text = s.getValue().strip();
            if (text.isEmpty()) {
                problems.add(v, field(key), "must not be empty");
                return null;
            }
            return text;
        }
        problems.add(v, field(key), "expected text, found " + describe(v));
        return null;
    }

    Integer integer(String key, long min, long max) {
        BigDecimal n = number(field(key), value(key));
        if (n == null) {
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0) {
            problems.add(value(key), field(key), "expected a whole number, found " + n.toPlainString());
            return null;
        }
        if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.add(value(key), field(key), n.toPlainString() + " is outside the allowed range " + min + ".." + max);
            return null;
        }
        return n.intValueExact();
    }

    Double decimal(String key, double min, double max) {
        BigDecimal n = number(field(key), value(key));
        if (n == null) {
            return null;
        }
        double d = n.doubleValue();
        if (d < min || d > max) {
            problems.add(value(key), field(key), n.toPlainString() + " is outside the allowed range "
                    + plain(min) + ".." + plain(max));
            return null;
        }
        return d;
    }

    Boolean bool(String key) {
        Node v = value(key);
        if (v == null) {
            return null;
        }
        if (v instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
            return Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT));
        }
        problems.add(v, field(key), "expected true or false, found " + describe(v));
        return null;
    }

    PartialDate date(String key) {
        Node v = value(key);
        if (v == null) {
            return null;
        }
        PartialDate d = v instanceof ScalarNode s ? PartialDate.parse(s.getValue()) : null;
        if (d == null) {
            problems.add(v, field(key), "expected a date YYYY, YYYY-MM or YYYY-MM-DD, found " + describe(v));
        }
        return d;
    }

    /** One of {@code allowed} (compared ignoring case, '_' read as '-'); null and a problem otherwise. */
    String choice(String key, List<String> allowed) {
        String s = string(key);
        if (s == null) {
            return null;
        }
        String norm = s.toLowerCase(Locale.ROOT).replace('_', '-');
        for (String a : allowed) {
            if (a.equalsIgnoreCase(norm)) {
                return a;
            }
        }
        problems.add(value(key), field(key), "'" + s + "' is not one of: " + String.join(", ", allowed));
        return null;
    }

    /** The items of a sequence; a single scalar counts as a one-item list. */
    List<Node> items(String key) {
        Node v = value(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof SequenceNode seq) {
            return seq.getValue();
        }
        if (v instanceof ScalarNode) {
            return List.of(v);
        }
        problems.add(v, field(key), "expected a list, found " + describe(v));
        return List.of();
    }

    /** A list of mappings, each read by {@code reader} with its path {@code key[i]} (1-based). */
    <T> List<T> list(String key, BiFunction<Node, String, T> reader) {
        List<T> out = new ArrayList<>();
        Node v = value(key);
        if (v != null && !(v instanceof SequenceNode)) {
            problems.add(v, field(key), "expected a list of entries (lines starting with '- '), found " + describe(v));
            return out;
        }
        List<Node> items = items(key);
        for (int i = 0; i < items.size(); i++) {
            T t = reader.apply(items.get(i), field(key) + "[" + (i + 1) + "]");
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    /** A list of text items, with the node of each (for line numbers). */
    List<ScalarNode> scalars(String key) {
        List<ScalarNode> out = new ArrayList<>();
        List<Node> items = items(key);
        for (int i = 0; i < items.size(); i++) {
            Node n = items.get(i);
            if (n instanceof ScalarNode s && !isNull(s) && !s.getValue().isBlank()) {
                out.add(s);
            } else {
                problems.add(n, field(key) + "[" + (i + 1) + "]", "expected text, found " + describe(n));
            }
        }
        return out;
    }

    List<String> strings(String key) {
        return scalars(key).stream().map(s -> s.getValue().strip()).toList();
    }

    /** The key/value pairs of a nested mapping whose keys are data (hypothesis ids, parameter names). */
    List<NodeTuple> entries(String key) {
        Node v = value(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof MappingNode m) {
            return m.getValue();
        }
        problems.add(v, field(key), "expected a mapping (key: value), found " + describe(v));
        return List.of();
    }

    BigDecimal number(String field, Node v) {
        if (v == null) {
            return null;
        }
        if (v instanceof ScalarNode s && (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()))) {
            try {
                return new BigDecimal(s.getValue().replace("+", ""));
            } catch (NumberFormatException e) {
                // .inf, .nan: fall through
            }
        }
        problems.add(v, field, "expected a number, found " + describe(v));
        return null;
    }

    static boolean isNull(Node n) {
        return n instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    static String describe(Node n) {
        if (n == null) {
            return "nothing";
        }
        if (n instanceof ScalarNode s) {
            if (isNull(s)) {
                return "nothing";
            }
            String v = s.getValue();
            return "'" + (v.length() > 40 ? v.substring(0, 40) + "..." : v) + "'";
        }
        return n instanceof SequenceNode ? "a list" : "a mapping";
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static List<String> allFields(List<String> required, List<String> optional) {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    /** "did you mean" for a misspelt field: the known field within two edits, if any. */
    private static String suggestion(String key, List<String> required, List<String> optional) {
        String best = null;
        int bestDistance = 3;
        for (String f : allFields(required, optional)) {
            int d = distance(key.toLowerCase(Locale.ROOT), f);
            if (d < bestDistance) {
                bestDistance = d;
                best = f;
            }
        }
        return best == null ? "" : " (did you mean '" + best + "'?)";
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
