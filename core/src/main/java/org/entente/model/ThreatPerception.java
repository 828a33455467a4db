package org.entente.model;

import java.util.List;

/**
 * One party's perception of a threat: from whom ({@code threatSource}, a state abbreviation or a
 * named actor such as "NATO" or "Islamic extremism"), over which issue, and how intense on the
 * ordinal scale 0 none, 1 low, 2 moderate, 3 high.
 */
public record ThreatPerception(String perceiver, String threatSource, String issue, int intensity,
        String evidence, List<String> sources) implements Cited {}
