package org.entente.source.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a passage of prose mentions, in every unit a case file might write them in:
 * "$7.8 billion" gives 7.8, 7800 (US$ million) and 7.8e9; "35 percent" gives 35 and 0.35;
 * "twenty-four" 24; "six dozen" 72; "three-fourths" 0.75 and 75; "two and one-half" 2.5;
 * "threefold" 3; "sixth-largest" 6; "1991-92" 1991 and 1992.
 */
final class NumberMentions {

    private static final Map<String, Integer> ONES = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4,
            "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9, "tenth", 10);
    private static final Map<String, Integer> DENOMINATORS = Map.of("half", 2, "halves", 2, "third", 3, "thirds", 3,
            "fourth", 4, "fourths", 4, "quarter", 4, "quarters", 4);
    private static final Map<String, Integer> MULTIPLES = Map.of("twice", 2, "double", 2, "twofold", 2,
            "threefold", 3, "fourfold", 4, "fivefold", 5, "tenfold", 10);

    private static final Pattern DIGITS = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    /** The tests ask about the same passages many times. */
    private static final Map<String, List<Double>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private NumberMentions() {}

    static List<Double> in(String text) {
        List<Double> out = new ArrayList<>();
        digits(text, out);
        words(text, out);
        return out;
    }

    /** True when {@code value} is among the numbers {@code text} mentions (to 0.1%, for fractions like one-third). */
    static boolean mentions(String text, double value) {
        for (double d : CACHE.computeIfAbsent(text, NumberMentions::in)) {
            if (same(d, value)) {
                return true;
            }
        }
        return false;
    }

    static boolean same(double a, double b) {
        return a == b || Math.abs(a - b) <= 1e-3 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static void digits(String text, List<Double> out) {
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            String whole = m.group(1).replace(",", "");
            double n = Double.parseDouble(whole + (m.group(2) == null ? "" : m.group(2)));
            scaled(n, wordAfter(text, m.end()), out);
            // "1991-92": the second year of a span
            if (whole.length() == 4 && m.group(2) == null) {
                Matcher span = Pattern.compile("^-(\\d{2})\\b").matcher(text.substring(m.end()));
                if (span.find()) {
                    out.add(Double.parseDouble(whole.substring(0, 2) + span.group(1)));
                }
            }
        }
    }

    private static void words(String text, List<Double> out) {
        List<String> w = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            w.add(m.group().toLowerCase(Locale.ROOT));
            ends.add(m.end());
        }
        for (int i = 0; i < w.size(); i++) {
            String t = w.get(i);
            if (ORDINALS.containsKey(t)) {
                out.add((double) ORDINALS.get(t));
            }
            if (MULTIPLES.containsKey(t)) {
                out.add((double) MULTIPLES.get(t));
            }
            if (t.equals("half")) {
                out.add(0.5);
                out.add(50.0);
            }
            // a cardinal phrase: [ones|tens [ones]] [hundred ...] [dozen]
            int j = i;
            double value = 0;
            boolean any = false;
            if (TENS.containsKey(w.get(j))) {
                value = TENS.get(w.get(j));
                any = true;
                j++;
                if (j < w.size() && ONES.containsKey(w.get(j)) && ONES.get(w.get(j)) < 10) {
                    value += ONES.get(w.get(j));
                    j++;
                }
            } else if (ONES.containsKey(w.get(j))) {
                value = ONES.get(w.get(j));
                any = true;
                j++;
            }
            if (j < w.size() && w.get(j).equals("hundred")) {
                value = (any ? value : 1) * 100;
                any = true;
                j++;
            }
            if (!any) {
                continue;
            }
            if (j < w.size() && w.get(j).equals("dozen")) {
                out.add(value * 12);
            }
            // "two and one-half", "two and a half"
            if (j + 2 < w.size() && w.get(j).equals("and") && (w.get(j + 1).equals("one") || w.get(j + 1).equals("a"))
                    && w.get(j + 2).equals("half")) {
                out.add(value + 0.5);
            }
            // "three-fourths", "one-third", "two-thirds"
            if (j < w.size() && DENOMINATORS.containsKey(w.get(j))) {
                double f = value / DENOMINATORS.get(w.get(j));
                out.add(f);
                out.add(f * 100);
            }
            scaled(value, j < w.size() ? w.get(j) : "", out);
        }
    }

    /** The word right after position {@code end}, skipping spaces and a hyphen ("$3-billion"). */
    private static String wordAfter(String text, int end) {
        Matcher m = Pattern.compile("^[\\s-]*([A-Za-z]+)").matcher(text.substring(end, Math.min(text.length(), end + 40)));
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static void scaled(double n, String next, List<Double> out) {
        out.add(n);
        switch (next) {
            case "billion" -> {
                out.add(n * 1000); // US$ million, million persons
                out.add(n * 1e9);
            }
            case "million" -> out.add(n * 1e6);
            case "trillion" -> out.add(n * 1e12);
            case "thousand" -> out.add(n * 1000);
            case "percent" -> out.add(n / 100);
            default -> { }
        }
    }
}
