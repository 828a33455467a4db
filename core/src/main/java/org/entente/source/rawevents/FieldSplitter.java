package org.entente.source.rawevents;

import java.util.ArrayList;
import java.util.List;

/** Splits one line into fields as the layout says, turning the layout's "missing" strings into null. */
final class FieldSplitter {

    private FieldSplitter() {}

    static List<String> split(RawEventLayout layout, String line) {
        List<String> out = new ArrayList<>(layout.columns());
        char d = layout.delimiter();
        if (!layout.quoted()) {
            int start = 0;
            for (int i = 0; i <= line.length(); i++) {
                if (i == line.length() || line.charAt(i) == d) {
                    out.add(nullIfMissing(layout, line.substring(start, i)));
                    start = i + 1;
                }
            }
            return out;
        }
        // RFC 4180 within one line: a field may be quoted, "" inside quotes is one quote.
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : d;
            if (inQuotes && i < line.length()) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && i < line.length()) {
                inQuotes = true;
            } else if (c == d) {
                out.add(nullIfMissing(layout, field.toString()));
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        return out;
    }

    private static String nullIfMissing(RawEventLayout layout, String v) {
        return layout.nullStrings().contains(v) ? null : v;
    }
}
