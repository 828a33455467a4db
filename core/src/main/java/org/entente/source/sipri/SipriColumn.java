package org.entente.source.sipri;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column of a SIPRI export, known by its label and by the other labels SIPRI has given it in
 * other releases ("Year(s) of delivery" / "Year(s) of deliveries"). Labels are compared
 * {@link #normalise normalised}, so case, brackets and punctuation do not matter.
 */
interface SipriColumn {

    Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    /** The label as the reference export writes it, for messages. */
    String label();

    /** Every label this column is known by, the reference one included. */
    List<String> labels();

    /** Lower case, every run of other characters than letters and digits one space. */
    static String normalise(String label) {
        return NOT_ALPHANUMERIC.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
