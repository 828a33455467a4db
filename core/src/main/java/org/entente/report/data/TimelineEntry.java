package org.entente.report.data;

import java.util.List;

/**
 * One dated event of the case timeline (a summit, a treaty, an arms deal, a dated fact), with the
 * case sources it rests on. {@code tag} is the label charts use for it (summits are numbered).
 */
public record TimelineEntry(String date, double time, String kind, String title, String detail, String tag,
        List<String> sources) {

    public TimelineEntry {
        sources = List.copyOf(sources);
    }
}
