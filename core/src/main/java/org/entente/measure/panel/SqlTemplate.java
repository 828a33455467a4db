package org.entente.measure.panel;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.entente.store.SqlScript;

/**
 * A SQL resource beside this package with {@code {{name}}} placeholders. Values are numbers or
 * SQL fragments this package generated itself (never user text), so plain substitution is safe;
 * a placeholder left unfilled is a programming error and fails loudly.
 */
final class SqlTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_0-9]+)}}");

    private SqlTemplate() {}

    static String fill(String template, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = values.get(m.group(1));
            if (v == null) {
                throw new IllegalStateException("no value for {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Runs every statement of resource {@code name}, filled with {@code values}. */
    static void run(Connection c, String name, Map<String, ?> values) throws SQLException {
        String script = fill(SqlScript.resource(SqlTemplate.class, name), values);
        try (Statement st = c.createStatement()) {
            for (String sql : SqlScript.statements(script)) {
                st.execute(sql);
            }
        }
    }
}
